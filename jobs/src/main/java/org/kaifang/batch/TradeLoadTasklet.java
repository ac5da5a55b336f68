package org.kaifang.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

import org.kaifang.lake.LakeLayout;
import org.kaifang.table.LakeTable;
import org.kaifang.table.SqlText;
import org.kaifang.lake.TradeFlowEngine;
import org.kaifang.reference.ReferenceData;
import org.kaifang.source.SourceFile;
import org.kaifang.source.TradeFlowRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Loads one customs detail file in bulk with the configured engine (DuckDB on one machine,
 * Spark on a cluster), then stages the rows that loaded for publishing and writes the rest to
 * the run's rejects. A restart loads the file again from the top.
 */
public final class TradeLoadTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(TradeLoadTasklet.class);

    private final SourceFile source;
    private final int lastYear;
    private final Supplier<ReferenceData> reference;
    private final Supplier<TradeFlowEngine> engine;
    private final LakeLayout layout;
    private final Path rejectsDir;
    private final double maxRejectShare;

    public TradeLoadTasklet(SourceFile source, int lastYear, Supplier<ReferenceData> reference,
                            Supplier<TradeFlowEngine> engine, LakeLayout layout, Path rejectsDir, double maxRejectShare) {
        this.source = source;
        this.lastYear = lastYear;
        this.reference = reference;
        this.engine = engine;
        this.layout = layout;
        this.rejectsDir = rejectsDir;
        this.maxRejectShare = maxRejectShare;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        long instanceId = step.getJobExecution().getJobInstanceId();
        Path staged = layout.stagingFile(instanceId, LakeTable.TRADE_FLOW, source.name());
        Path work = staged.resolveSibling(staged.getFileName() + ".work");
        PublishTasklet.deleteTree(work);
        PublishTasklet.deleteTree(staged);
        try {
            Files.createDirectories(work.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        ReferenceData data = reference.get();
        Set<String> regions = new HashSet<>(data.regions().keySet());
        regions.addAll(data.countries().keySet());
        TradeFlowRules rules = new TradeFlowRules(lastYear, regions, data.countries().keySet(),
                data.tradeCodes("trade_mode"), data.tradeCodes("enterprise_type"),
                TradeFlowRules.fieldsOf(source.name(), firstLine(source.path())));
        TradeFlowEngine chosen = engine.get();
        long starting = System.nanoTime();
        chosen.start();
        long started = System.nanoTime();
        if (started - starting > 100_000_000L) {
            log.info("execution {}: {} engine started in {} s", step.getJobExecutionId(), chosen.name(),
                    String.format("%.1f", (started - starting) / 1e9));
        }
        chosen.load(source.path(), source.name(), Vintage.micros(Vintage.of(step, source.name())), rules, work);

        Path loaded = work.resolve("load_status=ok");
        Path rejected = work.resolve("load_status=rejected");
        long loadedRows = rowsIn(loaded);
        long rejectedRows = rowsIn(rejected);
        Path rejectsFolder = RejectsRecorder.runFolder(rejectsDir, step);
        if (rejectedRows > 0) {
            writeRejects(rejected, rules, rejectsFolder.resolve(LakeLayout.safe(source.name())));
        }
        RejectShareGuard.check(source.name(), loadedRows + rejectedRows, rejectedRows, maxRejectShare, rejectsFolder);
        try {
            Files.createDirectories(staged.getParent());
            if (Files.isDirectory(loaded)) {
                Files.move(loaded, staged, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.createDirectories(staged);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage " + source.name(), e);
        }
        PublishTasklet.deleteTree(work);

        step.setReadCount(loadedRows + rejectedRows);
        contribution.incrementWriteCount(loadedRows);
        contribution.incrementProcessSkipCount(rejectedRows);
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("execution {}: {} loaded with {}: {} rows, {} rejected, {} s ({} rows/s)",
                step.getJobExecutionId(), source.name(), chosen.name(), loadedRows, rejectedRows,
                String.format("%.1f", seconds), String.format("%.0f", (loadedRows + rejectedRows) / seconds));
        return RepeatStatus.FINISHED;
    }

    /** The file's header: its first line, empty for an empty file. */
    private static String firstLine(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Rows of the Parquet files under a folder the engine may not have written. */
    private static long rowsIn(Path folder) {
        try {
            return Files.isDirectory(folder) ? PublishTasklet.rowsIn(folder) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the rows in " + folder, e);
        }
    }

    /** The rejects file: column name and reason follow from the rule broken, whichever engine judged. */
    private static void writeRejects(Path rejected, TradeFlowRules rules, Path file) {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement()) {
            Files.createDirectories(file.getParent());
            statement.execute("copy (select source_file as file, source_line as line, reject_column as column,"
                    + " " + rules.duckdbColumnName("reject_column") + " as column_name, reject_value as value, "
                    + rules.duckdbReason("reject_column") + " as reason"
                    + " from read_parquet(" + SqlText.literal(rejected + "/**/*.parquet")
                    + ", hive_partitioning = true) order by line) to " + SqlText.literal(file) + " (header)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write rejects to " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
