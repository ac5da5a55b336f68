package org.kaifang.source;

import java.math.BigDecimal;

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
            throw f.reject(column, "unknown region code: not in reference/region.csv,"
                    + " nor an ISO alpha-3 code in reference/country.csv");
        }
        return code;
    }

    static String country(Fields f, ReferenceData reference, String column) {
        String code = f.code(column);
        if (!reference.isKnownCountry(code)) {
            throw f.reject(column, "unknown country: expected an ISO 3166-1 alpha-3 code from reference/country.csv");
        }
        return code;
    }

    static Indicator indicator(Fields f, ReferenceData reference, String column) {
        String code = f.code(column);
        return reference.indicator(code).orElseThrow(() ->
                f.reject(column, "unknown indicator code: not in reference/indicator.csv"));
    }

    /**
     * Converts a value in its declared unit to the indicator's base unit. Money takes any scale
     * of the indicator's own currency; a count takes exactly the indicator's count unit and must
     * be a non-negative whole number.
     */
    static BigDecimal toBase(Fields f, String unitColumn, String valueColumn, BigDecimal value, Indicator indicator) {
        String symbol = f.code(unitColumn);
        if (indicator.isMonetary()) {
            Unit unit = Unit.currency(symbol)
                    .filter(u -> u.baseUnit().equals(indicator.baseUnit()))
                    .orElseThrow(() -> f.reject(unitColumn, indicator.code() + " is measured in "
                            + indicator.baseUnit() + ": expected " + Unit.acceptedFor(indicator.baseUnit())));
            return unit.toBase(value);
        }
        if (!symbol.equals(indicator.baseUnit())) {
            throw f.reject(unitColumn, indicator.code() + " is a count: expected the unit " + indicator.baseUnit());
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
            throw f.reject(valueColumn, "a count must be a whole number, zero or more");
        }
        return value;
    }

    static BigDecimal nonNegative(Fields f, String column, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw f.reject(column, "must be zero or more");
        }
        return value;
    }
}
