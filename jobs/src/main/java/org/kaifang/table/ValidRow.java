package org.kaifang.table;

/** A validated row: its line in the source, and the lake row it makes. */
public record ValidRow(String file, long line, LakeRow row) {
}
