package org.kaifang.batch;

import java.nio.file.Path;

import org.kaifang.lake.LakeLayout;
import org.kaifang.lake.LakeTable;
import org.kaifang.lake.ParquetTableWriter;
import org.kaifang.source.ValidRow;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes validated rows, stamped with source file, line and vintage, to the load's staging
 * Parquet file. The file becomes part of the lake only when the publish step moves it.
 */
public final class ParquetItemWriter implements ItemStreamWriter<ValidRow>, StepExecutionListener {

    private final LakeTable table;
    private final String sourceName;
    private final LakeLayout layout;
    private long vintageMicros;
    private Path stagingFile;
    private ParquetTableWriter writer;

    public ParquetItemWriter(LakeTable table, String sourceName, LakeLayout layout) {
        this.table = table;
        this.sourceName = sourceName;
        this.layout = layout;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        vintageMicros = Vintage.micros(Vintage.of(stepExecution));
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
        PausePoints.reach("written " + NightlyJobFactory.loadStepName(sourceName));
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
