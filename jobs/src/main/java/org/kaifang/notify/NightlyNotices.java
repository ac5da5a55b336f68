package org.kaifang.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.kaifang.catalog.Catalog;
import org.kaifang.config.Language;
import org.kaifang.config.Messages;
import org.kaifang.config.Settings;
import org.kaifang.status.WarehouseStatus.LastRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a nightly tells operators, and when. A run that ends in exit 1, 3 or 4 is told every
 * time it happens. A state is told once, when it begins: a source becoming overdue (and again
 * if it passes its grace), an indicator falling behind 序时进度 in a year. The states told are
 * kept in {@code warehouse/notify/conditions.txt}; one that ends is dropped, so it is told
 * again should it return. A night with nothing new sends nothing.
 */
public final class NightlyNotices {

    private static final Logger log = LoggerFactory.getLogger(NightlyNotices.class);

    static final String CONDITIONS_FILE = "notify/conditions.txt";

    private final Settings settings;
    private final Language language;
    private final Notifier notifier;

    public NightlyNotices(Settings settings) {
        this(settings, new Notifier(settings.notifications()));
    }

    NightlyNotices(Settings settings, Notifier notifier) {
        this.settings = settings;
        this.language = settings.language();
        this.notifier = notifier;
    }

    /**
     * After a nightly that ran (or found nothing to do): tells of a failure, and of states
     * that began. Never throws: telling must not change the run's result.
     *
     * @param lastRun the execution just ended (its failed step and error); null if none ran
     * @param rerun   the command that runs this night again
     */
    public void afterRun(LocalDate runDate, int exitCode, boolean nothingToDo, LastRun lastRun, List<String> lines,
                         String rerun) {
        if (!settings.notifications().any() || nothingToDo) {
            return;
        }
        try {
            List<Notice.Event> events = new ArrayList<>();
            if (exitCode == 1) {
                events.add(failed(runDate, lastRun, lines, rerun));
            }
            Map<String, Notice.Event> conditions = new LinkedHashMap<>();
            if ((exitCode == 0 || exitCode == 3) && Files.isRegularFile(settings.catalogFile())) {
                try (Connection catalog = Catalog.openReadOnly(settings.catalogFile())) {
                    if (exitCode == 3) {
                        events.add(checksFailed(catalog, rerun));
                    }
                    overdueSources(catalog, runDate, conditions);
                    behindPace(catalog, conditions);
                }
            }
            Set<String> told = told();
            conditions.forEach((key, event) -> {
                if (!told.contains(key)) {
                    events.add(event);
                }
            });
            boolean delivered = events.isEmpty() || send(runDate, exitCode, events);
            if (delivered && (exitCode == 0 || exitCode == 3)) {
                remember(conditions.keySet());
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("notifications skipped: {}", settings.notifications().redact(String.valueOf(e.getMessage())));
        }
    }

    /** After a nightly refused because another run holds the warehouse (exit 4). */
    public void afterLocked(LocalDate runDate, String holder, String rerun) {
        if (!settings.notifications().any()) {
            return;
        }
        try {
            send(runDate, 4, List.of(new Notice.Event("locked", "warn", text("notify.locked"),
                    List.of(text("notify.holder", holder), text("notify.wait_rerun", rerun)))));
        } catch (RuntimeException e) {
            log.warn("notifications skipped: {}", settings.notifications().redact(String.valueOf(e.getMessage())));
        }
    }

    private boolean send(LocalDate runDate, int exitCode, List<Notice.Event> events) {
        String title = switch (exitCode) {
            case 1 -> text("notify.title.failed", runDate);
            case 3 -> text("notify.title.checks", runDate);
            case 4 -> text("notify.title.locked", runDate);
            default -> text("notify.title.attention", runDate, events.size());
        };
        String severity = events.stream().anyMatch(e -> e.severity().equals("error")) ? "error" : "warn";
        Notifier.Delivery delivery = notifier.send(new Notice(title, severity, runDate.toString(), exitCode, events));
        if (!delivery.failed().isEmpty()) {
            log.warn("notification not delivered by {}; the states it told will be told again next run"
                    + " unless another channel took it", delivery.failed());
        }
        return delivery.anyDelivered();
    }

    private Notice.Event failed(LocalDate runDate, LastRun lastRun, List<String> lines, String rerun) {
        List<String> details = new ArrayList<>();
        if (lastRun != null && lastRun.failedStep() != null) {
            details.add(text("notify.step", lastRun.failedStep()));
            details.add(text("notify.error", lastRun.error()));
        } else {
            // refused before any step ran (a damaged lake): the run's own lines say why
            lines.stream().limit(3).forEach(details::add);
        }
        details.add(text("notify.fix_rerun", rerun));
        details.add(text("notify.log", settings.warehouseDir().resolve("logs").resolve("kaifang.log")));
        return new Notice.Event("run_failed", "error", text("notify.failed", runDate), details);
    }

    private Notice.Event checksFailed(Connection catalog, String rerun) throws SQLException {
        long errors = 0;
        String first = null;
        String firstCheck = null;
        String message = language == Language.ZH ? "message" : "message_en";
        try (Statement statement = catalog.createStatement();
             ResultSet rs = statement.executeQuery("select check_name, " + message + ", count(*) over () from data_quality"
                     + " where severity = 'error' order by check_name limit 1")) {
            if (rs.next()) {
                firstCheck = rs.getString(1);
                first = rs.getString(2);
                errors = rs.getLong(3);
            }
        }
        List<String> details = new ArrayList<>();
        if (firstCheck != null) {
            details.add(text("notify.first_error", firstCheck, first));
        }
        details.add(text("notify.see_errors"));
        details.add(text("notify.fix_data", rerun));
        return new Notice.Event("checks_failed", "error", text("notify.checks", errors), details);
    }

    private void overdueSources(Connection catalog, LocalDate runDate, Map<String, Notice.Event> conditions)
            throws SQLException {
        try (Statement statement = catalog.createStatement()) {
            statement.execute("set variable kaifang_as_of = date '" + runDate + "'");
            try (ResultSet rs = statement.executeQuery("select source_pattern, period, severity, "
                    + (language == Language.ZH ? "message" : "message_en")
                    + " from chk_source_overdue order by source_pattern")) {
                while (rs.next()) {
                    String pattern = rs.getString(1);
                    String folder = pattern.contains("/") ? pattern.substring(0, pattern.lastIndexOf('/') + 1) : pattern;
                    conditions.put("source_overdue|" + pattern + "|" + rs.getString(2) + "|" + rs.getString(3),
                            new Notice.Event("source_overdue", rs.getString(3), text("notify.overdue", rs.getString(4)),
                                    List.of(text("notify.overdue_fix", settings.dataDir().resolve(folder)))));
                }
            }
        }
    }

    /** Each region and indicator behind 序时进度 at its latest month of its latest year. */
    private void behindPace(Connection catalog, Map<String, Notice.Event> conditions) throws SQLException {
        boolean zh = language == Language.ZH;
        try (Statement statement = catalog.createStatement();
             ResultSet rs = statement.executeQuery("""
                     with latest as (
                         select * from rpt_ytd_progress
                         qualify year = max(year) over (partition by region_code, indicator_code)
                     )
                     select latest.region_code, coalesce(regions.%s, latest.region_code), latest.indicator_code,
                            latest.%s, latest.year, latest.month, latest.target_share_pct, latest.elapsed_pct,
                            latest.ytd_yoy_pct, latest.target_value, latest.progress_gap_pp
                     from latest
                     left join dim_region as regions
                         on latest.region_code = regions.region_code
                     where latest.progress_status = 'behind'
                     order by latest.region_code, latest.indicator_code
                     """.formatted(zh ? "name_zh" : "name_en", zh ? "indicator_name_zh" : "indicator_name_en"))) {
            while (rs.next()) {
                String region = rs.getString(1);
                String indicator = rs.getString(3);
                int year = rs.getInt(5);
                double gap = Math.abs(rs.getDouble(11));
                // shares as the view stores them (2 places), so the printed gap is their difference;
                // rates to one place, as published
                String summary = rs.getObject(7) != null
                        ? text("notify.behind_share", rs.getString(2), rs.getString(4), year, rs.getInt(6),
                        places(rs.getDouble(7), 2), places(rs.getDouble(8), 2), places(gap, 2))
                        : text("notify.behind_growth", rs.getString(2), rs.getString(4), year, rs.getInt(6),
                        places(rs.getDouble(9), 1), places(rs.getDouble(10), 1), places(gap, 1));
                conditions.put("behind_pace|" + region + "|" + indicator + "|" + year, new Notice.Event("behind_pace",
                        "warn", summary, List.of(text("notify.behind_see", region, indicator, year))));
            }
        }
    }

    private static String places(double value, int places) {
        return new BigDecimal(Double.toString(value)).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    private Set<String> told() {
        Path file = settings.warehouseDir().resolve(CONDITIONS_FILE);
        try {
            return Files.isRegularFile(file) ? new TreeSet<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                    : new TreeSet<>();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Keeps the states now in force, replacing the file whole. */
    private void remember(Set<String> conditions) {
        Path file = settings.warehouseDir().resolve(CONDITIONS_FILE);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.createDirectories(file.getParent());
            Files.write(partial, new TreeSet<>(conditions), StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private String text(String key, Object... args) {
        return Messages.text(language, key, args);
    }
}
