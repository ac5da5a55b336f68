package org.kaifang.table;

/** A validated row: its line in the source, and its values in lake column order. */
public record ValidRow(String file, long line, Object[] values) {
}
