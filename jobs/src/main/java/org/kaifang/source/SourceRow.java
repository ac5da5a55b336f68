package org.kaifang.source;

import java.util.List;

/** One data row of a CSV source, with where it stands in its file. */
public record SourceRow(String file, long line, List<String> header, List<String> values) {

    /** The trimmed value of a column; empty when the row is short. */
    public String get(String column) {
        int i = header.indexOf(column);
        return i < 0 || i >= values.size() ? "" : values.get(i).trim();
    }

    /** The 1-based position of a column in the header. */
    public int columnNumber(String column) {
        return header.indexOf(column) + 1;
    }

    public RowRejectedException reject(String column, String reason) {
        return new RowRejectedException(new Rejection(file, line, columnNumber(column), column, get(column), reason));
    }
}
