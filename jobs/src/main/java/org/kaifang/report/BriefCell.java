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
        return key("region_code", regionCode, "indicator_code", indicatorCode, "year", year);
    }

    /**
     * A key of columns and values, in the order given: the trace prints it so, the same on every
     * run (a {@code Map.of} would print its entries in an order that changes from run to run).
     */
    static Map<String, Object> key(Object... columnsAndValues) {
        Map<String, Object> key = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            key.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return key;
    }
}
