package org.kaifang.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kaifang.lake.LakeLayout;
import org.kaifang.source.Rejection;
import org.kaifang.source.RowRejectedException;
import org.kaifang.source.SourceRow;
import org.kaifang.table.ValidRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Writes every skipped row to {@code rejects/<run>/<source>.csv} with its file, line,
 * column, value and the reason, so nothing is dropped silently.
 */
public final class RejectsRecorder implements SkipListener<SourceRow, ValidRow>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RejectsRecorder.class);
    static final String[] HEADER = {"file", "line", "column", "column_name", "value", "reason"};

    private final Path rejectsDir;
    private final String sourceName;
    private Path file;
    private CSVPrinter printer;
    private long executionId;

    public RejectsRecorder(Path rejectsDir, String sourceName) {
        this.rejectsDir = rejectsDir;
        this.sourceName = sourceName;
    }

    /** The folder of one run's rejects. */
    public static Path runFolder(Path rejectsDir, StepExecution stepExecution) {
        String runDate = String.valueOf(stepExecution.getJobExecution().getJobParameters().getLocalDate("run.date"));
        return rejectsDir.resolve(runDate + "_e" + stepExecution.getJobExecutionId());
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        executionId = stepExecution.getJobExecutionId();
        file = runFolder(rejectsDir, stepExecution).resolve(LakeLayout.safe(sourceName));
    }

    @Override
    public void onSkipInProcess(SourceRow item, Throwable t) {
        if (!(t instanceof RowRejectedException rejected)) {
            return;
        }
        Rejection r = rejected.rejection();
        log.warn("execution {}: rejected {}", executionId, r);
        try {
            if (printer == null) {
                Files.createDirectories(file.getParent());
                Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator('\n').get().print(writer);
            }
            printer.printRecord(r.file(), r.line(), r.column(), r.columnName(), r.value(), r.reason());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rejects to " + file, e);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (printer != null) {
            try {
                printer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                printer = null;
            }
        }
        return null;
    }
}
