package org.kaifang.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.TestWarehouse;

/**
 * Spark reads the lake that parquet-hadoop wrote: the JVM flags and the pinned Parquet
 * versions work together, so Spark loads can join the same lake.
 */
class SparkReadsLakeTest {

    @TempDir
    static Path root;

    static SparkSession spark;
    static TestWarehouse warehouse;

    @BeforeAll
    static void start() {
        warehouse = new TestWarehouse(root);
        assertEquals(0, warehouse.nightly("2026-11-26").exitCode());
        spark = SparkSessions.create("local[2]", "kaifang-test");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void sparkReadsTheObservationsWithTheirStamps() {
        String observations = warehouse.warehouse().resolve("lake/observation").toString();
        List<Row> rows = spark.read().parquet(observations)
                .where("indicator_code = 'trade_total' and region_code = '430300'")
                .select("region_code", "year", "value", "reported_yoy_pct", "source_line")
                .collectAsList();
        assertEquals(1, rows.size());
        Row row = rows.get(0);
        assertEquals("430300", row.getString(0));
        assertEquals(2011, row.getInt(1));
        assertEquals(2_477_000_000.0, row.getDouble(2), 1e-3);
        assertEquals(6.5, row.getDouble(3), 1e-12);
        assertEquals(3L, row.getLong(4));
    }

    @Test
    void sparkAggregatesWhatDuckDbAggregates() {
        String countries = warehouse.warehouse().resolve("lake/country").toString();
        long spark249 = spark.read().parquet(countries).count();
        assertEquals(Long.parseLong(warehouse.value("select count(*) from dim_country")), spark249);
        assertEquals(249, spark249);
    }
}
