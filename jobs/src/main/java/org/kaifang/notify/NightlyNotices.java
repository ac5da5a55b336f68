package org.kaifang.notify;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kaifang.catalog.Catalog;
import org.kaifang.config.Language;
import org.kaifang.config.Messages;
import org.kaifang.config.Settings;
import org.kaifang.report.CatalogRows;
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

    private final Settings settings;
    private final Language language;
    private final Notifier notifier;

    public NightlyNotices(Settings settings) {
        this.settings = settings;
        this.language = settings.language();
        this.notifier = new Notifier(settings.notifications());
    }

    /**
     * After a nightly that ran: tells of a failure, and of states that began. Never throws:
     * telling must not change the run's result.
     *
     * @param lastRun the execution just ended (its failed step and error); null if none ran
     * @param lines   what the run printed: the reason when it was refused before any step
     * @param rerun   the command that runs this night again
     */
    public void afterRun(LocalDate runDate, int exitCode, LastRun lastRun, List<String> lines, String rerun) {
        if (!settings.notifications().any()) {
            return;
        }
        try {
            List<Notice.Event> events = new ArrayList<>();
            if (exitCode == 1) {
                events.add(failed(runDate, lastRun, lines, rerun));
            }
            ToldStates told = ToldStates.read(settings.warehouseDir());
            boolean judged = (exitCode == 0 || exitCode == 3) && Files.isRegularFile(settings.catalogFile());
            Map<String, Notice.Event> inForce = new LinkedHashMap<>();
            if (judged) {
                try (Connection catalog = Catalog.openReadOnly(settings.catalogFile())) {
                    if (exitCode == 3) {
                        events.add(checksFailed(catalog, rerun));
                    }
                    if (told.isCurrent(runDate)) {
                        overdueSources(catalog, inForce);
                        behindPace(catalog, inForce);
                    }
                }
            }
            inForce.forEach((state, event) -> {
                if (!told.told(state)) {
                    events.add(event);
                }
            });
            boolean delivered = events.isEmpty() || send(runDate, exitCode, events);
            if (delivered && judged && told.isCurrent(runDate)) {
                told.replace(runDate, inForce.keySet());
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("notifications skipped: {}", settings.notifications().redact(String.valueOf(e.getMessage())));
        }
    }

    /** After a nightly that could not run at all (its job repository unreachable): told at once. */
    public void afterError(LocalDate runDate, String error, String rerun) {
        if (!settings.notifications().any()) {
            return;
        }
        try {
            send(runDate, 1, List.of(new Notice.Event("run_failed", "error", text("notify.error_only", error),
                    List.of(text("notify.fix_rerun", rerun),
                            text("notify.log", settings.logFile())))));
        } catch (RuntimeException e) {
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
            details.add(text("notify.error", withoutFigures(lastRun.error())));
        } else {
            // refused before any step ran (a damaged lake): the run's own lines say why
            lines.stream().limit(3).forEach(details::add);
        }
        details.add(text("notify.fix_rerun", rerun));
        details.add(text("notify.log", settings.logFile()));
        return new Notice.Event("run_failed", "error", text("notify.failed", runDate), details);
    }

    private Notice.Event checksFailed(Connection catalog, String rerun) throws SQLException {
        long errors = 0;
        String first = null;
        String firstCheck = null;
        try (Statement statement = catalog.createStatement();
             ResultSet rs = statement.executeQuery("select check_name, message, message_en, count(*) over () as errors"
                     + " from data_quality where severity = 'error' order by check_name limit 1")) {
            if (rs.next()) {
                firstCheck = rs.getString("check_name");
                first = rs.getString(language == Language.ZH ? "message" : "message_en");
                errors = rs.getLong("errors");
            }
        }
        List<String> details = new ArrayList<>();
        if (firstCheck != null) {
            details.add(settings.notifications().figures() ? text("notify.first_error", firstCheck, first)
                    : text("notify.first_error_check", firstCheck));
        }
        details.add(text("notify.see_errors"));
        // a late source is not fixed in the data: it comes, and the next run finds it
        details.add("chk_source_overdue".equals(firstCheck) ? text("notify.overdue_fix", settings.sourcesDir())
                : text("notify.fix_data", rerun));
        return new Notice.Event("checks_failed", "error", text("notify.checks", errors), details);
    }

    /** The overdue sources as the catalog's build judged them on the run date: data_quality's stored rows. */
    private void overdueSources(Connection catalog, Map<String, Notice.Event> inForce) throws SQLException {
        try (Statement statement = catalog.createStatement();
             ResultSet rs = statement.executeQuery("select source_pattern, period, severity, message, message_en"
                     + " from data_quality where check_name = 'chk_source_overdue' order by source_pattern")) {
            while (rs.next()) {
                String pattern = rs.getString("source_pattern");
                String severity = rs.getString("severity");
                String folder = pattern.substring(0, pattern.lastIndexOf('/') + 1);
                String message = rs.getString(language == Language.ZH ? "message" : "message_en");
                inForce.put("source_overdue|" + pattern + "|" + rs.getString("period") + "|" + severity,
                        new Notice.Event("source_overdue", severity, text("notify.overdue", message),
                                List.of(text("notify.overdue_fix", settings.dataDir().resolve(folder)))));
            }
        }
    }

    /** Each region and indicator behind 序时进度 at its latest month (rpt_behind_pace). */
    private void behindPace(Connection catalog, Map<String, Notice.Event> inForce) throws SQLException {
        boolean zh = language == Language.ZH;
        try (Statement statement = catalog.createStatement();
             ResultSet rs = statement.executeQuery("select * from rpt_behind_pace order by region_code, indicator_code")) {
            while (rs.next()) {
                String region = rs.getString("region_code");
                String indicator = rs.getString("indicator_code");
                int year = rs.getInt("year");
                String regionName = rs.getString(zh ? "region_name_zh" : "region_name_en");
                String indicatorName = rs.getString(zh ? "indicator_name_zh" : "indicator_name_en");
                String period = rs.getString(zh ? "period_zh" : "period_en");
                BehindPace behind = new BehindPace(regionName, indicatorName, period, rs.getString("progress_basis"),
                        "at_most".equals(rs.getString("direction")), CatalogRows.number(rs, "target_share_pct"),
                        CatalogRows.number(rs, "elapsed_pct"), CatalogRows.number(rs, "ytd_yoy_pct"),
                        CatalogRows.number(rs, "target_value"), rs.getDouble("progress_gap_pp"));
                String summary = behind.summary(language, settings.notifications().figures());
                inForce.put("behind_pace|" + region + "|" + indicator + "|" + year, new Notice.Event("behind_pace",
                        "warn", summary, List.of(text("notify.behind_see", region, indicator, year))));
            }
        }
    }

    /**
     * An error as told without figures: its file:line:column, which says where to look, and not
     * the rest, which may quote the cell's value.
     */
    private String withoutFigures(String error) {
        if (settings.notifications().figures() || error == null) {
            return error;
        }
        Matcher place = ERROR_PLACE.matcher(error);
        return place.find() ? place.group(1) + ": " + text("notify.see_log") : text("notify.see_log");
    }

    private static final Pattern ERROR_PLACE = Pattern.compile("^(\\S+:\\d+(?::\\d+)?):");

    private String text(String key, Object... args) {
        return Messages.text(language, key, args);
    }
}
