package org.kaifang.batch;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.kaifang.catalog.Catalog;
import org.kaifang.config.Language;
import org.kaifang.report.BriefReport;
import org.kaifang.report.TrendTableReport;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes the leaders' trend tables from the new catalog. */
public final class ReportTasklet implements Tasklet {

    private final Path catalogFile;
    private final Path reportsDir;
    private final Language language;
    private final boolean briefPdf;

    public ReportTasklet(Path catalogFile, Path reportsDir, Language language, boolean briefPdf) {
        this.briefPdf = briefPdf;
        this.catalogFile = catalogFile;
        this.reportsDir = reportsDir;
        this.language = language;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        try (Connection connection = Catalog.openReadOnly(catalogFile)) {
            // the briefs first: LibreOffice draws their PDFs while the trend tables are written
            BriefReport.Night briefs = new BriefReport(connection, language, briefPdf).startAll(reportsDir);
            try {
                int trends = new TrendTableReport(connection, language).writeAll(reportsDir).size();
                contribution.incrementWriteCount(trends + briefs.finish().size());
            } finally {
                // after a failure, LibreOffice is stopped; after finish, this does nothing
                briefs.abandon();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the catalog: " + e.getMessage(), e);
        }
        return RepeatStatus.FINISHED;
    }
}
