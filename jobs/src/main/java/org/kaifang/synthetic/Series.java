package org.kaifang.synthetic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Arithmetic the way a statistics office publishes: levels rounded, rates from rounded levels. */
final class Series {

    private Series() {
    }

    static BigDecimal round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
    }

    /** (value / previous - 1) * 100 to one place, half up, computed exactly; null on a base <= 0. */
    static BigDecimal rate(BigDecimal value, BigDecimal previous) {
        if (previous == null || previous.signum() <= 0 || value == null) {
            return null;
        }
        return value.divide(previous, MathContext.DECIMAL64).subtract(BigDecimal.ONE)
                .multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
    }

    /** True when some whole previous count gives the published rate after rounding to one place. */
    static boolean wholeBaseFits(long count, BigDecimal rate) {
        double implied = count / (1 + rate.doubleValue() / 100);
        for (long p = Math.max(1, (long) Math.floor(implied)); p <= (long) Math.ceil(implied); p++) {
            BigDecimal fitted = rate(BigDecimal.valueOf(count), BigDecimal.valueOf(p));
            if (fitted != null && fitted.compareTo(rate) == 0) {
                return true;
            }
        }
        return false;
    }
}
