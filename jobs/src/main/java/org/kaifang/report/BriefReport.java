package org.kaifang.report;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.kaifang.config.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The leaders' written brief (文字简报) of a region and year, beside its trend tables:
 * {@code reports/<region>/<year>/brief.md}, {@code brief.html}, {@code brief.docx},
 * {@code brief.pdf} (where LibreOffice is installed) and {@code brief.trace.json}; the brief of
 * months 1-N in {@code <year>/m<NN>/}, so it never replaces the year's.
 */
public final class BriefReport {

    private static final Logger LOG = LoggerFactory.getLogger(BriefReport.class);

    private final Connection catalog;
    private final Language language;
    private final boolean pdf;
    /**
     * Whether a PDF is made: asked for, and LibreOffice is here. A night without it marks its
     * briefs as made without one, and the first night with it makes them all.
     */
    private final boolean pdfMade;

    /** @param pdf whether to render each brief to PDF as well (LibreOffice; setting {@code report.pdf}) */
    public BriefReport(Connection catalog, Language language, boolean pdf) {
        this.catalog = catalog;
        this.language = language;
        this.pdf = pdf;
        this.pdfMade = pdf && BriefPdf.soffice() != null;
    }

    /** The same night's briefs on another connection: LibreOffice is looked for once a night. */
    private BriefReport(BriefReport night, Connection connection) {
        this.catalog = connection;
        this.language = night.language;
        this.pdf = night.pdf;
        this.pdfMade = night.pdfMade;
    }

    /**
     * Writes the brief of every region and year with figures, and for a year still without its
     * yearly figures the brief of its latest months (1-N月), where the brief differs from the one
     * its files were written from; returns the Markdown files written.
     */
    public List<Path> writeAll(Path reportsDir) {
        return startAll(reportsDir).finish();
    }

    /**
     * Writes the night's briefs as {@link #writeAll} does and starts LibreOffice on their Word
     * documents without waiting for it: the caller writes the other reports meanwhile, then
     * calls {@link Night#finish}. A brief is marked written only once its PDF is in.
     */
    public Night startAll(Path reportsDir) {
        CheckFindings findings = CheckFindings.read(catalog);
        record Period(String regionCode, int year, Integer months) {
        }
        List<Period> periods = CatalogRows.query(catalog, "with years as (select distinct region_code, year"
                + " from rpt_trend_table where value is not null or yoy_pct is not null),"
                + " months as (select region_code, year, max(month) as month from fct_ytd_progress group by all)"
                + " select region_code, year, case when years.year is null then months.month end"
                + " from years full join months using (region_code, year) order by 1, 2", List.of(),
                rs -> new Period(rs.getString(1), rs.getInt(2), rs.getObject(3) == null ? null : rs.getInt(3)));
        List<BriefDocuments.Written> written = CatalogWorkers.map(catalog, periods, (connection, p) -> {
            BriefReport briefs = new BriefReport(this, connection);
            return p.months() == null ? briefs.compose(reportsDir, p.regionCode(), p.year(), findings, false)
                    : briefs.composeMonths(reportsDir, p.regionCode(), p.year(), p.months(), false);
        }).stream().flatMap(Optional::stream).toList();
        Set<Path> current = periods.stream().filter(p -> p.months() == null)
                .map(p -> WrittenReports.folder(reportsDir, p.regionCode(), p.year())).collect(Collectors.toSet());
        WrittenReports.withdraw(reportsDir, BriefDocuments.REPORT, BriefDocuments.ALL_FILES, current)
                .forEach(folder -> LOG.info("brief withdrawn: {} has no yearly figures now", folder));
        return startPdfs(written);
    }

    /** A night's briefs written, their PDFs being drawn. */
    public static final class Night {

        private final List<BriefDocuments.Written> written;
        private final BriefPdf.Conversion pdfs;

        private Night(List<BriefDocuments.Written> written, BriefPdf.Conversion pdfs) {
            this.written = written;
            this.pdfs = pdfs;
        }

        /** Waits for the PDFs, then marks each brief written; returns the Markdown files written. */
        public List<Path> finish() {
            pdfs.await();
            written.forEach(BriefDocuments.Written::mark);
            return written.stream().map(BriefDocuments.Written::markdown).toList();
        }

        /**
         * Stops drawing PDFs after a failure elsewhere: the briefs stay unmarked, so the next run
         * writes them again. After {@link #finish} it does nothing.
         */
        public void abandon() {
            pdfs.abandon();
        }
    }

    /** LibreOffice started on these briefs' Word documents, when PDFs are wanted. */
    private Night startPdfs(List<BriefDocuments.Written> written) {
        return new Night(written, pdf ? BriefPdf.start(written.stream()
                .map(w -> w.markdown().resolveSibling("brief.docx")).toList()) : BriefPdf.Conversion.NONE);
    }

    /** The brief of one region and year, or nothing when the catalog has no figure for them. */
    public Optional<Path> write(Path reportsDir, String regionCode, int year) {
        return finish(compose(reportsDir, regionCode, year, CheckFindings.read(catalog), true).stream().toList())
                .stream().findFirst();
    }

    /** The brief of months 1-N of a year, in a folder of its own beside the year's: {@code <year>/m06/}. */
    public Optional<Path> writeMonths(Path reportsDir, String regionCode, int year, int month) {
        return finish(composeMonths(reportsDir, regionCode, year, month, true).stream().toList()).stream().findFirst();
    }

    /**
     * One LibreOffice run for the Word documents of these briefs, when PDFs are wanted; then each
     * brief is marked written, its PDF included.
     */
    private List<Path> finish(List<BriefDocuments.Written> written) {
        return startPdfs(written).finish();
    }

    private Optional<BriefDocuments.Written> composeMonths(Path reportsDir, String regionCode, int year, int month,
                                                           boolean always) {
        return new MonthBriefComposer(catalog, language).compose(regionCode, year, month).flatMap(brief ->
                new BriefDocuments(language).write(brief, WrittenReports.folder(reportsDir, regionCode, year)
                        .resolve(String.format("m%02d", month)), always, pdfMade));
    }

    private Optional<BriefDocuments.Written> compose(Path reportsDir, String regionCode, int year, CheckFindings findings,
                                                     boolean always) {
        return new BriefComposer(catalog, language, findings).compose(regionCode, year).flatMap(brief ->
                new BriefDocuments(language).write(brief, WrittenReports.folder(reportsDir, regionCode, year),
                        always, pdfMade));
    }
}
