package org.kaifang.lake;

import java.nio.file.Path;

import org.kaifang.source.TradeFlowRules;

/**
 * Loads one customs detail file under {@link TradeFlowRules}. Either engine writes the same
 * layout: {@code out/load_status=ok/year=Y/*.parquet} for the rows that load and
 * {@code out/load_status=rejected/...} for the rest, with the reject's column, value and reason.
 */
public interface TradeFlowEngine {

    /** Writes every data line of the file, loaded or rejected, under {@code out}. */
    void load(Path file, String sourceName, long vintageMicros, TradeFlowRules rules, Path out);

    /** A short name for logs and summaries: duckdb or spark. */
    String name();
}
