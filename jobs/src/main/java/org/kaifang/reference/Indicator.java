package org.kaifang.reference;

import java.math.BigDecimal;

/**
 * An indicator as declared in {@code reference/indicator.csv}.
 *
 * @param unit       the display unit (亿美元, 亿元, 家 …)
 * @param baseUnit   the unit values are stored in: USD, CNY, or the count unit itself
 * @param unitFactor base units in one display unit
 */
public record Indicator(
        String code,
        String nameZh,
        String nameEn,
        String domain,
        String unit,
        String baseUnit,
        BigDecimal unitFactor,
        String kind,
        String growthBasis) {

    public boolean isMonetary() {
        return Unit.isCurrency(baseUnit);
    }
}
