package org.kaifang.batch;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * The vintage of everything a run loads: when its job instance first started, so that a
 * restarted run stamps its rows exactly as the interrupted one would have.
 */
public final class Vintage implements JobExecutionListener {

    static final String KEY = "kaifang.vintage";

    private final JobRepository jobRepository;
    private final Map<String, Instant> restored;

    /** @param restored source files loaded again after damage, each with the vintage it was first loaded with */
    public Vintage(JobRepository jobRepository, Map<String, Instant> restored) {
        this.jobRepository = jobRepository;
        this.restored = restored;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        LocalDateTime first = jobRepository.getJobExecutions(jobExecution.getJobInstance()).stream()
                .map(JobExecution::getCreateTime)
                .min(Comparator.naturalOrder())
                .orElse(jobExecution.getCreateTime());
        Instant vintage = first.atZone(ZoneId.systemDefault()).toInstant().truncatedTo(ChronoUnit.MILLIS);
        jobExecution.getExecutionContext().putString(KEY, vintage.toString());
        restored.forEach((file, firstVintage) -> jobExecution.getExecutionContext()
                .putString(KEY + ":" + file, firstVintage.toString()));
    }

    /** The run's vintage: when it first started. */
    public static Instant of(StepExecution stepExecution) {
        return Instant.parse(stepExecution.getJobExecution().getExecutionContext().getString(KEY));
    }

    /** The vintage a source file's rows carry: the run's, or the first one of a file loaded again after damage. */
    public static Instant of(StepExecution stepExecution, String sourceFile) {
        var context = stepExecution.getJobExecution().getExecutionContext();
        String restoredKey = KEY + ":" + sourceFile;
        return context.containsKey(restoredKey) ? Instant.parse(context.getString(restoredKey)) : of(stepExecution);
    }

    /** Microseconds since the epoch, as the lake stores timestamps. */
    public static long micros(Instant vintage) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, vintage);
    }
}
