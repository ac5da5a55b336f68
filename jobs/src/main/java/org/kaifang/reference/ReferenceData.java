package org.kaifang.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kaifang.table.LakeTable;
import org.kaifang.table.ValidRow;

/**
 * The reference tables every source row is validated against, their fingerprint, and their
 * rows as they go to the lake.
 */
public record ReferenceData(
        Map<String, Indicator> indicators,
        Map<String, Region> regions,
        Map<String, Country> countries,
        Map<Integer, Double> cnyPerUsd,
        Map<String, Set<String>> tradeCodes,
        String sha256,
        Map<LakeTable, List<ValidRow>> lakeRows) {

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    /** A region code is an administrative code from region.csv or an ISO alpha-3 country code. */
    public boolean isKnownRegion(String code) {
        return regions.containsKey(code) || countries.containsKey(code);
    }

    /** Customs' codes of a dimension of the detail (trade_mode, enterprise_type); none without reference/trade_code.csv. */
    public Set<String> tradeCodes(String dimension) {
        return tradeCodes.getOrDefault(dimension, Set.of());
    }

    public boolean isKnownCountry(String iso3) {
        return countries.containsKey(iso3);
    }
}
