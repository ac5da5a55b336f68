package org.kaifang.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.spark.sql.SparkSession;
import org.kaifang.catalog.CatalogBuilder;
import org.kaifang.catalog.SqlModels;
import org.kaifang.config.Messages;
import org.kaifang.config.Settings;
import org.kaifang.lake.DuckDbTradeFlowEngine;
import org.kaifang.lake.LakeLayout;
import org.kaifang.lake.TradeFlowEngine;
import org.kaifang.reference.ReferenceData;
import org.kaifang.source.FileOptions;
import org.kaifang.source.ReferenceLoader;
import org.kaifang.source.RowRejectedException;
import org.kaifang.source.RowValidator;
import org.kaifang.source.SourceException;
import org.kaifang.source.SourceFile;
import org.kaifang.source.SourceKind;
import org.kaifang.source.SourceRow;
import org.kaifang.source.Years;
import org.kaifang.spark.SparkSessions;
import org.kaifang.spark.SparkTradeFlowEngine;
import org.kaifang.table.ValidRow;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job, top to bottom as it runs: check and stage the reference tables; load
 * each changed source file (a chunk step: read CSV, validate, write Parquet, reject bad
 * rows; customs detail in bulk with DuckDB, or Spark when a master is configured); publish
 * the staged files to the lake; sum customs detail into the trade marts; rebuild the
 * catalog; run the data checks; write the trend tables.
 */
public final class NightlyJobFactory {

    public static final String JOB_NAME = "nightly";
    static final int CHUNK_SIZE = 1_000;
    /** DuckDB's memory limit for a bulk load, so a nightly run stays well under 2 GiB. */
    static final String DUCKDB_LOAD_MEMORY = "1GB";

    private final Settings settings;
    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final SqlModels models;
    private final Supplier<SparkSession> spark;
    private final Supplier<TradeFlowEngine> tradeEngine;

    public NightlyJobFactory(Settings settings, JobRepository jobRepository,
                             PlatformTransactionManager transactionManager, SqlModels models) {
        this.settings = settings;
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.models = models;
        this.spark = memoize(() -> SparkSessions.create(settings.sparkMaster(), "kaifang nightly"));
        this.tradeEngine = memoize(() -> settings.sparkMaster() == null
                ? new DuckDbTradeFlowEngine(DUCKDB_LOAD_MEMORY)
                : new SparkTradeFlowEngine(spark));
    }

    /** Stops the SparkSession if this job started one. */
    public void stopSpark() {
        if (((Memoized<SparkSession>) spark).isSet()) {
            spark.get().stop();
        }
    }

    /** @param listener told when the job starts and ends (a SIGTERM handler) */
    public Job create(NightlyPlan plan, JobExecutionListener listener) {
        LakeLayout layout = new LakeLayout(settings.lakeDir());
        Supplier<ReferenceData> reference = memoize(() -> new ReferenceLoader(settings.dataDir()).load());

        List<Step> steps = new ArrayList<>();
        if (plan.loadReference()) {
            steps.add(tasklet("reference", new ReferenceTasklet(reference, layout)));
        }
        for (SourceFile source : plan.toLoad()) {
            steps.add(source.kind().isBulk()
                    ? tasklet(loadStepName(source), new TradeLoadTasklet(source, Years.last(plan.runDate()), reference,
                            tradeEngine, layout, settings.rejectsDir(), settings.maxRejectShare()))
                    : loadStep(source, plan, reference, layout));
        }
        steps.add(tasklet("publish", new PublishTasklet(plan, layout, jobRepository)));
        steps.add(tasklet("marts", new MartTasklet(plan, layout, models, DUCKDB_LOAD_MEMORY)));
        steps.add(tasklet("catalog", new CatalogTasklet(plan, layout, new CatalogBuilder(settings.catalogFile(), models))));
        steps.add(tasklet("checks", new ChecksTasklet(settings.catalogFile())));
        steps.add(tasklet("report", new ReportTasklet(settings.catalogFile(), settings.reportsDir(), settings.language(),
                settings.briefPdf())));

        SimpleJobBuilder job = new JobBuilder(JOB_NAME, jobRepository)
                .listener(new ExecutionLogContext())
                .listener(new Vintage(jobRepository, plan.restoredVintages()))
                .listener(listener)
                .start(steps.get(0));
        steps.subList(1, steps.size()).forEach(job::next);
        return job.build();
    }

    public static String loadStepName(SourceFile source) {
        return loadStepName(source.name());
    }

    static String loadStepName(String sourceName) {
        return "load " + sourceName;
    }

    private Step loadStep(SourceFile source, NightlyPlan plan, Supplier<ReferenceData> reference, LakeLayout layout) {
        int lastYear = Years.last(plan.runDate());
        Supplier<RowValidator> validator = () -> source.kind().validator(reference.get(), lastYear,
                FileOptions.of(source.path(), source.name()));
        InputEnd<SourceRow> input = new InputEnd<>(reader(source, reference));
        ParquetItemWriter writer = new ParquetItemWriter(source.kind().table(), source.name(), layout, input::reached);
        RejectsRecorder rejects = new RejectsRecorder(settings.rejectsDir(), source.name());
        return new StepBuilder(loadStepName(source), jobRepository)
                .<SourceRow, ValidRow>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(input)
                .processor(new ValidatingProcessor(validator))
                .writer(writer)
                .faultTolerant()
                .skip(RowRejectedException.class)
                .skipLimit(Long.MAX_VALUE)
                .skipListener(rejects)
                .listener(rejects)
                .listener((StepExecutionListener) writer)
                // named as a chunk listener as well: the builder takes an object of both kinds as a
                // step listener only
                .listener((ChunkListener<?, ?>) writer)
                .listener(new RejectShareGuard(source.name(), settings.maxRejectShare(), settings.rejectsDir()))
                .listener(PausePoints.aroundSteps())
                .build();
    }

    /** A CSV file line by line, or a yearbook-style workbook (observations only) through its mapping. */
    private static ItemStreamReader<SourceRow> reader(
            SourceFile source, Supplier<ReferenceData> reference) {
        if (!source.name().endsWith(".xlsx")) {
            return new SourceRowReader(source.path(), source.name(), source.kind().header(),
                    source.kind().optionalColumns());
        }
        if (source.kind() != SourceKind.OBSERVATIONS) {
            throw new SourceException(source.name(), 0, 0,
                    Messages.text("workbook.kind"));
        }
        return new WorkbookRowReader(source.path(), source.name(), source.kind().header(), () -> {
            Map<String, String> names = new HashMap<>();
            reference.get().indicators().values().forEach(i -> {
                names.put(i.nameZh(), i.code());
                names.put(i.code(), i.code());
            });
            return names;
        });
    }

    private Step tasklet(String name, Tasklet tasklet) {
        return new StepBuilder(name, jobRepository)
                .tasklet(tasklet, transactionManager)
                .allowStartIfComplete(false)
                .listener(PausePoints.aroundSteps())
                .build();
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Memoized<>(supplier);
    }

    /** Made on first use, then kept: reference tables and Spark only when a step needs them. */
    private static final class Memoized<T> implements Supplier<T> {
        private final Supplier<T> supplier;
        private T value;

        Memoized(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = supplier.get();
            }
            return value;
        }

        synchronized boolean isSet() {
            return value != null;
        }
    }
}
