package org.kaifang.lake;

import java.nio.file.Path;

import org.kaifang.source.TradeFlowRules;

/**
 * Loads one customs detail file under {@link TradeFlowRules}. Either engine writes the same
 * layout: {@code out/load_status=ok/year=Y/*.parquet} for the rows that load and
 * {@code out/load_status=rejected/...} for the rest, with the number of the column that
 * broke a rule (0: the line itself) and its value.
 */
public interface TradeFlowEngine {

    /** Writes every data line of the file, loaded or rejected, under {@code out}. */
    void load(Path file, String sourceName, long vintageMicros, TradeFlowRules rules, Path out);

    /**
     * Starts what the engine runs on (a SparkSession), so a load's time is the load's alone,
     * as the benchmark's bare baselines are timed. Does nothing for an engine with no start-up.
     */
    default void start() {
    }

    /** A short name for logs and summaries: duckdb or spark. */
    String name();
}
