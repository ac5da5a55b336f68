package org.kaifang.cli;

import picocli.CommandLine;

/** Entry point of {@code ./kaifang}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return KaifangCommand.commandLine().execute(args);
    }
}
