package org.kaifang.cli;

/** The exit codes operators script against (DESIGN.md). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int JOB_FAILED = 1;
    public static final int BAD_USAGE = 2;
    public static final int CHECKS_FAILED = 3;
    /** Another nightly run holds the warehouse; this one changed nothing. */
    public static final int LOCKED = 4;

    private ExitCodes() {
    }
}
