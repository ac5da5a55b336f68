package org.kaifang.report;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The indicators the data checks found something about, by region and year: read once from
 * {@code data_quality} for all of a night's briefs.
 */
final class CheckFindings {

    private final Map<String, Set<String>> indicators = new HashMap<>();

    private CheckFindings() {
    }

    static CheckFindings read(Connection catalog) {
        CheckFindings findings = new CheckFindings();
        CatalogRows.query(catalog, "select distinct region_code, year, indicator_code from data_quality"
                + " where region_code is not null and year is not null and indicator_code is not null", List.of(), rs -> {
                    findings.indicators.computeIfAbsent(rs.getString(1) + "|" + rs.getInt(2), k -> new TreeSet<>())
                            .add(rs.getString(3));
                    return null;
                });
        return findings;
    }

    /** The indicator codes with findings for the region and year, in code order. */
    Set<String> indicators(String regionCode, int year) {
        return indicators.getOrDefault(regionCode + "|" + year, Set.of());
    }
}
