package org.kaifang.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How leaders' tables print numbers: money to 2 places, counts whole, rates to 1 place, shares to 2.
 * The catalog holds figures exact, and each is rounded here once, half up (away from zero, as the
 * catalog's published_rate rounds): rounded to 2 places first and to 1 then, 1.0466 would print
 * 1.1, not 1.0.
 */
public final class Numbers {

    /**
     * Places a figure is cut to before it is rounded: the last bits of a binary double fall away
     * (101.45 against 100 computes as +1.4499999999999957%, a half, which prints 1.5); nearer a
     * half than this, no figure a bureau prints tells the two sides apart.
     */
    private static final int BINARY_NOISE_PLACES = 9;

    private Numbers() {
    }

    /** The figure rounded once, half up (away from zero), to these places. */
    static BigDecimal rounded(double value, int places) {
        return BigDecimal.valueOf(value).setScale(BINARY_NOISE_PLACES, RoundingMode.HALF_UP)
                .setScale(places, RoundingMode.HALF_UP);
    }

    static String value(Double value, String unit) {
        if (value == null) {
            return "";
        }
        return rounded(value, isCount(unit) ? 0 : 2).toPlainString();
    }

    /** Counts (家, 个, 批次) print whole; money (万美元, 亿元 …) to 2 places. */
    static boolean isCount(String unit) {
        return !unit.contains("元");
    }

    /**
     * A value with the qualifier it was published with, as officials print it: 约 and 近 before
     * the number (约5.00), the others after it (170余, 50以上).
     */
    static String qualified(String number, String qualifier) {
        if (qualifier == null || number.isEmpty()) {
            return number;
        }
        return isPrefix(qualifier) ? qualifier + number : number + qualifier;
    }

    /** A figure as a cell prints it: qualified, and marked while not verified (24.77(初步)). */
    static String figure(Double value, String unit, String qualifier, String releaseMark) {
        String text = qualified(value(value, unit), qualifier);
        return releaseMark == null || text.isEmpty() ? text : text + "(" + releaseMark + ")";
    }

    static boolean isPrefix(String qualifier) {
        return qualifier.equals("约") || qualifier.equals("近");
    }

    /** A number as it was written in a target: 14, 7.5, 1234.56 (no padding zeros). */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A rate, to 1 place: growth, 增长6.5%. */
    public static String rate(Double pct) {
        return percent(pct, 1);
    }

    /** A share of a total, to 2 places: 占全国的0.07%. */
    public static String share(Double pct) {
        return percent(pct, 2);
    }

    private static String percent(Double pct, int places) {
        if (pct == null) {
            return "";
        }
        return rounded(pct, places).toPlainString();
    }
}
