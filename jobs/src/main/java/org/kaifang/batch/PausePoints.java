package org.kaifang.batch;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.ExitStatus;

/**
 * Named moments of a nightly run where the reliability tests freeze it, to kill it there with
 * {@code kill -9} and prove that running it again makes everything right. A run pauses only
 * when the environment variable {@code KAIFANG_PAUSE_AT} names the moment, which no operator
 * sets: then it prints {@code kaifang: paused at <moment>} on stderr and waits to be killed.
 *
 * <p>Moments: {@code before <step>} and {@code after <step>} (the step's work done, its
 * completion not yet recorded), {@code written <step>} (a chunk step's first chunk
 * written), {@code published <source file>} (one file moved into the lake, the manifest not yet
 * saved), {@code catalog built} (the new catalog complete, not yet renamed over the old),
 * {@code repository <operation>} (inside a call to the job repository, such as {@code repository
 * update}: the call does not answer, as a stuck database would not).
 */
public final class PausePoints {

    public static final String VARIABLE = "KAIFANG_PAUSE_AT";

    private static final String AT = System.getenv(VARIABLE);

    private static volatile boolean released;

    private PausePoints() {
    }

    public static void reach(String moment) {
        if (AT == null || !AT.equals(moment)) {
            return;
        }
        System.err.println("kaifang: paused at " + moment);
        System.err.flush();
        while (!released) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Ends a pause: a run asked to stop (SIGTERM) goes on to its next boundary and stops there. */
    static void release() {
        released = true;
    }

    /** Pauses before and after every step it listens to. */
    public static StepExecutionListener aroundSteps() {
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution step) {
                reach("before " + step.getStepName());
            }

            @Override
            public ExitStatus afterStep(StepExecution step) {
                reach("after " + step.getStepName());
                return null;
            }
        };
    }
}
