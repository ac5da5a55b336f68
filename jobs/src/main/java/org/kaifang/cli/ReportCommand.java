package org.kaifang.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.kaifang.batch.WriterLock;
import org.kaifang.catalog.Catalog;
import org.kaifang.config.ConfigurationException;
import org.kaifang.config.Settings;
import org.kaifang.report.TrendTableReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        header = "Write the leaders' trend tables for a year and region.",
        description = {
            "Write the leaders' trend tables (Markdown) under <warehouse>/reports/<region>/<year>/",
            "from the catalog: each indicator over five years, growth, target and attainment."})
final class ReportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "YYYY", description = "Year to report (default: every year with figures).")
    Integer year;

    @Option(names = "--region", paramLabel = "CODE", description = "Region code, e.g. 430300 (default: every region).")
    String region;

    @Override
    public Integer call() throws SQLException {
        Settings settings = common.settings();
        // not while a nightly writes the same reports
        WriterLock lock = WarehouseWriter.lock(spec, settings, "report");
        if (lock == null) {
            return ExitCodes.LOCKED;
        }
        try (lock; Connection catalog = Catalog.openReadOnly(settings.catalogFile())) {
            TrendTableReport report = new TrendTableReport(catalog, settings.language());
            List<Path> written = new ArrayList<>();
            for (String[] regionYear : regionYears(catalog)) {
                written.add(report.write(settings.reportsDir(), regionYear[0], Integer.parseInt(regionYear[1])));
            }
            if (written.isEmpty()) {
                throw new ConfigurationException("rpt_trend_table has no figures"
                        + (region == null ? "" : " for region " + region) + (year == null ? "" : " in " + year));
            }
            if (region == null && year == null) {
                // every report written: the front page too; one report alone leaves it as the nightly wrote it
                written.add(report.writeIndex(settings.reportsDir()));
            }
            written.forEach(spec.commandLine().getOut()::println);
            return ExitCodes.OK;
        }
    }

    private List<String[]> regionYears(Connection catalog) throws SQLException {
        try (PreparedStatement statement = catalog.prepareStatement(
                "select distinct region_code, year from rpt_trend_table"
                        + " where (? is null or region_code = ?) and (? is null or year = ?) order by all")) {
            statement.setObject(1, region);
            statement.setObject(2, region);
            statement.setObject(3, year);
            statement.setObject(4, year);
            List<String[]> result = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            return result;
        }
    }
}
