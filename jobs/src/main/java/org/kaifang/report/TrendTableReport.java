package org.kaifang.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.kaifang.catalog.CatalogException;
import org.kaifang.config.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The leaders' trend table in Markdown, one file per region and year:
 * {@code reports/<region>/<year>/trend.md}. Every figure comes from {@code rpt_trend_table};
 * this class only lays it out.
 */
public final class TrendTableReport {

    private static final Logger LOG = LoggerFactory.getLogger(TrendTableReport.class);

    static final int YEARS_SHOWN = 5;

    /** The report's name in its folder, and its files. */
    private static final String REPORT = "trend";
    /** The page a report is read in, the one the front page links to. */
    static final String PAGE = "trend.html";
    private static final List<String> FILES = List.of("trend.md", PAGE, "trend.xlsx");

    /** The column a row's vintage is read from, as footnotes print it. */
    static final String VINTAGE_TEXT = "vintage_text";

    private final Connection catalog;
    private final Language language;
    private final List<TrendColumn> columns;

    public TrendTableReport(Connection catalog, Language language) {
        this(catalog, language, TrendColumn.LEADERS);
    }

    TrendTableReport(Connection catalog, Language language, List<TrendColumn> columns) {
        this.catalog = catalog;
        this.language = language;
        this.columns = columns;
    }

    /**
     * Writes a table for every region and year the catalog has figures or targets for, where
     * the table differs from the one its files were written from; returns the files written.
     * The trend view is read once: computing it is the cost, laying it out is cheap.
     */
    public List<Path> writeAll(Path reportsDir) {
        Map<String, List<TrendRow>> byRegion = new LinkedHashMap<>();
        for (TrendRow row : rows("1 = 1", List.of())) {
            byRegion.computeIfAbsent(row.regionCode(), k -> new ArrayList<>()).add(row);
        }
        record Table(String regionCode, int year, List<TrendRow> regionRows) {
        }
        List<Table> tables = new ArrayList<>();
        for (var region : byRegion.entrySet()) {
            Set<Integer> years = new TreeSet<>();
            region.getValue().forEach(r -> years.add(r.year()));
            years.forEach(year -> tables.add(new Table(region.getKey(), year, region.getValue())));
        }
        List<Path> written = CatalogWorkers.map(catalog, tables, (connection, t) -> new TrendTableReport(connection,
                language, columns).write(reportsDir, t.regionCode(), t.year(), t.regionRows(), false))
                .stream().flatMap(Optional::stream).toList();
        Set<Path> current = tables.stream()
                .map(t -> WrittenReports.folder(reportsDir, t.regionCode(), t.year())).collect(Collectors.toSet());
        WrittenReports.withdraw(reportsDir, REPORT, FILES, current)
                .forEach(folder -> LOG.info("trend table withdrawn: {} has no figures or targets now", folder));
        writeIndex(reportsDir);
        return written;
    }

    /** The front page leading to every report, from the catalog each time (left alone when unchanged). */
    public Path writeIndex(Path reportsDir) {
        return new ReportIndexPage(language).write(catalog, reportsDir);
    }

    public Path write(Path reportsDir, String regionCode, int year) {
        return write(reportsDir, regionCode, year, rows("region_code = ?", List.of(regionCode)), true).orElseThrow();
    }

    /**
     * Writes the table's three files, unless {@code always} is false and they were written from
     * the same table by this build ({@link WrittenReports}); returns the Markdown file if written.
     */
    private Optional<Path> write(Path reportsDir, String regionCode, int year, List<TrendRow> regionRows, boolean always) {
        Path folder = WrittenReports.folder(reportsDir, regionCode, year);
        Path file = folder.resolve("trend.md");
        TrendTable table = table(regionCode, year, regionRows);
        List<String> content = new ArrayList<>(List.of(regionCode));
        content.addAll(table.content());
        String fingerprint = WrittenReports.fingerprint(content);
        if (!WrittenReports.toWrite(folder, REPORT, fingerprint, FILES, always)) {
            return Optional.empty();
        }
        try {
            Files.writeString(file, markdown(table), StandardCharsets.UTF_8);
            Files.writeString(file.resolveSibling(PAGE), new TrendPage(language).render(table,
                    ReportIndexPage.linkFrom(reportsDir, folder)), StandardCharsets.UTF_8);
            new TrendWorkbook(language).write(file.resolveSibling("trend.xlsx"), regionCode, table);
            WrittenReports.written(folder, REPORT, fingerprint, FILES);
            return Optional.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private TrendTable table(String regionCode, int year, List<TrendRow> regionRows) {
        List<TrendRow> rows = regionRows.stream()
                .filter(r -> r.year() > year - YEARS_SHOWN && r.year() <= year)
                .toList();
        if (rows.isEmpty()) {
            throw new CatalogException("rpt_trend_table has no figures for region " + regionCode
                    + " in " + (year - YEARS_SHOWN + 1) + "-" + year);
        }
        return TrendTable.of(rows, year, YEARS_SHOWN, language, new ReportSections(catalog, language).of(regionCode, year),
                columns);
    }

    private String markdown(TrendTable table) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(table.title()).append("\n\n");
        List<String> header = table.header(TrendColumn.Shown.PAGES);
        md.append(line(header));
        md.append(line(header.stream().map(h -> "---").toList()));
        for (List<ReportCell> row : table.cells(table.lines(), TrendColumn.Shown.PAGES)) {
            md.append(line(row.stream().map(ReportCell::text).toList()));
        }
        footnotes(md, table.footnotes());
        for (ReportSection section : table.sections()) {
            md.append("\n## ").append(section.title()).append("\n\n");
            md.append(line(section.header()));
            md.append(line(section.header().stream().map(h -> "---").toList()));
            for (List<ReportCell> row : section.rows()) {
                md.append(line(row.stream().map(ReportCell::text).toList()));
            }
            footnotes(md, section.footnotes());
        }
        return md.toString();
    }

    private static void footnotes(StringBuilder md, List<String> footnotes) {
        if (!footnotes.isEmpty()) {
            md.append('\n');
            footnotes.forEach(f -> md.append("- ").append(f).append('\n'));
        }
    }

    private static String line(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()) + " |\n";
    }

    /** Rows of rpt_trend_table matching a condition, every column, in the order reports list them. */
    private List<TrendRow> rows(String condition, List<Object> parameters) {
        String sql = "select *, " + Citations.vintageText("vintage") + " as " + VINTAGE_TEXT
                + " from rpt_trend_table where " + condition + " order by region_code, display_order, year";
        return CatalogRows.query(catalog, sql, parameters, TrendRow.reader(language));
    }
}
