package org.kaifang.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How leaders' tables print numbers: money to 2 places, counts whole, rates to 1 place. */
final class Numbers {

    private Numbers() {
    }

    static String value(Double value, String unit) {
        if (value == null) {
            return "";
        }
        int places = isCount(unit) ? 0 : 2;
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    /** Counts (家, 个, 批次) print whole; money (万美元, 亿元 …) to 2 places. */
    static boolean isCount(String unit) {
        return !unit.contains("元");
    }

    static String rate(Double pct) {
        if (pct == null) {
            return "";
        }
        return BigDecimal.valueOf(pct).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
