package org.kaifang.source;

import java.math.BigDecimal;
import java.math.MathContext;

import org.kaifang.config.Messages;
import org.kaifang.reference.Indicator;
import org.kaifang.reference.ReferenceData;
import org.kaifang.reference.Unit;

/** Checks several source kinds share: codes against the reference tables, units and values. */
final class SourceChecks {

    private SourceChecks() {
    }

    static String region(Fields f, ReferenceData reference, String column) {
        String code = f.code(column);
        if (!reference.isKnownRegion(code)) {
            throw f.reject(column, Messages.text("code.unknown_region"));
        }
        return code;
    }

    static String country(Fields f, ReferenceData reference, String column) {
        String code = f.code(column);
        if (!reference.isKnownCountry(code)) {
            throw f.reject(column, Messages.text("code.unknown_country"));
        }
        return code;
    }

    static Indicator indicator(Fields f, ReferenceData reference, String column) {
        String code = f.code(column);
        return reference.indicator(code).orElseThrow(() ->
                f.reject(column, Messages.text("code.unknown_indicator")));
    }

    /**
     * Converts a value in its declared unit to the indicator's base unit. Money takes any scale
     * of the indicator's own currency; a count takes exactly the indicator's count unit and must
     * be a non-negative whole number.
     */
    static BigDecimal toBase(Fields f, String unitColumn, String valueColumn, BigDecimal value, Indicator indicator,
                             int year, ReferenceData convertWith) {
        String symbol = f.code(unitColumn);
        if (indicator.isMonetary()) {
            Unit unit = Unit.currency(symbol).orElseThrow(() -> f.reject(unitColumn, Messages.text("unit.currency",
                    indicator.code(), indicator.baseUnit(), Unit.acceptedFor(indicator.baseUnit()))));
            if (unit.baseUnit().equals(indicator.baseUnit())) {
                return unit.toBase(value);
            }
            if (convertWith == null) {
                throw f.reject(unitColumn, Messages.text("unit.other_currency", indicator.code(), indicator.baseUnit(),
                        Unit.acceptedFor(indicator.baseUnit())));
            }
            Double cnyPerUsd = convertWith.cnyPerUsd().get(year);
            if (cnyPerUsd == null) {
                throw f.reject(unitColumn, Messages.text("unit.no_fx_rate", year));
            }
            BigDecimal rate = BigDecimal.valueOf(cnyPerUsd);
            BigDecimal inOwnCurrency = unit.toBase(value);
            return unit.baseUnit().equals(Unit.CNY)
                    ? inOwnCurrency.divide(rate, MathContext.DECIMAL64)
                    : inOwnCurrency.multiply(rate);
        }
        if (!symbol.equals(indicator.baseUnit())) {
            throw f.reject(unitColumn, Messages.text("unit.count", indicator.code(), indicator.baseUnit()));
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
            throw f.reject(valueColumn, Messages.text("value.count"));
        }
        return value;
    }

    static BigDecimal nonNegative(Fields f, String column, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw f.reject(column, Messages.text("value.not_negative"));
        }
        return value;
    }
}
