package org.kaifang.bench;

import org.kaifang.table.SqlText;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.kaifang.spark.SparkSessions;

/**
 * The baselines kaifang's loads are measured against, each run in a JVM of its own by the
 * benchmark: bare DuckDB {@code COPY} and bare Spark CSV → Parquet, partitioned by year, no
 * validation. Prints the load's seconds (engine start-up excluded) on the last line.
 */
public final class BareLoads {

    private BareLoads() {
    }

    public static void main(String[] args) throws Exception {
        String engine = args[0];
        String csv = args[1];
        String out = args[2];
        double seconds = engine.equals("duckdb") ? duckdb(csv, out) : spark(csv, out);
        System.out.printf("seconds=%.3f%n", seconds);
    }

    private static double duckdb(String csv, String out) throws Exception {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement()) {
            long started = System.nanoTime();
            statement.execute("copy (select * from read_csv(" + SqlText.literal(csv) + ")) to " + SqlText.literal(out)
                    + " (format parquet, partition_by (year), overwrite_or_ignore true)");
            return (System.nanoTime() - started) / 1e9;
        }
    }

    private static double spark(String csv, String out) {
        SparkSession spark = SparkSessions.create("local[*]", "bare spark load");
        StructType schema = new StructType()
                .add("year", DataTypes.IntegerType).add("month", DataTypes.IntegerType)
                .add("region_code", DataTypes.StringType).add("partner_iso", DataTypes.StringType)
                .add("hs_code", DataTypes.StringType).add("flow", DataTypes.StringType)
                .add("value_usd", DataTypes.DoubleType).add("quantity", DataTypes.DoubleType);
        long started = System.nanoTime();
        spark.read().schema(schema).option("header", "true").csv(csv)
                .write().mode("overwrite").partitionBy("year").parquet(out);
        double seconds = (System.nanoTime() - started) / 1e9;
        spark.stop();
        return seconds;
    }
}
