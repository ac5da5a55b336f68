package org.kaifang.batch;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Past nightly executions as an operator reads them: each with its steps' counts and the
 * error of a failed step, read from the job repository.
 */
public final class ExecutionHistory {

    /** One step of an execution; rejected counts rows set aside with a reason. */
    public record Step(String name, String status, long read, long written, long rejected, Double seconds,
                       String error) {
    }

    /**
     * One execution of the nightly job, newest first in {@link #read}; its rows are its load steps' sums.
     *
     * @param interrupted cut off (killed, or the machine went down) and marked FAILED by the next run
     * @param restartOf   the earlier execution of the same inputs this one restarted, or null
     * @param resumedAt   the step a restart began with, or null
     */
    public record Execution(long id, String runDate, String status, String exitCode, String start, String end,
                            Double seconds, long read, long written, long rejected, List<Step> steps, String error,
                            boolean interrupted, Long restartOf, String resumedAt) {
    }

    private ExecutionHistory() {
    }

    public static List<Execution> read(JobRepository repository, int limit) {
        List<Execution> executions = new ArrayList<>();
        for (JobInstance instance : repository.getJobInstances(NightlyJobFactory.JOB_NAME, 0, limit)) {
            List<JobExecution> ofInstance = repository.getJobExecutions(instance).stream()
                    .sorted(Comparator.comparing(JobExecution::getId)).toList();
            for (int i = 0; i < ofInstance.size(); i++) {
                executions.add(execution(ofInstance.get(i), i == 0 ? null : ofInstance.get(i - 1)));
            }
        }
        return executions.stream().sorted(Comparator.comparing(Execution::id).reversed()).limit(limit).toList();
    }

    private static Execution execution(JobExecution e, JobExecution previous) {
        List<Step> steps = e.getStepExecutions().stream().sorted(Comparator.comparing(StepExecution::getId))
                .map(ExecutionHistory::step).toList();
        String error = steps.stream().map(Step::error).filter(m -> m != null).findFirst()
                .orElse(firstLine(e.getExitStatus().getExitDescription()));
        var runDate = e.getJobParameters().getLocalDate("run.date");
        // the execution's rows are its sources' rows: other steps count files, views or checks
        List<Step> loads = steps.stream().filter(s -> s.name().startsWith("load ")).toList();
        return new Execution(e.getId(), runDate == null ? null : runDate.toString(), e.getStatus().toString(),
                e.getExitStatus().getExitCode(), time(e.getStartTime()), time(e.getEndTime()),
                seconds(e.getStartTime(), e.getEndTime()),
                loads.stream().mapToLong(Step::read).sum(), loads.stream().mapToLong(Step::written).sum(),
                loads.stream().mapToLong(Step::rejected).sum(), steps, error,
                NightlyRunner.INTERRUPTED.equals(e.getExitStatus().getExitCode()),
                previous == null ? null : previous.getId(),
                previous == null ? null : NightlyRunner.resumedAt(e));
    }

    private static Step step(StepExecution s) {
        String error = s.getFailureExceptions().stream().findFirst().map(Throwable::getMessage)
                .orElse(firstLine(s.getExitStatus().getExitDescription()));
        return new Step(s.getStepName(), s.getStatus().toString(), s.getReadCount(), s.getWriteCount(),
                s.getProcessSkipCount(),
                seconds(s.getStartTime(), s.getEndTime()), error);
    }

    /**
     * The error as the repository keeps it (the exception's stack trace, written when the step
     * failed): its first line, without the exception's class name.
     */
    private static String firstLine(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String first = description.lines().findFirst().orElse("").strip();
        return first.replaceFirst("^[\\w.$]+(Exception|Error): ", "");
    }

    private static String time(LocalDateTime time) {
        return time == null ? null : time.withNano(0).toString().replace('T', ' ');
    }

    private static Double seconds(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? null : Duration.between(start, end).toMillis() / 1000.0;
    }
}
