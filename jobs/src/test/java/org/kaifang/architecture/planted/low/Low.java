package org.kaifang.architecture.planted.low;

import org.kaifang.architecture.planted.high.High;

/** A planted upward use: the lower package names the higher one, which names it back. */
public final class Low {

    public static String name() {
        return "low of " + High.class.getSimpleName();
    }
}
