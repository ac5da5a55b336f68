package org.kaifang.cli;

import java.io.PrintWriter;

import org.kaifang.catalog.CatalogException;
import org.kaifang.config.ConfigurationException;
import org.kaifang.source.SourceException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "kaifang",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "kaifang (开放): a batch data warehouse for open-economy statistics:",
            "foreign trade, inward and outbound investment, and the targets leaders set.",
            ""},
        subcommands = {
            NightlyCommand.class,
            SqlCommand.class,
            ReportCommand.class,
            BriefCommand.class,
            HistoryCommand.class,
            VerifyCommand.class,
            RepairCommand.class,
            ScheduleCommand.class,
            NotebooksCommand.class,
            GenerateCommand.class,
            DocsCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  success",
            "  1  job failed (the message names file, line and column)",
            "  2  bad usage or bad configuration",
            "  3  data checks of severity error failed (see: kaifang sql \"select * from data_quality\")",
            "  4  another nightly run is writing this warehouse; nothing was changed"})
public final class KaifangCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command");
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new KaifangCommand());
        commandLine.setExecutionExceptionHandler(KaifangCommand::handle);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // a query may start with a comment: "-- …" is SQL, not an option
        commandLine.getSubcommands().get("sql").setUnmatchedOptionsArePositionalParams(true);
        return commandLine;
    }

    /** Turns domain errors into one clear message and the exit code DESIGN.md promises. */
    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        LoggerFactory.getLogger(KaifangCommand.class).debug("command failed", e);
        if (e instanceof ConfigurationException) {
            err.println("kaifang: " + e.getMessage());
            return ExitCodes.BAD_USAGE;
        }
        if (e instanceof SourceException || e instanceof CatalogException) {
            err.println("kaifang: " + e.getMessage());
            return ExitCodes.JOB_FAILED;
        }
        err.println("kaifang: " + e);
        return ExitCodes.JOB_FAILED;
    }
}
