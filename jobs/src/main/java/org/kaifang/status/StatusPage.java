package org.kaifang.status;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kaifang.config.HtmlText;
import org.kaifang.config.Language;
import org.kaifang.config.Messages;
import org.kaifang.config.WholeFile;
import org.kaifang.status.WarehouseStatus.SourceState;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;

/** A {@link WarehouseStatus} as the operator reads it: lines on a terminal, JSON for monitoring, a page. */
public final class StatusPage {

    /** The page beside the catalog, rewritten by every status and every nightly. */
    public static final String FILE_NAME = "status.html";

    private final WarehouseStatus status;
    private final Language language;

    public StatusPage(WarehouseStatus status, Language language) {
        this.status = status;
        this.language = language;
    }

    /** The JSON the README documents: snake_case fields, every field present (null where unknown). */
    public String json() {
        try {
            return LastRunFile.MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(status);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the status as JSON", e);
        }
    }

    /** One screen: a heading, then each part on its own lines. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(text("status.title", status.asOf()));
        lines.add(text("status.generated", beijing(status.generatedAt())));
        lines.add(text("status.last_run") + ": " + lastRun());
        if (status.lastRun() != null && status.lastRun().failedStep() != null) {
            lines.add("  " + text("status.run_failed_at", status.lastRun().failedStep(), status.lastRun().error()));
        }
        lines.add(text("status.sources") + ":");
        if (status.sources().isEmpty()) {
            lines.add("  " + text("status.no_sources"));
        }
        for (SourceState source : status.sources()) {
            lines.add("  " + name(source) + "  " + source.sourcePattern() + "  " + text("status." + source.frequency()));
            lines.add("    " + String.join(separator(), sourceParts(source)));
        }
        lines.add(text("status.checks") + ": " + checks());
        lines.add(text("status.lake") + ": " + lake());
        lines.add(text("status.catalog") + ": " + catalog());
        return lines;
    }

    /** The same as a page that reads on a phone and prints on A4. */
    public String html() {
        StringBuilder rows = new StringBuilder();
        for (SourceState source : status.sources()) {
            String css = !source.overdue() ? (source.tracked() ? "ok" : "idle") : source.severity();
            rows.append("<tr class=\"").append(css).append("\"><th>").append(HtmlText.escape(name(source)))
                    .append("<br><small>").append(HtmlText.escape(source.sourcePattern())).append("</small></th><td>")
                    .append(String.join("<br>", sourceParts(source).stream().map(HtmlText::escape).toList()))
                    .append("</td></tr>\n");
        }
        String run = HtmlText.escape(lastRun());
        if (status.lastRun() != null && status.lastRun().failedStep() != null) {
            run += "<br>" + HtmlText.escape(text("status.run_failed_at", status.lastRun().failedStep(), status.lastRun().error()));
        }
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 1rem; line-height: 1.5; }
                h1 { font-size: 1.3rem; }
                h2 { font-size: 1.05rem; margin-bottom: .3rem; }
                table { border-collapse: collapse; width: 100%%; }
                th, td { text-align: left; vertical-align: top; padding: .4rem; border-bottom: 1px solid #ddd; }
                th { white-space: nowrap; font-weight: 600; }
                small { color: #666; font-weight: normal; }
                tr.error { background: #fde2e2; }
                tr.warn { background: #fff4d6; }
                tr.idle td { color: #666; }
                @media print { body { margin: 0; } tr { break-inside: avoid; } }
                </style>
                </head>
                <body>
                <h1>%s</h1>
                <p><small>%s</small></p>
                <h2>%s</h2>
                <p>%s</p>
                <h2>%s</h2>
                %s
                <h2>%s</h2>
                <p>%s</p>
                <h2>%s</h2>
                <p>%s</p>
                <h2>%s</h2>
                <p>%s</p>
                </body>
                </html>
                """.formatted(language.code(), HtmlText.escape(text("status.title", status.asOf())),
                HtmlText.escape(text("status.title", status.asOf())), HtmlText.escape(text("status.generated", beijing(status.generatedAt()))),
                HtmlText.escape(text("status.last_run")), run,
                HtmlText.escape(text("status.sources")),
                status.sources().isEmpty() ? "<p>" + HtmlText.escape(text("status.no_sources")) + "</p>"
                        : "<table>\n" + rows + "</table>",
                HtmlText.escape(text("status.checks")), HtmlText.escape(checks()), HtmlText.escape(text("status.lake")), HtmlText.escape(lake()),
                HtmlText.escape(text("status.catalog")), HtmlText.escape(catalog()));
    }

    /**
     * Writes the page into the warehouse, replacing the last one whole: a reader never sees half
     * a page, and a status and a nightly writing at once each write a file of their own.
     */
    public Path write(Path warehouseDir) {
        Path page = warehouseDir.resolve(FILE_NAME);
        WholeFile.write(page, html());
        return page;
    }

    private String lastRun() {
        WarehouseStatus.LastRun run = status.lastRun();
        if (run == null) {
            return text("status.no_run");
        }
        return text("status.run", run.execution(), run.runDate(), text("status.result." + run.result()),
                run.exitCode(), beijing(run.start()),
                run.seconds() == null ? "-" : String.format(Locale.ROOT, "%.1f", run.seconds()));
    }

    private List<String> sourceParts(SourceState source) {
        List<String> parts = new ArrayList<>();
        if (!source.tracked()) {
            parts.add(text("status.untracked"));
        } else if (source.overdue()) {
            parts.add(text("status.overdue", source.overduePeriod(), source.overdueDueDate(), source.daysLate(),
                    text("status.severity." + source.severity()))
                    + (source.missingPeriods() > 1 ? text("status.missing", source.missingPeriods()) : ""));
        } else {
            parts.add(text("status.on_schedule"));
        }
        if (source.latestPeriod() != null) {
            parts.add(text("status.latest", source.latestPeriod()));
            parts.add(text("status.arrived", beijing(source.lastArrival())));
        }
        if (source.nextDuePeriod() != null) {
            parts.add(text("status.next_due", source.nextDuePeriod(), source.nextDueDate()));
        }
        if (source.tracked()) {
            parts.add(text("status.on_time", source.onTimePeriods(), source.duePeriods()));
        }
        return parts;
    }

    private String checks() {
        return text("status.checks_counts", status.checks().get("error"), status.checks().get("warn"));
    }

    private String lake() {
        return text("status.lake_size", status.lake().files(), bytes(status.lake().bytes()));
    }

    private String catalog() {
        return status.catalog() == null ? text("status.no_catalog")
                : text("status.catalog_built", beijing(status.catalog().builtAt()),
                String.format(Locale.ROOT, "%.1f", status.catalog().ageHours()));
    }

    /** A UTC instant as the bureau's clocks read it: Beijing time (UTC+8), to the minute. */
    static String beijing(String utcInstant) {
        if (utcInstant == null) {
            return "-";
        }
        try {
            return BEIJING.format(Instant.parse(utcInstant));
        } catch (DateTimeParseException e) {
            return utcInstant;
        }
    }

    private static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.ofHours(8));

    private String name(SourceState source) {
        return language == Language.ZH ? source.nameZh() : source.nameEn();
    }

    private String separator() {
        return language == Language.ZH ? "；" : "; ";
    }

    private static String bytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.2f GiB", bytes / (1024.0 * 1024 * 1024));
    }

    private String text(String key, Object... args) {
        return Messages.text(language, key, args);
    }

}
