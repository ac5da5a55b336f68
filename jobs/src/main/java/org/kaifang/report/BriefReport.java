package org.kaifang.report;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kaifang.config.Language;

/**
 * The leaders' written brief (文字简报) of a region and year, beside its trend tables:
 * {@code reports/<region>/<year>/brief.md}, {@code brief.html}, {@code brief.docx},
 * {@code brief.pdf} (where LibreOffice is installed) and {@code brief.trace.json}.
 */
public final class BriefReport {

    private final Connection catalog;
    private final Language language;
    private final boolean pdf;

    /** @param pdf whether to render each brief to PDF as well (LibreOffice; setting {@code report.pdf}) */
    public BriefReport(Connection catalog, Language language, boolean pdf) {
        this.catalog = catalog;
        this.language = language;
        this.pdf = pdf;
    }

    /** Writes the brief of every region and year with figures; returns the Markdown files written. */
    public List<Path> writeAll(Path reportsDir) {
        List<Path> written = new ArrayList<>();
        for (Object[] regionYear : CatalogRows.query(catalog, "select distinct region_code, year from rpt_trend_table"
                + " where value is not null or yoy_pct is not null order by 1, 2", List.of(),
                rs -> new Object[] {rs.getString(1), rs.getInt(2)})) {
            compose(reportsDir, (String) regionYear[0], (Integer) regionYear[1]).ifPresent(written::add);
        }
        if (pdf) {
            BriefPdf.convert(written.stream().map(md -> md.resolveSibling("brief.docx")).toList());
        }
        return written;
    }

    /** The brief of one region and year, or nothing when the catalog has no figure for them. */
    public Optional<Path> write(Path reportsDir, String regionCode, int year) {
        Optional<Path> written = compose(reportsDir, regionCode, year);
        if (pdf) {
            written.ifPresent(md -> BriefPdf.convert(List.of(md.resolveSibling("brief.docx"))));
        }
        return written;
    }

    private Optional<Path> compose(Path reportsDir, String regionCode, int year) {
        return new BriefComposer(catalog, language).compose(regionCode, year).map(brief ->
                new BriefDocuments(language).write(brief, reportsDir.resolve(regionCode).resolve(String.valueOf(year))));
    }
}
