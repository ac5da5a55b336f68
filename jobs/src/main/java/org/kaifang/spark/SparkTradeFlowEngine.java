package org.kaifang.spark;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.kaifang.lake.TradeFlowEngine;
import org.kaifang.source.TradeFlowRules;

/**
 * The scale-out engine: the file is read through {@link TradeDetailSource} (the driver splits it
 * at line boundaries, Spark tasks apply the same rules as the DuckDB engine to their chunks),
 * and Spark writes the partitioned result.
 * On a cluster the file must be readable at the same path by every worker.
 */
public final class SparkTradeFlowEngine implements TradeFlowEngine {

    static final long CHUNK_BYTES = 64L << 20;

    static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("load_status", DataTypes.StringType, false),
        DataTypes.createStructField("year", DataTypes.IntegerType, true),
        DataTypes.createStructField("month", DataTypes.IntegerType, true),
        DataTypes.createStructField("region_code", DataTypes.StringType, true),
        DataTypes.createStructField("partner_iso", DataTypes.StringType, true),
        DataTypes.createStructField("hs_code", DataTypes.StringType, true),
        DataTypes.createStructField("flow", DataTypes.StringType, true),
        DataTypes.createStructField("value_usd", DataTypes.DoubleType, true),
        DataTypes.createStructField("quantity", DataTypes.DoubleType, true),
        DataTypes.createStructField("source_file", DataTypes.StringType, false),
        DataTypes.createStructField("source_line", DataTypes.LongType, false),
        DataTypes.createStructField("vintage", DataTypes.TimestampNTZType, false),
        DataTypes.createStructField("reject_column", DataTypes.IntegerType, true),
        DataTypes.createStructField("reject_value", DataTypes.StringType, true)});

    private final Supplier<SparkSession> spark;

    /** @param spark made on first use, so a run without customs detail never starts Spark */
    public SparkTradeFlowEngine(Supplier<SparkSession> spark) {
        this.spark = spark;
    }

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public void start() {
        spark.get();
    }

    @Override
    public void load(Path file, String sourceName, long vintageMicros, TradeFlowRules rules, Path out) {
        spark.get().read().format(TradeDetailSource.class.getName())
                .options(TradeDetailSource.options(file, sourceName, vintageMicros, rules)).load()
                .write().mode(SaveMode.Overwrite)
                .partitionBy("load_status", "year").parquet(out.toAbsolutePath().toString());
    }
}
