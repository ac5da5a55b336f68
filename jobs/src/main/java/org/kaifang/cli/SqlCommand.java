package org.kaifang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Callable;

import org.kaifang.catalog.ReadOnlySession;
import org.kaifang.config.ConfigurationException;
import org.kaifang.config.Settings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sql", mixinStandardHelpOptions = true,
        header = "Query the catalog, read-only (table, csv or json output).",
        description = {
            "Query the catalog, read-only. Give the query as an argument, in a file (-f), or on",
            "standard input. Writes, COPY … TO, ATTACH, INSTALL and LOAD are refused."})
final class SqlCommand implements Callable<Integer> {

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
        Settings settings = common.settings();
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
        if (query != null) {
            return query;
        }
        if (System.console() != null) {
            throw new ConfigurationException("give a query, e.g. ./kaifang sql \"show tables\","
                    + " a file with -f, or pipe the query on standard input");
        }
        return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
