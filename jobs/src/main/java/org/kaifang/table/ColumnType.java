package org.kaifang.table;

/**
 * The few column types the lake uses: the Java type a row holds, and the DuckDB spelling for
 * empty-table views (Parquet's and Spark's follow from it where they are written).
 */
public enum ColumnType {
    STRING("varchar", String.class),
    INT("integer", Integer.class),
    LONG("bigint", Long.class),
    DOUBLE("double", Double.class),
    BOOLEAN("boolean", Boolean.class),
    /** Microseconds since the epoch, UTC, stored without a time zone. */
    TIMESTAMP("timestamp", Long.class);

    private final String duckdbType;
    private final Class<?> javaType;

    ColumnType(String duckdbType, Class<?> javaType) {
        this.duckdbType = duckdbType;
        this.javaType = javaType;
    }

    /** What a row holds in a column of this type. */
    public Class<?> javaType() {
        return javaType;
    }

    public String duckdbType() {
        return duckdbType;
    }
}
