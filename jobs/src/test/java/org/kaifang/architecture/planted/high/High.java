package org.kaifang.architecture.planted.high;

import org.kaifang.architecture.planted.low.Low;

/** The higher half of the planted cycle. */
public final class High {

    public static String name() {
        return "high over " + Low.name();
    }
}
