package org.kaifang.reference;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A unit as sources declare it, and how it converts to the base unit values are stored in.
 * Money is stored in whole currency units (USD, CNY); counts in their own unit.
 */
public record Unit(String symbol, String baseUnit, BigDecimal factor) {

    public static final String USD = "USD";
    public static final String CNY = "CNY";

    private static final BigDecimal WAN = BigDecimal.TEN.pow(4);
    private static final BigDecimal YI = BigDecimal.TEN.pow(8);

    private static final Map<String, Unit> CURRENCY_UNITS = Map.of(
            "美元", new Unit("美元", USD, BigDecimal.ONE),
            "万美元", new Unit("万美元", USD, WAN),
            "亿美元", new Unit("亿美元", USD, YI),
            "元", new Unit("元", CNY, BigDecimal.ONE),
            "万元", new Unit("万元", CNY, WAN),
            "亿元", new Unit("亿元", CNY, YI));

    /** The currency unit with this symbol, if it is one. */
    public static Optional<Unit> currency(String symbol) {
        return Optional.ofNullable(CURRENCY_UNITS.get(symbol));
    }

    /** A display unit: a currency unit, or else a count unit (个, 家, 批次) stored as itself. */
    public static Unit display(String symbol) {
        return currency(symbol).orElseGet(() -> new Unit(symbol, symbol, BigDecimal.ONE));
    }

    public static boolean isCurrency(String baseUnit) {
        return USD.equals(baseUnit) || CNY.equals(baseUnit);
    }

    /** Converts a value declared in this unit to the base unit, exactly. */
    public BigDecimal toBase(BigDecimal value) {
        return value.multiply(factor);
    }

    /** The units a row may declare for a value of an indicator stored in {@code baseUnit}. */
    public static String acceptedFor(String baseUnit) {
        return switch (baseUnit) {
            case USD -> "美元, 万美元 or 亿美元";
            case CNY -> "元, 万元 or 亿元";
            default -> baseUnit;
        };
    }
}
