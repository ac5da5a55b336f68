package org.kaifang.source;

import java.math.BigDecimal;
import java.util.Set;

/** Typed reading of a row's columns; anything unexpected rejects the row, never a guess. */
public final class Fields {

    private final SourceRow row;

    public Fields(SourceRow row) {
        this.row = row;
    }

    public String text(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            throw row.reject(column, "a value is required");
        }
        return value;
    }

    public String optionalText(String column) {
        String value = row.get(column);
        return value.isEmpty() ? null : value;
    }

    public String oneOf(String column, Set<String> accepted) {
        String value = text(column);
        if (!accepted.contains(value)) {
            throw row.reject(column, "expected one of " + String.join(", ", accepted.stream().sorted().toList()));
        }
        return value;
    }

    public int integer(String column, int min, int max) {
        Integer value = optionalInteger(column, min, max);
        if (value == null) {
            throw row.reject(column, "a whole number from " + min + " to " + max + " is required");
        }
        return value;
    }

    public Integer optionalInteger(String column, int min, int max) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw row.reject(column, "expected a whole number from " + min + " to " + max);
        }
        if (value < min || value > max) {
            throw row.reject(column, "expected a whole number from " + min + " to " + max);
        }
        return value;
    }

    public BigDecimal number(String column) {
        BigDecimal value = optionalNumber(column);
        if (value == null) {
            throw row.reject(column, "a number is required");
        }
        return value;
    }

    /** A plain decimal number, or null for an empty cell (no figure, not zero). */
    public BigDecimal optionalNumber(String column) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw row.reject(column, "expected a number such as 4.68");
        }
    }

    public RowRejectedException reject(String column, String reason) {
        return row.reject(column, reason);
    }
}
