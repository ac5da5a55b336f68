package org.kaifang.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a brief's numbers about one thing come from: a view's row (its key), and the source
 * file, line and vintage of the figure behind it. A number is then the cell's column.
 */
record BriefCell(String view, Map<String, Object> key, String file, Long line, String vintage) {

    /** The key of a row of region, indicator and year, in that order. */
    static Map<String, Object> key(String regionCode, String indicatorCode, int year) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("region_code", regionCode);
        key.put("indicator_code", indicatorCode);
        key.put("year", year);
        return key;
    }
}
