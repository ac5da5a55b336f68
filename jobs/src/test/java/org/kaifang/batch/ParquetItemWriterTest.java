package org.kaifang.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.lake.LakeLayout;
import org.kaifang.table.LakeRow;
import org.kaifang.table.LakeTable;
import org.kaifang.table.ValidRow;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.MetaDataInstanceFactory;

/** The load step's writer: rows stamped with file, line and vintage, readable by DuckDB. */
class ParquetItemWriterTest {

    @TempDir
    Path lake;

    @Test
    void writesStampedRowsToTheStagingFileOfItsJobInstanceAndFinishesItWithTheLastChunk() throws Exception {
        JobExecution job = MetaDataInstanceFactory.createJobExecution("nightly", 7L, 11L);
        job.getExecutionContext().putString(Vintage.KEY, "2026-11-26T02:00:00Z");
        StepExecution step = MetaDataInstanceFactory.createStepExecution(job, "load x", 13L);

        LakeLayout layout = new LakeLayout(lake);
        AtomicBoolean inputEnded = new AtomicBoolean();
        ParquetItemWriter writer = new ParquetItemWriter(LakeTable.FX_RATE, "reference/fx_rate.csv", layout,
                inputEnded::get);
        writer.beforeStep(step);
        writer.open(new ExecutionContext());
        writer.write(Chunk.of(new ValidRow("reference/fx_rate.csv", 2, rate(2010, 6.7695))));
        writer.afterChunk((ChunkContext) null);
        writer.write(Chunk.of(new ValidRow("reference/fx_rate.csv", 3, rate(2011, 6.4588))));
        // the last chunk committed: the file is finished here, before the step is recorded
        // COMPLETED and long before Spring Batch closes the step's streams
        inputEnded.set(true);
        writer.afterChunk((ChunkContext) null);

        Path file = layout.stagingFile(7L, LakeTable.FX_RATE, "reference/fx_rate.csv");
        List<String> rows = new ArrayList<>();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement();
             ResultSet rs = statement.executeQuery("select year, cny_per_usd, source_file, source_line, vintage from '"
                     + file + "' order by year")) {
            while (rs.next()) {
                rows.add(rs.getInt(1) + " " + rs.getDouble(2) + " " + rs.getString(3) + ":" + rs.getLong(4) + " "
                        + rs.getTimestamp(5).toLocalDateTime());
            }
        }
        assertEquals(List.of(
                "2010 6.7695 reference/fx_rate.csv:2 2026-11-26T02:00",
                "2011 6.4588 reference/fx_rate.csv:3 2026-11-26T02:00"), rows);
        assertEquals(Instant.parse("2026-11-26T02:00:00Z"), Vintage.of(step));
    }

    private static LakeRow rate(int year, double cnyPerUsd) {
        return new LakeRow(LakeTable.FX_RATE).set("year", year).set("cny_per_usd", cnyPerUsd).set("source", null)
                .set("note", null);
    }
}
