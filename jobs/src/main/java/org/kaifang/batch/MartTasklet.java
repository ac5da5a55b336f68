package org.kaifang.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.kaifang.catalog.CatalogBuilder;
import org.kaifang.catalog.SqlModel;
import org.kaifang.catalog.SqlModels;
import org.kaifang.lake.LakeFile;
import org.kaifang.lake.LakeLayout;
import org.kaifang.lake.LakeManifest;
import org.kaifang.lake.SourceVersion;
import org.kaifang.source.ReferenceTables;
import org.kaifang.source.SourceFile;
import org.kaifang.table.LakeTable;
import org.kaifang.table.SqlText;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Sums each current customs detail file into the trade marts (by month and flow, by partner, by
 * HS chapter, by trade mode and enterprise type, by product group) with the queries of
 * {@code sql/marts/}, so the catalog's trade views and the trend tables never scan the detail.
 * Every file has marts of its own ({@code NightlyPlan.martVersion}), which the staging views
 * add up: a file is summed when it is new or changed, and every file again when the marts'
 * queries or the reference files (the product groups) changed.
 */
public final class MartTasklet implements Tasklet {

    private final NightlyPlan plan;
    private final LakeLayout layout;
    private final SqlModels models;
    private final String memoryLimit;

    /**
     * @param memoryLimit DuckDB's memory limit for the sums, e.g. "1GB": what it cannot hold it
     *                    writes to the run's staging folder, so 10^8 lines sum in bounded memory
     */
    public MartTasklet(NightlyPlan plan, LakeLayout layout, SqlModels models, String memoryLimit) {
        this.plan = plan;
        this.layout = layout;
        this.models = models;
        this.memoryLimit = memoryLimit;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        LakeManifest manifest = LakeManifest.read(layout.lakeDir());
        List<SqlModel> marts = models.marts();
        // each detail file the lake holds rows of whose marts it lacks: new or changed files, or
        // every file once a mart query or the reference (the product groups) changed
        Map<SourceVersion, LakeFile> toSum = new LinkedHashMap<>();
        for (SourceFile file : plan.detailFiles()) {
            SourceVersion version = plan.martVersion(file);
            if (marts.stream().allMatch(m -> manifest.find(LakeTable.named(m.name()), version).isPresent())) {
                continue;
            }
            manifest.find(LakeTable.TRADE_FLOW, plan.version(file)).filter(detail -> detail.rows() > 0)
                    .ifPresent(detail -> toSum.put(version, detail));
        }
        if (toSum.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        long instanceId = step.getJobExecution().getJobInstanceId();
        Set<SourceVersion> current = plan.currentVersions(ReferenceTables.sourceFiles());
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement()) {
            statement.execute("set memory_limit = " + SqlText.literal(memoryLimit));
            statement.execute("set temp_directory = " + SqlText.literal(layout.stagingDir(instanceId).resolve("marts.tmp")
                    .toAbsolutePath().toString()));
            // the trade groups as the catalog names them: the product mart sums by their prefixes
            for (LakeTable table : List.of(LakeTable.TRADE_GROUP, LakeTable.TRADE_GROUP_MEMBER)) {
                Optional<LakeFile> file = currentFile(manifest, current, table);
                statement.execute("create view " + CatalogBuilder.LAKE_PREFIX + table.tableName() + " as " + (file.isEmpty()
                        ? CatalogBuilder.noRows(table) : CatalogBuilder.declaredColumns(statement, table, "read_parquet("
                        + SqlText.literal(manifest.resolve(file.get()).toAbsolutePath().toString()) + ")")));
            }
            for (Map.Entry<SourceVersion, LakeFile> entry : toSum.entrySet()) {
                contribution.incrementWriteCount(sum(statement, manifest, entry.getKey(), entry.getValue(), step));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot build the trade marts: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * Sums one detail file into each mart the lake does not hold for its version, publishes
     * each, and records them in the manifest before the next file: a run that fails on a later
     * file leaves no mart in the lake the manifest does not know. Returns the rows written.
     */
    private long sum(Statement statement, LakeManifest manifest, SourceVersion version, LakeFile detail,
                     StepExecution step) throws SQLException, IOException {
        long instanceId = step.getJobExecution().getJobInstanceId();
        long written = 0;
        String source = "read_parquet(" + SqlText.literal(manifest.resolve(detail).toAbsolutePath() + "/**/*.parquet")
                + ", hive_partitioning = true, union_by_name = true)";
        // the declared columns, so a mart reads trade_mode even from detail loaded before it existed
        statement.execute("create or replace view detail as "
                + CatalogBuilder.declaredColumns(statement, LakeTable.TRADE_FLOW, source));
        Instant vintage = Vintage.of(step, version.sourceFile());
        for (SqlModel model : models.marts()) {
            LakeTable mart = LakeTable.named(model.name());
            if (manifest.find(mart, version).isPresent()) {
                continue;
            }
            Path staged = layout.stagingFile(instanceId, mart, version.sourceFile());
            Files.createDirectories(staged.getParent());
            statement.execute("copy (" + model.martOfFile(detail.sourceFile()) + ") to "
                    + SqlText.literal(staged) + " (format parquet)");
            String name = layout.publishedName(mart, version, vintage);
            Path target = layout.lakeDir().resolve(name);
            Files.createDirectories(target.getParent());
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            long rows;
            try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(target))) {
                rows = reader.getRecordCount();
            }
            manifest.add(new LakeFile(mart, name, version.sourceFile(), version.sha256(), version.referenceSha256(),
                    vintage, rows, 0));
            written += rows;
        }
        manifest.save();
        return written;
    }

    /** The lake's file of a reference table for the current version, if it has rows. */
    private static Optional<LakeFile> currentFile(LakeManifest manifest, Set<SourceVersion> current, LakeTable table) {
        return manifest.files().stream()
                .filter(f -> f.table() == table && f.rows() > 0 && current.stream().anyMatch(f::isLoadOf))
                .findFirst();
    }
}
