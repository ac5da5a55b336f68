package org.kaifang.source;

/**
 * Why one source row was not loaded.
 *
 * @param file       source file, relative to the data folder
 * @param line       line of the row (1 is the header)
 * @param column     1-based position of the offending column
 * @param columnName the column's name in the header
 * @param value      the value found
 * @param reason     what was expected, in words a statistician understands
 */
public record Rejection(String file, long line, int column, String columnName, String value, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + " (" + columnName + "='" + value + "'): " + reason;
    }
}
