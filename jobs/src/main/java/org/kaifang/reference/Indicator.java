package org.kaifang.reference;

import java.math.BigDecimal;

/**
 * An indicator as declared in {@code reference/indicator.csv}.
 *
 * @param unit       the display unit (亿美元, 亿元, 家 …)
 * @param baseUnit   the unit values are stored in: USD, CNY, or the count unit itself
 * @param unitFactor base units in one display unit
 * @param caliberZh  口径: what the figure counts and who compiles it; null when the name says it all
 * @param nationalCode the national series of the same 口径 a region's figure is set against: the
 *                   indicator itself unless declared (a city's GDP in 亿元 against the nation's in
 *                   US dollars, both with real growth)
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
        String growthBasis,
        String caliberZh,
        String caliberEn,
        String nationalCode) {

    public boolean isMonetary() {
        return Unit.isCurrency(baseUnit);
    }
}
