package org.kaifang.batch;

import org.kaifang.table.SqlText;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.kaifang.lake.LakeFile;
import org.kaifang.lake.LakeLayout;
import org.kaifang.lake.LakeManifest;
import org.kaifang.table.LakeTable;
import org.kaifang.lake.SourceVersion;
import org.kaifang.source.ReferenceTables;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Sums the current customs detail into the trade marts (by month and flow, by partner, by HS
 * chapter), so the catalog's trade views and the trend tables never scan the detail. A mart is
 * rebuilt only when the set of current detail files changed.
 */
public final class MartTasklet implements Tasklet {

    /** Each mart and the query that builds it from {@code detail}. */
    static final Map<LakeTable, String> MARTS = Map.of(
            LakeTable.MART_TRADE_MONTHLY, "select region_code, cast(year as integer) as year, month, flow,"
                    + " sum(value_usd) as value_usd, count(*) as records, max(vintage) as vintage from detail group by all",
            LakeTable.MART_TRADE_PARTNER, "select region_code, partner_iso, cast(year as integer) as year, month, flow,"
                    + " sum(value_usd) as value_usd, count(*) as records, max(vintage) as vintage from detail group by all",
            LakeTable.MART_TRADE_HS, "select region_code, left(hs_code, 2) as hs_chapter, cast(year as integer) as year,"
                    + " month, flow, sum(value_usd) as value_usd, count(*) as records, max(vintage) as vintage from detail group by all");

    private final NightlyPlan plan;
    private final LakeLayout layout;

    public MartTasklet(NightlyPlan plan, LakeLayout layout) {
        this.plan = plan;
        this.layout = layout;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Optional<SourceVersion> version = plan.martVersion();
        if (version.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        LakeManifest manifest = LakeManifest.read(layout.lakeDir());
        if (MARTS.keySet().stream().allMatch(t -> manifest.find(t, version.get()).isPresent())) {
            return RepeatStatus.FINISHED;
        }
        Set<SourceVersion> current = plan.currentVersions(ReferenceTables.sourceFiles());
        List<LakeFile> detail = manifest.files().stream()
                .filter(f -> f.table() == LakeTable.TRADE_FLOW && f.rows() > 0 && current.stream().anyMatch(f::isLoadOf))
                .toList();
        if (detail.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        Instant vintage = Vintage.of(step, version.get().sourceFile());
        long instanceId = step.getJobExecution().getJobInstanceId();
        String source = detail.stream().map(f -> SqlText.literal(manifest.resolve(f).toAbsolutePath() + "/**/*.parquet"))
                .collect(Collectors.joining(", "));
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement()) {
            statement.execute("create view detail as select * from read_parquet([" + source
                    + "], hive_partitioning = true, union_by_name = true)");
            for (var mart : MARTS.entrySet()) {
                if (manifest.find(mart.getKey(), version.get()).isPresent()) {
                    continue;
                }
                Path staged = layout.stagingFile(instanceId, mart.getKey(), version.get().sourceFile());
                Files.createDirectories(staged.getParent());
                statement.execute("copy (" + mart.getValue() + ") to " + SqlText.literal(staged) + " (format parquet)");
                String name = layout.publishedName(mart.getKey(), version.get(), vintage);
                Path target = layout.lakeDir().resolve(name);
                Files.createDirectories(target.getParent());
                Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                long rows;
                try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(target))) {
                    rows = reader.getRecordCount();
                }
                manifest.add(new LakeFile(mart.getKey(), name, version.get().sourceFile(), version.get().sha256(),
                        version.get().referenceSha256(), vintage, rows, 0));
                contribution.incrementWriteCount(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot build the trade marts: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        manifest.save();
        return RepeatStatus.FINISHED;
    }
}
