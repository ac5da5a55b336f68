package org.kaifang.batch;

import org.apache.logging.log4j.ThreadContext;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Puts the execution id into every log line of a run ({@code exec=N} in warehouse/logs), so an
 * operator can pick one night's lines out of the log with grep. Threads the job starts inherit
 * it (the CLI makes the thread context inheritable).
 */
final class ExecutionLogContext implements JobExecutionListener {

    static final String KEY = "execution";

    @Override
    public void beforeJob(JobExecution execution) {
        ThreadContext.put(KEY, String.valueOf(execution.getId()));
    }

    @Override
    public void afterJob(JobExecution execution) {
        ThreadContext.remove(KEY);
    }
}
