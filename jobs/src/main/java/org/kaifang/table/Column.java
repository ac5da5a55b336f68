package org.kaifang.table;

/** One column of a lake table; {@code required} columns are never null. */
public record Column(String name, ColumnType type, boolean required, String description) {

    public static Column required(String name, ColumnType type, String description) {
        return new Column(name, type, true, description);
    }

    public static Column optional(String name, ColumnType type, String description) {
        return new Column(name, type, false, description);
    }
}
