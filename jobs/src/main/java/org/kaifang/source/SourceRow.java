package org.kaifang.source;

import java.util.List;
import java.util.Map;

/**
 * One data row of a source, with where it stands in its file: a CSV line, or for a workbook
 * the spreadsheet row, with the cell each value came from (e.g. value → 对外经济!D7).
 */
public record SourceRow(String file, long line, List<String> header, List<String> values, Map<String, String> cells) {

    public SourceRow(String file, long line, List<String> header, List<String> values) {
        this(file, line, header, values, Map.of());
    }

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
        String cell = cells.get(column);
        return new RowRejectedException(new Rejection(file, line, columnNumber(column),
                cell == null ? column : column + " " + cell, get(column), reason));
    }
}
