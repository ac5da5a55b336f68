package org.kaifang.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.kaifang.config.Settings;
import org.kaifang.status.StatusPage;
import org.kaifang.status.StatusReader;
import org.kaifang.status.WarehouseStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        header = "Show the warehouse's state: last run, sources due and overdue, checks, lake, catalog.",
        description = {"One screen for the morning: the last run and its result, each source of the calendar",
            "(last arrival, next deadline, overdue or not, on-time record), data checks by severity, the",
            "lake's size and the catalog's age. Also written as warehouse/status.html."})
final class StatusCommand implements Callable<Integer> {

    enum Format { text, json }

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text for people, json for monitoring (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Judge the sources as of this day (default: today).")
    LocalDate date;

    @Override
    public Integer call() {
        Settings settings = common.readerSettings();
        WarehouseStatus status = StatusReader.read(settings, date == null ? LocalDate.now() : date, Instant.now());
        StatusPage page = new StatusPage(status, settings.language());
        try {
            page.write(settings.warehouseDir());
        } catch (UncheckedIOException e) {
            // a warehouse this user may only read: the status is still shown
            spec.commandLine().getErr().println("kaifang status: " + e.getMessage() + ": " + e.getCause().getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(page.json());
        } else {
            page.lines().forEach(out::println);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
