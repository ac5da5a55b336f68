package org.kaifang.source;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/** Typed reading of a row's columns; anything unexpected rejects the row, never a guess. */
public final class Fields {

    /** How sources write "no figure": nothing, or a dash of some width. */
    private static final Set<String> NO_FIGURE = Set.of("", "-", "—", "——", "–", "/");
    private static final Pattern GROUPED = Pattern.compile("[+-]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");
    private static final Pattern PLAIN = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

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

    /**
     * A code or number as people type it: full-width characters made half-width (NFKC turns
     * "４３０３００" into "430300" and "１２３．４" into "123.4"), surrounding spaces of any width
     * removed.
     */
    static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /** A code (region, indicator, country): required, written in any width. */
    public String code(String column) {
        String value = normalized(row.get(column));
        if (value.isEmpty()) {
            throw row.reject(column, "a value is required");
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
        String text = normalized(row.get(column));
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

    /**
     * A number as people type it, or null for "no figure" (an empty cell or a dash: not zero).
     * Accepted: 1234.5, 1,234.5 (thousands separators in groups of three), full-width digits
     * (１２３．４), surrounding spaces. Anything else is rejected, never guessed.
     */
    public BigDecimal optionalNumber(String column) {
        return parse(column, false);
    }

    /** A rate: as {@link #optionalNumber}, and a trailing % is allowed (16.1%). */
    public BigDecimal optionalRate(String column) {
        return parse(column, true);
    }

    private BigDecimal parse(String column, boolean rate) {
        String text = normalized(row.get(column));
        if (NO_FIGURE.contains(text)) {
            return null;
        }
        if (rate && text.endsWith("%")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (GROUPED.matcher(text).matches()) {
            text = text.replace(",", "");
        }
        if (text.startsWith("#") && (text.endsWith("!") || text.endsWith("/A") || text.endsWith("?"))) {
            throw row.reject(column, "the cell holds the spreadsheet error " + text
                    + "; fix its formula or type the figure");
        }
        if (!PLAIN.matcher(text).matches()) {
            throw row.reject(column, "expected a number such as 4.68 or 1,234.5" + (rate ? " or 16.1%" : "")
                    + "; leave it empty or write — for no figure");
        }
        return new BigDecimal(text);
    }

    public RowRejectedException reject(String column, String reason) {
        return row.reject(column, reason);
    }
}
