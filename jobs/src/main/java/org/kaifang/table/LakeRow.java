package org.kaifang.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A row of a lake table, its own columns set by name: a name the table does not have, a value
 * of another type than the column's, null in a required column, or a column left unset fails at
 * once, naming the table and the column. Only the Parquet writer sees the columns' order.
 */
public final class LakeRow {

    private final LakeTable table;
    private final Object[] values;
    private final boolean[] set;

    public LakeRow(LakeTable table) {
        this.table = table;
        this.values = new Object[table.ownColumns().size()];
        this.set = new boolean[values.length];
    }

    public LakeTable table() {
        return table;
    }

    /** Sets a column; null where the source has no value. */
    public LakeRow set(String column, Object value) {
        int index = table.indexOf(column);
        Column declared = table.ownColumns().get(index);
        if (value == null && declared.required()) {
            throw new IllegalArgumentException("lake_" + table.tableName() + "." + column + " is required");
        }
        if (value != null && !declared.type().javaType().isInstance(value)) {
            throw new IllegalArgumentException("lake_" + table.tableName() + "." + column + " holds "
                    + declared.type().name().toLowerCase(Locale.ROOT) + ", not " + value.getClass().getSimpleName()
                    + " " + value);
        }
        values[index] = value;
        set[index] = true;
        return this;
    }

    public Object get(String column) {
        return values[table.indexOf(column)];
    }

    /** The values in the table's column order, once every column has been set. */
    public Object[] values() {
        List<String> unset = new ArrayList<>();
        for (int i = 0; i < set.length; i++) {
            if (!set[i]) {
                unset.add(table.ownColumns().get(i).name());
            }
        }
        if (!unset.isEmpty()) {
            throw new IllegalStateException("a row of lake_" + table.tableName() + " leaves " + unset + " unset");
        }
        return values;
    }
}
