package org.kaifang.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.kaifang.batch.WriterLock;
import org.kaifang.catalog.Catalog;
import org.kaifang.config.ConfigurationException;
import org.kaifang.config.Settings;
import org.kaifang.report.BriefReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "brief", mixinStandardHelpOptions = true,
        header = "Write the leaders' written brief (文字简报) of a region and year.",
        description = {
            "Write brief.md, brief.html and brief.trace.json under <warehouse>/reports/<region>/<year>/",
            "from the catalog: the year's figures in the bureau's words, against the nation and the",
            "province, targets, rank and what needs attention; every number traced to its view row."})
final class BriefCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--region", required = true, paramLabel = "CODE", description = "Region code, e.g. 430300.")
    String region;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "Year of the brief.")
    int year;

    @Option(names = "--month", paramLabel = "M",
            description = "Write the brief of months 1-M of the year (1-6月) instead of the whole year.")
    Integer month;

    @Override
    public Integer call() throws SQLException {
        Settings settings = common.settings();
        // not while a nightly writes the same briefs
        WriterLock lock = WarehouseWriter.lock(spec, settings, "brief");
        if (lock == null) {
            return ExitCodes.LOCKED;
        }
        try (lock; Connection catalog = Catalog.openReadOnly(settings.catalogFile())) {
            BriefReport briefs = new BriefReport(catalog, settings.language(), settings.briefPdf());
            if (month != null && (month < 1 || month > 12)) {
                throw new ConfigurationException("--month " + month + ": expected a month from 1 to 12");
            }
            Optional<Path> written = month == null ? briefs.write(settings.reportsDir(), region, year)
                    : briefs.writeMonths(settings.reportsDir(), region, year, month);
            Path brief = written.orElseThrow(() -> new ConfigurationException(month == null
                    ? "rpt_trend_table has no figures for region " + region + " in " + year
                    : "fct_ytd_progress has no figures for region " + region + " in 1-" + month + "/" + year));
            spec.commandLine().getOut().println(brief);
            return ExitCodes.OK;
        }
    }
}
