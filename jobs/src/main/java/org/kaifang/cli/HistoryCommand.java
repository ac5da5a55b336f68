package org.kaifang.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.kaifang.batch.BatchInfrastructure;
import org.kaifang.batch.ExecutionHistory;
import org.kaifang.config.Settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "history", mixinStandardHelpOptions = true,
        header = "List past nightly executions with their steps' counts.",
        description = {"List past nightly executions, newest first: id, run date, status, start, duration,",
            "rows read, written and rejected per step, and the error of a failed step."})
final class HistoryCommand implements Callable<Integer> {

    enum Format { text, json }

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Show the last N runs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text for people, json for monitoring (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws JsonProcessingException {
        Settings settings = common.settings();
        PrintWriter out = spec.commandLine().getOut();
        List<ExecutionHistory.Execution> executions;
        try (BatchInfrastructure batch = new BatchInfrastructure(settings.jobRepository())) {
            executions = ExecutionHistory.read(batch.jobRepository(), limit);
        }
        if (format == Format.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(executions));
        } else {
            text(out, executions);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void text(PrintWriter out, List<ExecutionHistory.Execution> executions) {
        out.printf("%-9s %-10s %-10s %-19s %9s %8s %8s %8s%n",
                "execution", "run date", "status", "start", "seconds", "read", "written", "rejected");
        for (ExecutionHistory.Execution e : executions) {
            out.printf("%-9d %-10s %-10s %-19s %9s %8d %8d %8d%n", e.id(), e.runDate(), e.status(),
                    e.start() == null ? "" : e.start(), seconds(e.seconds()), e.read(), e.written(), e.rejected());
            if (e.interrupted()) {
                out.println("  interrupted (killed, stopped by the job repository's deadline, or the machine went down);"
                        + " recovered by the next run");
            }
            if (e.restartOf() != null) {
                out.println("  restart of execution " + e.restartOf() + ", resumed at step '" + e.resumedAt() + "'");
            }
            for (ExecutionHistory.Step s : e.steps()) {
                out.printf("  %-38s %-10s %9s %8d %8d %8d%n", s.name(), s.status(), seconds(s.seconds()), s.read(),
                        s.written(), s.rejected());
                if (s.error() != null) {
                    out.println("      error: " + s.error().lines().findFirst().orElse(""));
                }
            }
        }
    }

    private static String seconds(Double seconds) {
        return seconds == null ? "" : String.format("%.1f", seconds);
    }
}
