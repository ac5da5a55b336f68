package org.kaifang.batch;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * What SIGTERM (a scheduler's stop, {@code systemctl stop}, a Kubernetes pod ending) does to a
 * running nightly job: the job is asked to stop, finishes the chunk or step it is in, and is
 * recorded as STOPPED, so the next run resumes it from there. The JVM waits for that, up to a
 * limit; a {@code kill -9} skips all of this and the next run restarts from the cut-off step.
 */
public final class GracefulStop implements JobExecutionListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

    /** How long a stop may take before the JVM ends anyway (Kubernetes waits 30 s by default). */
    private static final long WAIT_SECONDS = 25;

    private final JobOperator operator;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final CountDownLatch reported = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stop, "kaifang-graceful-stop");
    private volatile JobExecution running;

    public GracefulStop(JobOperator operator) {
        this.operator = operator;
    }

    /** Stops the job on SIGTERM from now until {@link #close()}. */
    public GracefulStop install() {
        Runtime.getRuntime().addShutdownHook(hook);
        return this;
    }

    /** The run has ended and said how: a stop under way may let the JVM end now. */
    @Override
    public void close() {
        reported.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running or has run
        }
    }

    @Override
    public void beforeJob(JobExecution execution) {
        running = execution;
    }

    @Override
    public void afterJob(JobExecution execution) {
        ended.countDown();
    }

    private void stop() {
        JobExecution execution = running;
        if (execution == null || ended.getCount() == 0) {
            return;
        }
        log.warn("execution {}: asked to stop; stopping at the next chunk or step boundary", execution.getId());
        System.err.println("kaifang: asked to stop; stopping execution " + execution.getId()
                + " at the next chunk or step boundary");
        try {
            operator.stop(execution);
            PausePoints.release();
            if (!ended.await(WAIT_SECONDS, TimeUnit.SECONDS) || !reported.await(5, TimeUnit.SECONDS)) {
                log.warn("execution {}: did not stop within {} s; the next run restarts it", execution.getId(),
                        WAIT_SECONDS);
            }
        } catch (Exception e) {
            log.warn("execution {}: cannot stop it ({}); the next run restarts it", execution.getId(), e.toString());
        }
    }
}
