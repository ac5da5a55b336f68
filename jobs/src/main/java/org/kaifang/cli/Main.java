package org.kaifang.cli;

import java.io.PrintWriter;

import org.kaifang.catalog.Catalog;

import picocli.CommandLine;

/** Entry point of {@code ./kaifang}. */
public final class Main {

    private static final String TRANSFORMER_FACTORY = "javax.xml.transform.TransformerFactory";

    static {
        // threads a run starts (Spark's, DuckDB's callbacks) log with the run's execution id too
        System.setProperty("log4j2.isThreadContextMapInheritable", "true");
        // picocli otherwise looks for Groovy's Closure class, in vain, through every jar on the
        // class path: a tenth of a second of every command's start
        System.setProperty("picocli.disable.closures", "true");
        // POI asks for a new XSLT transformer factory for every part of every workbook it
        // saves, and each time the JDK looks through every jar on the class path for another
        // implementation than its own (none is there): a fifteenth of the reports' time, in
        // threads that wait on each other for the jars. Named, the JDK's own is found at once.
        if (System.getProperty(TRANSFORMER_FACTORY) == null) {
            System.setProperty(TRANSFORMER_FACTORY, "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        }
    }

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("sql")) {
            Catalog.loadDriverAhead();
        }
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return KaifangCommand.commandLine(args).execute(args);
    }

    /** Runs a command printing to the given writers. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = KaifangCommand.commandLine(args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }
}
