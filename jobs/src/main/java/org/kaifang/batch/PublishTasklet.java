package org.kaifang.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.kaifang.lake.LakeFile;
import org.kaifang.lake.LakeLayout;
import org.kaifang.lake.LakeManifest;
import org.kaifang.table.LakeTable;
import org.kaifang.lake.SourceVersion;
import org.kaifang.source.ReferenceTables;
import org.kaifang.source.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Moves this run's staged Parquet files to their immutable, vintage-named place in the lake
 * and lists them in the manifest. Safe to repeat: a file the manifest already lists is skipped.
 */
public final class PublishTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PublishTasklet.class);

    private final NightlyPlan plan;
    private final LakeLayout layout;
    private final JobRepository jobRepository;

    public PublishTasklet(NightlyPlan plan, LakeLayout layout, JobRepository jobRepository) {
        this.plan = plan;
        this.layout = layout;
        this.jobRepository = jobRepository;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        JobExecution job = step.getJobExecution();
        long instanceId = job.getJobInstanceId();
        LakeManifest manifest = LakeManifest.read(layout.lakeDir());
        if (plan.loadReference()) {
            for (ReferenceTables.ReferenceTable file : ReferenceTables.FILES) {
                publish(manifest, file.table(), plan.referenceVersion(file.sourceFile()), Vintage.of(step, file.sourceFile()),
                        instanceId, 0);
                contribution.incrementWriteCount(1);
            }
        }
        for (SourceFile source : plan.toLoad()) {
            StepExecution load = jobRepository.getLastStepExecution(job.getJobInstance(), NightlyJobFactory.loadStepName(source));
            long rejected = load == null ? 0 : load.getProcessSkipCount();
            publish(manifest, source.kind().table(), plan.version(source), Vintage.of(step, source.name()), instanceId,
                    rejected);
            contribution.incrementWriteCount(1);
        }
        manifest.save();
        deleteTree(layout.stagingDir(instanceId));
        return RepeatStatus.FINISHED;
    }

    private void publish(LakeManifest manifest, LakeTable table, SourceVersion version, Instant vintage,
                         long instanceId, long rejected) {
        if (manifest.find(table, version).isPresent()) {
            return;
        }
        Path staged = layout.stagingFile(instanceId, table, version.sourceFile());
        String name = layout.publishedName(table, version, vintage);
        Path target = layout.lakeDir().resolve(name);
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(staged)) {
                Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else if (!Files.exists(target)) {
                throw new IllegalStateException("staged file " + staged + " of " + version.sourceFile() + " is missing");
            }
            PausePoints.reach("published " + version.sourceFile());
            long rows = rowsIn(target);
            manifest.add(new LakeFile(table, name, version.sourceFile(), version.sha256(),
                    version.referenceSha256(), vintage, rows, rejected));
            log.info("execution {}: published {} ({} rows, {} rejected) as {}",
                    instanceId, version.sourceFile(), rows, rejected, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + staged, e);
        }
    }

    /** Rows of a Parquet file, or of every Parquet file in a folder, from their footers. */
    static long rowsIn(Path path) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(p -> p.toString().endsWith(".parquet") && Files.isRegularFile(p)).toList();
        }
        long rows = 0;
        for (Path file : files) {
            try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
                rows += reader.getRecordCount();
            }
        }
        return rows;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }
}
