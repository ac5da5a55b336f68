package org.kaifang.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import org.kaifang.batch.BatchInfrastructure;
import org.kaifang.batch.NightlyJobFactory;
import org.kaifang.config.Settings;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "history", mixinStandardHelpOptions = true,
        header = "List past nightly executions with their counts.",
        description = "List past nightly executions, newest first: status, start, duration, rows and rejects.")
final class HistoryCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Show the last N runs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        Settings settings = common.settings();
        PrintWriter out = spec.commandLine().getOut();
        try (BatchInfrastructure batch = new BatchInfrastructure(settings.jobRepository())) {
            JobRepository repository = batch.jobRepository();
            List<JobExecution> executions = new ArrayList<>();
            for (JobInstance instance : repository.getJobInstances(NightlyJobFactory.JOB_NAME, 0, limit)) {
                executions.addAll(repository.getJobExecutions(instance));
            }
            executions.sort(Comparator.comparing(JobExecution::getId).reversed());
            out.printf("%-9s %-10s %-10s %-19s %9s %8s %8s %8s%n",
                    "execution", "run date", "status", "start", "seconds", "read", "written", "rejected");
            for (JobExecution e : executions.stream().limit(limit).toList()) {
                long read = 0;
                long written = 0;
                long rejected = 0;
                for (StepExecution s : e.getStepExecutions()) {
                    if (s.getStepName().startsWith("load ")) {
                        read += s.getReadCount();
                        written += s.getWriteCount();
                        rejected += s.getProcessSkipCount();
                    }
                }
                Duration took = e.getStartTime() == null || e.getEndTime() == null ? null
                        : Duration.between(e.getStartTime(), e.getEndTime());
                out.printf("%-9d %-10s %-10s %-19s %9s %8d %8d %8d%n", e.getId(),
                        e.getJobParameters().getLocalDate("run.date"), e.getStatus(),
                        e.getStartTime() == null ? "" : e.getStartTime().withNano(0).toString().replace('T', ' '),
                        took == null ? "" : String.format("%.1f", took.toMillis() / 1000.0), read, written, rejected);
                e.getAllFailureExceptions().stream().findFirst().ifPresent(t ->
                        out.println("          error: " + t.getMessage()));
            }
            return ExitCodes.OK;
        }
    }
}
