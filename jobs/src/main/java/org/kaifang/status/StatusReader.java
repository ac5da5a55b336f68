package org.kaifang.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.kaifang.batch.ExecutionHistory;
import org.kaifang.catalog.Catalog;
import org.kaifang.catalog.CatalogException;
import org.kaifang.config.Settings;
import org.kaifang.status.WarehouseStatus.CatalogState;
import org.kaifang.status.WarehouseStatus.LastRun;
import org.kaifang.status.WarehouseStatus.Lake;
import org.kaifang.status.WarehouseStatus.SourceState;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Reads a warehouse's {@link WarehouseStatus}: the last run the nightly left ({@link LastRunFile}),
 * the catalog (read-only) and the lake's files.
 */
public final class StatusReader {

    private StatusReader() {
    }

    /**
     * @param asOf the day sources are judged on: today, or the day a scheduler's run is for
     * @param now  the moment the catalog's age is counted to
     */
    public static WarehouseStatus read(Settings settings, LocalDate asOf, Instant now) {
        return read(settings, asOf, now, LastRunFile.read(settings.warehouseDir()));
    }

    /** The same, with the last run given: the nightly's own, just ended. */
    public static WarehouseStatus read(Settings settings, LocalDate asOf, Instant now, LastRun lastRun) {
        Path catalog = settings.catalogFile();
        List<SourceState> sources = new ArrayList<>();
        Map<String, Long> checks = new LinkedHashMap<>();
        checks.put("error", 0L);
        checks.put("warn", 0L);
        CatalogState catalogState = null;
        if (Files.isRegularFile(catalog)) {
            try (Connection connection = Catalog.openReadOnly(catalog)) {
                sources = sources(connection, asOf);
                checks(connection, checks);
            } catch (SQLException e) {
                throw new CatalogException("cannot read the status from " + catalog + ": " + e.getMessage(), e);
            }
            catalogState = catalogState(catalog, now);
        }
        return new WarehouseStatus(asOf.toString(), now.truncatedTo(ChronoUnit.SECONDS).toString(),
                settings.warehouseDir().toString(), lastRun, sources, checks, lake(settings.lakeDir()),
                catalogState);
    }

    /**
     * The execution a nightly just ran, as the status shows it, with the exit code the run gave
     * (NightlyRunner decides it; it is not worked out again here).
     */
    public static LastRun lastRun(JobRepository repository, int exitCode) {
        List<ExecutionHistory.Execution> last = ExecutionHistory.read(repository, 1);
        if (last.isEmpty()) {
            return null;
        }
        ExecutionHistory.Execution e = last.get(0);
        ExecutionHistory.Step failed = e.steps().stream().filter(s -> s.status().equals("FAILED")).findFirst()
                .orElse(null);
        String result = switch (exitCode) {
            case 0 -> "completed";
            case 3 -> "checks_failed";
            default -> e.interrupted() ? "interrupted" : "failed";
        };
        return new LastRun(e.id(), e.runDate(), e.status(), result, exitCode, utcFromLocal(e.start()),
                utcFromLocal(e.end()), e.seconds(),
                failed == null ? null : failed.name(), failed == null ? e.error() : failed.error());
    }

    private static List<SourceState> sources(Connection connection, LocalDate asOf) throws SQLException {
        List<SourceState> sources = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            statement.execute("set variable kaifang_as_of = date '" + asOf + "'");
            try (ResultSet rs = statement.executeQuery("select * from rpt_source_status order by source_pattern")) {
                while (rs.next()) {
                    Object daysLate = rs.getObject("days_late");
                    sources.add(new SourceState(rs.getString("source_pattern"), rs.getString("name_zh"),
                            rs.getString("name_en"), rs.getString("frequency"), rs.getBoolean("is_tracked"),
                            rs.getString("latest_period"), utc(rs.getTimestamp("last_arrival")),
                            rs.getString("next_due_period"), rs.getString("next_due_date"), rs.getString("state"),
                            rs.getString("severity"), rs.getString("overdue_period"), rs.getString("overdue_due_date"),
                            daysLate == null ? null : ((Number) daysLate).intValue(), rs.getInt("missing_periods"),
                            rs.getInt("on_time_periods"), rs.getInt("due_periods")));
                }
            }
        }
        return sources;
    }

    private static void checks(Connection connection, Map<String, Long> checks) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select severity, count(*) from data_quality group by all")) {
            while (rs.next()) {
                checks.put(rs.getString(1), rs.getLong(2));
            }
        }
    }

    /** The job repository keeps this machine's local time: as a UTC instant, like every other time of the status. */
    private static String utcFromLocal(String localTime) {
        return localTime == null ? null : LocalDateTime.parse(localTime.replace(' ', 'T')).atZone(ZoneId.systemDefault())
                .toInstant().toString();
    }

    /** The lake's timestamps are UTC without a zone: read back as written. */
    private static String utc(Timestamp timestamp) {
        return timestamp == null ? null
                : timestamp.toLocalDateTime().truncatedTo(ChronoUnit.SECONDS).toInstant(ZoneOffset.UTC).toString();
    }

    private static CatalogState catalogState(Path catalog, Instant now) {
        try {
            Instant built = Files.getLastModifiedTime(catalog).toInstant();
            double hours = Math.round(Duration.between(built, now).toMinutes() / 6.0) / 10.0;
            return new CatalogState(catalog.toString(), built.truncatedTo(ChronoUnit.SECONDS).toString(), hours);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + catalog, e);
        }
    }

    private static Lake lake(Path lakeDir) {
        if (!Files.isDirectory(lakeDir)) {
            return new Lake(0, 0);
        }
        long[] totals = new long[2];
        try (Stream<Path> files = Files.walk(lakeDir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".parquet") && Files.isRegularFile(f)).forEach(f -> {
                totals[0]++;
                try {
                    totals[1] += Files.size(f);
                } catch (IOException e) {
                    // a file replaced while the lake is walked is counted in the next status
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("cannot read the lake " + lakeDir, e instanceof IOException io ? io
                    : ((UncheckedIOException) e).getCause());
        }
        return new Lake(totals[0], totals[1]);
    }
}
