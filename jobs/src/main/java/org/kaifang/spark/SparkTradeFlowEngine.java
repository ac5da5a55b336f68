package org.kaifang.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.kaifang.lake.TradeFlowEngine;
import org.kaifang.source.TradeFlowRules;
import org.kaifang.table.Column;
import org.kaifang.table.ColumnType;
import org.kaifang.table.LakeTable;

/**
 * The scale-out engine: the file is read through {@link TradeDetailSource} (the driver splits it
 * at line boundaries, Spark tasks apply the same rules as the DuckDB engine to their chunks),
 * and Spark writes the partitioned result.
 * On a cluster the file must be readable at the same path by every worker.
 */
public final class SparkTradeFlowEngine implements TradeFlowEngine {

    static final long CHUNK_BYTES = 64L << 20;

    /**
     * What the tasks give for each line: whether it loads, the lake table's columns (null for a
     * rejected line, its stamp never), and for a rejected line the column it breaks and the value.
     */
    static final StructType SCHEMA = schema();

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("load_status", DataTypes.StringType, false));
        for (Column column : LakeTable.TRADE_FLOW.columns()) {
            boolean own = LakeTable.TRADE_FLOW.ownColumns().contains(column);
            fields.add(DataTypes.createStructField(column.name(), type(column.type()), own));
        }
        fields.add(DataTypes.createStructField("reject_column", DataTypes.IntegerType, true));
        fields.add(DataTypes.createStructField("reject_value", DataTypes.StringType, true));
        return new StructType(fields.toArray(StructField[]::new));
    }

    /** The Spark type of a lake column: what Spark writes to Parquet is what the lake reads. */
    static DataType type(ColumnType type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            case TIMESTAMP -> DataTypes.TimestampNTZType;
        };
    }

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
