package org.kaifang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.kaifang.catalog.CatalogDriver;
import org.kaifang.catalog.ReadOnlySession;
import org.kaifang.config.ConfigurationException;
import org.kaifang.config.Settings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sqlline.SqlLine;

@Command(name = "sql", mixinStandardHelpOptions = true,
        header = "Query the catalog, read-only: one query, a file, or an interactive shell.",
        description = {
            "Query the catalog, read-only. Give the query as an argument or in a file (-f);",
            "without either, an interactive SQL shell opens (sqlline: history, multi-line",
            "statements ending in ;, !tables, !describe, !outputformat table|csv|json, !quit).",
            "Writes, COPY … TO, ATTACH, INSTALL and LOAD are refused."})
final class SqlCommand implements Callable<Integer> {

    /** Width of a table printed to a pipe, where there is no terminal to measure. */
    private static final int PIPED_WIDTH = 200;


    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The query, e.g. \"select * from fct_growth\".")
    String query;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Run the query in this file.")
    Path file;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @Override
    public Integer call() throws IOException {
        Settings settings = common.readerSettings();
        if (query == null && file == null) {
            return shell(settings);
        }
        String sql = sql();
        PrintWriter out = spec.commandLine().getOut();
        try (ReadOnlySession session = new ReadOnlySession(settings.catalogFile());
             ResultSet rows = session.query(sql)) {
            format.write(rows, out);
            out.flush();
            return ExitCodes.OK;
        } catch (ReadOnlySession.ReadOnlyViolation e) {
            spec.commandLine().getErr().println("kaifang sql: refused: " + e.getMessage());
            return ExitCodes.BAD_USAGE;
        } catch (SQLException e) {
            spec.commandLine().getErr().println("kaifang sql: " + e.getMessage());
            return ExitCodes.JOB_FAILED;
        }
    }

    private String sql() throws IOException {
        if (query != null && file != null) {
            throw new ConfigurationException("give the query as an argument or with -f, not both");
        }
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new ConfigurationException("query file " + file + " does not exist");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        return query;
    }

    /**
     * sqlline on the catalog through {@link CatalogDriver}: the same read-only session as a
     * single query. Reads standard input, so statements can be piped in as well as typed.
     */
    private int shell(Settings settings) throws IOException {
        if (!Files.isRegularFile(settings.catalogFile())) {
            throw new ConfigurationException("no catalog at " + settings.catalogFile() + ": run ./kaifang nightly first");
        }
        List<String> args = new ArrayList<>(List.of(
                "-u", CatalogDriver.PREFIX + settings.catalogFile().toAbsolutePath(),
                "-n", "analyst", "-p", "", "-nn", "kaifang",
                "--connectInteractionMode=notAskCredentials",
                "--isolation=TRANSACTION_NONE",
                "--outputformat=" + format.name().toLowerCase(Locale.ROOT),
                "--showWarnings=false"));
        boolean piped = System.console() == null;
        if (piped) {
            // statements piped in (a script, a test): no terminal to size the table by, and JLine's
            // warning that it falls back to a plain one says nothing the user needs
            JLineLog.LOGGER.setLevel(Level.SEVERE);
            args.add("--maxWidth=" + PIPED_WIDTH);
        }
        SqlLine shell = new SqlLine();
        // no stream of our own: sqlline then reads the process's terminal, or its piped input
        SqlLine.Status status = shell.begin(args.toArray(String[]::new), null, true);
        return status == SqlLine.Status.OK ? ExitCodes.OK : ExitCodes.JOB_FAILED;
    }

    /**
     * JLine's logger, held so the level set on it stays set (java.util.logging keeps loggers
     * weakly), and made only for the shell: a single query starts no java.util.logging.
     */
    private static final class JLineLog {
        static final Logger LOGGER = Logger.getLogger("org.jline");
    }
}
