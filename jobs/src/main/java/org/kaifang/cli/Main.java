package org.kaifang.cli;

import java.io.PrintWriter;

import picocli.CommandLine;

/** Entry point of {@code ./kaifang}. */
public final class Main {

    static {
        // threads a run starts (Spark's, DuckDB's callbacks) log with the run's execution id too
        System.setProperty("log4j2.isThreadContextMapInheritable", "true");
    }

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return KaifangCommand.commandLine().execute(args);
    }

    /** Runs a command printing to the given writers. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        picocli.CommandLine commandLine = KaifangCommand.commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }
}
