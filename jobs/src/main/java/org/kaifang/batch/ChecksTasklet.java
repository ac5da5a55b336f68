package org.kaifang.batch;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.kaifang.catalog.Catalog;
import org.kaifang.catalog.CatalogException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Reads the data checks' findings from {@code data_quality}, whose rows the catalog step
 * stored when it ran the checks. Failing rows of severity error mark the step
 * {@value #CHECKS_FAILED} (the CLI exits 3); warnings are only logged. Either way the run goes
 * on to write its reports.
 */
public final class ChecksTasklet implements Tasklet {

    public static final String CHECKS_FAILED = "CHECKS_FAILED";
    static final String ERRORS = "checks.errors";
    static final String WARNINGS = "checks.warnings";
    private static final Logger log = LoggerFactory.getLogger(ChecksTasklet.class);

    private final Path catalogFile;

    public ChecksTasklet(Path catalogFile) {
        this.catalogFile = catalogFile;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long executionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
        long errors = 0;
        long warnings = 0;
        try (Connection connection = Catalog.openReadOnly(catalogFile);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select check_name, severity, message_en from data_quality order by severity, check_name")) {
            while (rows.next()) {
                contribution.incrementReadCount();
                boolean error = rows.getString(2).equals("error");
                errors += error ? 1 : 0;
                warnings += error ? 0 : 1;
                log.warn("execution {}: data check {} ({}): {}", executionId, rows.getString(1),
                        rows.getString(2), rows.getString(3));
            }
        } catch (SQLException e) {
            throw new CatalogException("cannot run the data checks: " + e.getMessage(), e);
        }
        contribution.getStepExecution().getExecutionContext().putLong(ERRORS, errors);
        contribution.getStepExecution().getExecutionContext().putLong(WARNINGS, warnings);
        if (errors > 0) {
            contribution.setExitStatus(new ExitStatus(CHECKS_FAILED, errors + " failing rows of severity error"));
        }
        return RepeatStatus.FINISHED;
    }
}
