package org.kaifang.batch;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kaifang.catalog.SqlModels;
import org.kaifang.config.Messages;
import org.kaifang.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Runs the nightly job the way an operator needs it run. A job instance is identified by
 * the run date and the fingerprint of its inputs, so:
 * <ul>
 *   <li>unchanged inputs on the same date since the latest run: nothing to do, its result
 *       stands (inputs that match an earlier run but not the latest, as after a revert, run again);</li>
 *   <li>a failed or interrupted run: the same instance restarts from the failed step;</li>
 *   <li>changed inputs: a new instance loads only the sources that changed.</li>
 * </ul>
 */
public final class NightlyRunner {

    private static final Logger log = LoggerFactory.getLogger(NightlyRunner.class);

    /**
     * The exit code of an execution the next run found cut off and marked FAILED. Not a mark in
     * its context: a restart inherits its predecessor's context, and Spring Batch takes an
     * execution whose context says it was recovered as needing no recovery, however it ended.
     */
    public static final String INTERRUPTED = "INTERRUPTED";

    static final String INTERRUPTED_DESCRIPTION = "interrupted (killed, stopped by the job repository's deadline, or"
            + " the machine went down); marked FAILED by the next run";

    private final Settings settings;
    private final BatchInfrastructure batch;
    private final SqlModels models;
    private final String build;

    public NightlyRunner(Settings settings, BatchInfrastructure batch, SqlModels models, String build) {
        this.settings = settings;
        this.batch = batch;
        this.models = models;
        this.build = build;
    }

    /**
     * @param forceNewExecution run again even when the inputs are unchanged ({@code --rerun})
     * @param stop              stops the job when the process is asked to end
     */
    public NightlyResult run(LocalDate runDate, boolean forceNewExecution, GracefulStop stop) throws Exception {
        long checkStarted = System.nanoTime();
        var damaged = WarehouseVerification.damagedLakeFiles(settings);
        log.info("checked the lake's files against their checksums in {} ms",
                (System.nanoTime() - checkStarted) / 1_000_000);
        if (!damaged.isEmpty()) {
            damaged.forEach(f -> log.error("lake file {} is damaged: {}", f.path(), f.problem()));
            return new NightlyResult(1, null, false, WarehouseVerification.refusal(damaged));
        }
        NightlyPlan plan = new NightlyPlanner(settings, models, build).plan(runDate);
        JobRepository repository = batch.jobRepository();
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addLocalDate("run.date", runDate)
                .addString("inputs", plan.inputsFingerprint());

        Map<Long, JobExecution> interrupted = recoverInterrupted(repository);
        JobInstance instance = repository.getJobInstance(NightlyJobFactory.JOB_NAME, parameters.toJobParameters());
        if (instance != null && repository.getJobExecutions(instance).isEmpty()) {
            // Spring Batch creates an instance and its first execution in two transactions: a run
            // cut off between them leaves an instance nothing can restart. It holds no work yet.
            log.warn("job instance {} has no execution (a run was cut off as it began); removing it",
                    instance.getInstanceId());
            repository.deleteJobInstance(instance);
            instance = null;
        }
        JobExecution last = instance == null ? null : repository.getLastJobExecution(instance);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            // unchanged since the run that built the catalog now published: a folder changed and
            // then changed back (A, B, A) matches an earlier run, whose catalog B has replaced
            JobInstance latest = repository.getLastJobInstance(NightlyJobFactory.JOB_NAME);
            JobExecution latestRun = latest == null ? null : repository.getLastJobExecution(latest);
            boolean stands = latestRun != null && latestRun.getStatus() == BatchStatus.COMPLETED
                    && plan.inputsFingerprint().equals(latestRun.getJobParameters().getString("inputs"))
                    && plan.lakeComplete();
            if (!forceNewExecution && stands && Files.exists(settings.catalogFile())) {
                List<String> lines = List.of("nightly " + runDate + ": nothing to do; the inputs are unchanged since"
                        + " execution " + last.getId() + " (" + last.getStatus() + "), which stands.");
                return new NightlyResult(exitCode(last), last.getId(), true, lines);
            }
            parameters.addLong("rerun", System.currentTimeMillis());
        }
        JobExecution resumed = last == null ? null : interrupted.get(last.getId());

        JobParameters jobParameters = parameters.toJobParameters();
        NightlyJobFactory factory = new NightlyJobFactory(settings, repository, batch.transactionManager(), models);
        JobExecution execution;
        try {
            execution = batch.jobOperator().start(factory.create(plan, stop), jobParameters);
        } finally {
            factory.stopSpark();
        }
        List<String> lines = summary(execution, plan);
        if (resumed != null) {
            String step = resumedAt(execution);
            log.info("execution {} restarts interrupted execution {}, resuming at step '{}'",
                    execution.getId(), resumed.getId(), step);
            lines.add(1, "  recovered: execution " + resumed.getId() + " was interrupted; resumed at step '" + step + "'");
        }
        return new NightlyResult(exitCode(execution), execution.getId(), false, lines);
    }

    /**
     * Marks FAILED every execution still marked as running: the writer lock admits one run per
     * warehouse, so such a run was cut off (killed, stopped by the repository's deadline, or the
     * machine went down). Its instance can then restart, and history tells it apart by its exit
     * code. Runs of other inputs or forced with {@code --rerun} are closed too, never left running.
     *
     * @return the executions recovered, by id
     */
    private Map<Long, JobExecution> recoverInterrupted(JobRepository repository) {
        Map<Long, JobExecution> recovered = new HashMap<>();
        for (JobExecution running : repository.findRunningJobExecutions(NightlyJobFactory.JOB_NAME)) {
            JobExecution execution = repository.getJobExecution(running.getId());
            log.warn("execution {} was interrupted (killed, stopped by the job repository's deadline, or the machine"
                    + " went down); marking it FAILED", execution.getId());
            batch.jobOperator().recover(execution);
            execution.setExitStatus(new ExitStatus(INTERRUPTED, INTERRUPTED_DESCRIPTION));
            repository.update(execution);
            recovered.put(execution.getId(), execution);
        }
        return recovered;
    }

    /** The step a restart began with: the first its instance had not completed. */
    public static String resumedAt(JobExecution restart) {
        return restart.getStepExecutions().stream().min(Comparator.comparing(StepExecution::getId))
                .map(StepExecution::getStepName).orElse("none (every step had completed)");
    }

    static int exitCode(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return 1;
        }
        boolean checksFailed = execution.getStepExecutions().stream()
                .anyMatch(s -> ChecksTasklet.CHECKS_FAILED.equals(s.getExitStatus().getExitCode()));
        return checksFailed ? 3 : 0;
    }

    private List<String> summary(JobExecution execution, NightlyPlan plan) {
        List<String> lines = new ArrayList<>();
        Duration took = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        lines.add(String.format("nightly %s: %s (execution %d, %.1f s, %d of %d sources changed)",
                plan.runDate(), execution.getStatus(), execution.getId(), took.toMillis() / 1000.0,
                plan.toLoad().size(), plan.sources().size()));
        List<StepExecution> steps = new ArrayList<>(execution.getStepExecutions());
        steps.sort(Comparator.comparing(StepExecution::getId));
        for (StepExecution step : steps) {
            String counts = String.format("read %d, written %d, rejected %d", step.getReadCount(),
                    step.getWriteCount(), step.getProcessSkipCount());
            lines.add(String.format("  %-9s %-48s %s", step.getStatus(), step.getStepName(), counts));
            if (step.getProcessSkipCount() > 0) {
                lines.add("            rejected rows: " + RejectsRecorder.runFolder(settings.rejectsDir(), step));
            }
            if (step.getExecutionContext().containsKey(ChecksTasklet.ERRORS)) {
                lines.add(String.format("            data checks: %d errors, %d warnings%s",
                        step.getExecutionContext().getLong(ChecksTasklet.ERRORS),
                        step.getExecutionContext().getLong(ChecksTasklet.WARNINGS),
                        step.getExecutionContext().getLong(ChecksTasklet.ERRORS)
                                + step.getExecutionContext().getLong(ChecksTasklet.WARNINGS) == 0 ? ""
                                : " (./kaifang sql \"select * from data_quality\")"));
            }
        }
        for (Throwable failure : execution.getAllFailureExceptions()) {
            lines.add(Messages.text("run.error", DiskFull.describe(failure, settings.warehouseDir())
                    .orElseGet(() -> rootMessage(failure))));
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            lines.add("catalog: " + settings.catalogFile());
            lines.add("reports: " + settings.reportsDir());
        } else {
            lines.add(Messages.text("run.details", settings.logFile()));
            lines.add(Messages.text("run.fix"));
        }
        return lines;
    }

    static String rootMessage(Throwable failure) {
        Throwable t = failure;
        // Stop at kaifang's own exceptions: they say which file, line and column to fix.
        while (t.getCause() != null && t.getCause() != t && !t.getClass().getName().startsWith("org.kaifang.")) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
