package org.kaifang.batch;

import java.nio.file.Path;
import java.util.Locale;

import org.kaifang.config.Messages;
import org.kaifang.source.SourceException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Refuses a whole file when too many of its rows were rejected: past the share the operator
 * allows, the file is more likely wrong than a few of its rows, and none of it is published.
 */
public final class RejectShareGuard implements StepExecutionListener {

    private final String sourceName;
    private final double maxShare;
    private final Path rejectsDir;

    public RejectShareGuard(String sourceName, double maxShare, Path rejectsDir) {
        this.sourceName = sourceName;
        this.maxShare = maxShare;
        this.rejectsDir = rejectsDir;
    }

    /**
     * @throws SourceException when {@code rejected} of {@code read} rows is more than allowed. One
     *         bad row alone never refuses a file (unless the share allowed is 0): in a file of a few
     *         rows, as a speech's or a bulletin's figures are, one row is already more than 5%.
     */
    static void check(String sourceName, long read, long rejected, double maxShare, Path rejectsFolder) {
        double allowed = Math.max(maxShare * read, maxShare > 0 ? 1 : 0);
        if (read > 0 && rejected > allowed) {
            throw new SourceException(sourceName, 0, 0, Messages.text("rejects.too_many", rejected, read,
                    String.format(Locale.ROOT, "%.1f", 100.0 * rejected / read),
                    String.format(Locale.ROOT, "%.1f", 100 * maxShare), rejectsFolder));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus() != BatchStatus.COMPLETED) {
            return null;
        }
        try {
            check(sourceName, stepExecution.getReadCount(), stepExecution.getProcessSkipCount(), maxShare,
                    RejectsRecorder.runFolder(rejectsDir, stepExecution));
            return null;
        } catch (SourceException e) {
            stepExecution.setStatus(BatchStatus.FAILED);
            stepExecution.addFailureException(e);
            return ExitStatus.FAILED.addExitDescription(e.getMessage());
        }
    }
}
