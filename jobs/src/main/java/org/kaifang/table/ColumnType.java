package org.kaifang.table;

/** The few column types the lake uses, with their DuckDB spelling for empty-table views. */
public enum ColumnType {
    STRING("varchar"),
    INT("integer"),
    LONG("bigint"),
    DOUBLE("double"),
    BOOLEAN("boolean"),
    /** Microseconds since the epoch, UTC, stored without a time zone. */
    TIMESTAMP("timestamp");

    private final String duckdbType;

    ColumnType(String duckdbType) {
        this.duckdbType = duckdbType;
    }

    public String duckdbType() {
        return duckdbType;
    }
}
