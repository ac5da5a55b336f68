package org.kaifang.source;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

import org.kaifang.config.Messages;

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
            throw row.reject(column, Messages.text("value.required"));
        }
        return value;
    }

    /** Whether a cell means "no figure": empty, or a dash as yearbooks print one. */
    public static boolean isNoFigure(String text) {
        return NO_FIGURE.contains(normalized(text));
    }

    public String optionalText(String column) {
        String value = row.get(column);
        return value.isEmpty() ? null : value;
    }

    public String oneOf(String column, Set<String> accepted) {
        String value = text(column);
        if (!accepted.contains(value)) {
            throw row.reject(column, Messages.text("value.one_of", String.join(", ", accepted.stream().sorted().toList())));
        }
        return value;
    }

    /** One of the accepted words, or null for an empty cell. */
    public String optionalOneOf(String column, Set<String> accepted) {
        return row.get(column).isEmpty() ? null : oneOf(column, accepted);
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
            throw row.reject(column, Messages.text("value.required"));
        }
        return value;
    }

    public int integer(String column, int min, int max) {
        Integer value = optionalInteger(column, min, max);
        if (value == null) {
            throw row.reject(column, Messages.text("value.whole_number_required", min, max));
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
            throw row.reject(column, Messages.text("value.whole_number", min, max));
        }
        if (value < min || value > max) {
            throw row.reject(column, Messages.text("value.whole_number", min, max));
        }
        return value;
    }

    public BigDecimal number(String column) {
        BigDecimal value = optionalNumber(column);
        if (value == null) {
            throw row.reject(column, Messages.text("value.number_required"));
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
            throw row.reject(column, Messages.text("value.spreadsheet_error", text));
        }
        if (!PLAIN.matcher(text).matches()) {
            throw row.reject(column, Messages.text(rate ? "value.rate" : "value.number"));
        }
        return new BigDecimal(text);
    }

    public RowRejectedException reject(String column, String reason) {
        return row.reject(column, reason);
    }
}
