package org.kaifang.batch;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.kaifang.lake.LakeLayout;
import org.kaifang.lake.ParquetTableWriter;
import org.kaifang.source.SourceRow;
import org.kaifang.table.LakeTable;
import org.kaifang.table.ValidRow;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes validated rows, stamped with source file, line and vintage, to the load's staging
 * Parquet file. The file becomes part of the lake only when the publish step moves it.
 */
public final class ParquetItemWriter implements ItemStreamWriter<ValidRow>, StepExecutionListener,
        ChunkListener<SourceRow, ValidRow> {

    private final LakeTable table;
    private final String sourceName;
    private final LakeLayout layout;
    private long vintageMicros;
    private Path stagingFile;
    private ParquetTableWriter writer;
    private final BooleanSupplier inputEnded;

    /** @param inputEnded whether the step's reader has run out: the chunk just committed was the last */
    public ParquetItemWriter(LakeTable table, String sourceName, LakeLayout layout, BooleanSupplier inputEnded) {
        this.table = table;
        this.sourceName = sourceName;
        this.layout = layout;
        this.inputEnded = inputEnded;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        vintageMicros = Vintage.micros(Vintage.of(stepExecution, sourceName));
        stagingFile = layout.stagingFile(stepExecution.getJobExecution().getJobInstanceId(), table, sourceName);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        writer = new ParquetTableWriter(table, stagingFile);
    }

    @Override
    public void write(Chunk<? extends ValidRow> chunk) {
        for (ValidRow row : chunk) {
            writer.write(row, vintageMicros);
        }
        finishAtTheEnd();
        PausePoints.reach("written " + NightlyJobFactory.loadStepName(sourceName));
    }

    /**
     * Finishes the file with the last chunk: before Spring Batch records the step COMPLETED,
     * which it does before closing the step's streams. A kill before this point leaves the step
     * unfinished, so the next run loads the file again, whole. The reader has run out by the
     * time the last chunk is written; a last chunk without rows is seen after it.
     */
    private void finishAtTheEnd() {
        if (inputEnded.getAsBoolean()) {
            close();
        }
    }

    @Override
    public void afterChunk(Chunk<ValidRow> chunk) {
        finishAtTheEnd();
    }

    @Override
    public void afterChunk(ChunkContext context) {
        finishAtTheEnd();
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
