package org.kaifang.report;

import java.util.Map;

/**
 * One number a brief prints, and the catalog cell it was read from: the view, the row's key
 * and the column, the value there, and the source file and line the figure was loaded from.
 * The brief's sidecar lists them all, so a reader can check each number against its row.
 *
 * @param text  the number as printed (4.68, 16.1, 19): matches {@code value} at that precision,
 *              as an absolute value where the words carry the sign (下降3.2%)
 */
record BriefNumber(int id, String text, String view, Map<String, Object> key, String column, double value,
                   String sourceFile, Long sourceLine, String vintage) {

    /** How a number stands in rendered text until the documents replace it: ⟦id⟧. */
    String token() {
        return String.valueOf(BriefNumbers.OPEN) + id + BriefNumbers.CLOSE;
    }
}
