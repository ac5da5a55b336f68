package org.kaifang.cli;

import java.io.PrintWriter;
import java.util.List;

import org.kaifang.catalog.CatalogException;
import org.kaifang.config.ConfigurationException;
import org.kaifang.source.SourceException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "kaifang",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "kaifang (开放): a batch data warehouse for open-economy statistics:",
            "foreign trade, inward and outbound investment, and the targets leaders set.",
            ""},
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

    /** The commands, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(
            NightlyCommand.class,
            SqlCommand.class,
            ReportCommand.class,
            BriefCommand.class,
            HistoryCommand.class,
            StatusCommand.class,
            VerifyCommand.class,
            RepairCommand.class,
            ScheduleCommand.class,
            NotebooksCommand.class,
            GenerateCommand.class,
            DocsCommand.class,
            BenchCommand.class,
            HelpCommand.class);

    /**
     * The command line for these arguments. Only the command they name is built: picocli reads
     * every option of every command it builds, which cost a query's start a tenth of a second
     * for all of them. Help, a bad command or none builds them all.
     */
    static CommandLine commandLine(String... args) {
        CommandLine commandLine = new CommandLine(new KaifangCommand());
        String named = args.length == 0 ? "" : args[0];
        List<Class<?>> wanted = COMMANDS.stream()
                .filter(c -> c != HelpCommand.class && c.getAnnotation(Command.class).name().equals(named))
                .toList();
        for (Class<?> command : wanted.isEmpty() ? COMMANDS : wanted) {
            commandLine.addSubcommand(command.getAnnotation(Command.class).name(), new CommandLine(command));
        }
        commandLine.setExecutionExceptionHandler(KaifangCommand::handle);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // a query may start with a comment: "-- …" is SQL, not an option
        CommandLine sql = commandLine.getSubcommands().get("sql");
        if (sql != null) {
            sql.setUnmatchedOptionsArePositionalParams(true);
        }
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
