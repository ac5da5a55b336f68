package org.kaifang.table;

/** Text put into SQL that DuckDB runs: a path or a name becomes a quoted literal, never raw SQL. */
public final class SqlText {

    private SqlText() {
    }

    /** A single-quoted SQL string literal, its quotes doubled. */
    public static String literal(Object text) {
        return "'" + String.valueOf(text).replace("'", "''") + "'";
    }
}
