package org.kaifang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The reports round each figure once, half up (away from zero), to the places it prints with,
 * from the exact value the catalog holds; the expectations are the figures a bureau would print,
 * worked out by hand. That the catalog hands over exact values is GrowthRulesTest's to guard.
 */
class NumbersTest {

    @Test
    void aRateIsRoundedOnceToOnePlace() {
        // 岳阳 2015 trade with 中国香港: +1.0466% prints 1.0; 娄底's +1.7456% prints 1.7; 益阳's
        // exports, -0.3484%, print -0.3
        assertEquals("1.0", Numbers.rate(1.0466));
        assertEquals("1.7", Numbers.rate(1.7456));
        assertEquals("-0.3", Numbers.rate(-0.3484));
    }

    @Test
    void halvesRoundAwayFromZeroWhateverTheDoubleHolds() {
        // 101.45 against 100 is +1.45%, a half, which a double computes as 1.4499999999999957;
        // 28.5 enterprises as 28.499999999999996
        assertEquals("1.5", Numbers.rate((101.45 / 100 - 1) * 100));
        assertEquals("-1.5", Numbers.rate(-(101.45 / 100 - 1) * 100));
        assertEquals("29", Numbers.value(0.285 * 100, "家"));
        assertEquals("0.15", Numbers.share(0.15));
    }

    @Test
    void aPullUnderHalfATenthPrintsZero() {
        // 长沙's 欧盟 拉动 of -0.0458 points prints 0.0, with no minus sign
        assertEquals("0.0", Numbers.rate(-0.0458));
    }

    @Test
    void sharesAndAmountsPrintToTwoPlacesAndCountsWhole() {
        // 24.77 / 36418.65 = 0.068014602% of the nation; 1043.1549 亿美元; 170.5 家 rounds to 171
        assertEquals("0.07", Numbers.share(24.77 / 36418.65 * 100));
        assertEquals("1043.15", Numbers.value(1043.1549, "亿美元"));
        assertEquals("171", Numbers.value(170.5, "家"));
    }
}
