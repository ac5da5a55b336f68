package org.kaifang.batch;

import java.util.List;
import java.util.function.Supplier;

import org.kaifang.lake.LakeLayout;
import org.kaifang.table.LakeTable;
import org.kaifang.lake.ParquetTableWriter;
import org.kaifang.reference.ReferenceData;
import org.kaifang.source.ReferenceTables;
import org.kaifang.table.ValidRow;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Validates the reference tables (the first bad row fails the run, naming file, line and
 * column) and writes them, stamped, to the run's staging folder.
 */
public final class ReferenceTasklet implements Tasklet {

    private final Supplier<ReferenceData> reference;
    private final LakeLayout layout;

    public ReferenceTasklet(Supplier<ReferenceData> reference, LakeLayout layout) {
        this.reference = reference;
        this.layout = layout;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        ReferenceData data = reference.get();
        for (ReferenceTables.ReferenceTable file : ReferenceTables.FILES) {
            LakeTable table = file.table();
            List<ValidRow> rows = data.lakeRows().get(table);
            long vintage = Vintage.micros(Vintage.of(step, file.sourceFile()));
            try (ParquetTableWriter writer = new ParquetTableWriter(table,
                    layout.stagingFile(step.getJobExecution().getJobInstanceId(), table, file.sourceFile()))) {
                for (ValidRow row : rows) {
                    writer.write(row, vintage);
                }
            }
            contribution.incrementReadCount();
            contribution.incrementWriteCount(rows.size());
        }
        return RepeatStatus.FINISHED;
    }
}
