package org.kaifang.source;

import java.time.LocalDate;

/**
 * The years a figure may be for. Real series start long before 1949 (national accounts from
 * the 1920s, trade from the 1940s), so from 1900; up to next year, for the plans and
 * projections published ahead; a later year is a typing error.
 */
public final class Years {

    public static final int FIRST = 1900;

    private Years() {
    }

    /** The latest year a source row may be for on a run of this date. */
    public static int last(LocalDate runDate) {
        return runDate.getYear() + 1;
    }
}
