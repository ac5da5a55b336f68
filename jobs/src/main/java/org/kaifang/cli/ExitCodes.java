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

    /** What an exit code of nightly means, for the scheduler's log. */
    static String meaning(int code) {
        return switch (code) {
            case OK -> "completed";
            case JOB_FAILED -> "failed";
            case BAD_USAGE -> "bad usage or configuration";
            case CHECKS_FAILED -> "data checks failed";
            case LOCKED -> "another run holds the warehouse";
            case 143 -> "stopped by SIGTERM";
            default -> "ended abnormally";
        };
    }
}
