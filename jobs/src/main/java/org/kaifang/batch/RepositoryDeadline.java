package org.kaifang.batch;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every call to the job repository runs under a deadline. A database that stops answering (a
 * lock another session holds, a server gone quiet, an embedded database spinning on a damaged
 * file) would otherwise keep a nightly run waiting for ever: a night with no data and no error.
 * Past the deadline the run ends with exit 1 and a message naming what it waited for.
 *
 * <p>It ends the process rather than the call: a thread spinning inside a database driver cannot
 * be interrupted, and a repository that does not answer cannot record a failure either. Ending
 * the process is what a {@code kill -9} does, which every run recovers from; the next run finds
 * the execution still marked running and restarts it.
 */
public final class RepositoryDeadline implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RepositoryDeadline.class);

    /** Exit code of a run whose job repository stopped answering: a failed run. */
    static final int EXIT = 1;

    private final Duration limit;
    private final String repository;
    private final Consumer<String> onExpiry;
    private final ConcurrentHashMap<Thread, Deque<Call>> calls = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watchdog;
    private final Set<Call> reported = ConcurrentHashMap.newKeySet();

    private record Call(String what, long startedNanos) {
    }

    /**
     * @param limit      how long one call may take
     * @param repository the repository as messages name it (a masked URL)
     * @param onExpiry   what happens to a run past the deadline, given the message
     */
    RepositoryDeadline(Duration limit, String repository, Consumer<String> onExpiry) {
        this.limit = limit;
        this.repository = repository;
        this.onExpiry = onExpiry;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "job-repository-deadline");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(50, Math.min(1000, limit.toMillis() / 10));
        watchdog.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    /** The deadline a nightly run lives by: past it, the message goes to the log and stderr and the process ends. */
    static RepositoryDeadline endingTheProcess(Duration limit, String repository) {
        return new RepositoryDeadline(limit, repository, RepositoryDeadline::endProcess);
    }

    /** Runs {@code work}, which must answer within the deadline; calls nest, the message names them all. */
    <T> T call(String what, Callable<T> work) throws Exception {
        Deque<Call> stack = calls.computeIfAbsent(Thread.currentThread(), t -> new ArrayDeque<>());
        synchronized (stack) {
            stack.push(new Call(what, System.nanoTime()));
        }
        try {
            return work.call();
        } finally {
            synchronized (stack) {
                Call done = stack.pop();
                if (stack.isEmpty()) {
                    calls.remove(Thread.currentThread());
                    reported.remove(done);
                }
            }
        }
    }

    private void check() {
        long now = System.nanoTime();
        for (Deque<Call> stack : calls.values()) {
            String waitedFor;
            synchronized (stack) {
                Call outer = stack.peekLast();
                if (outer == null || now - outer.startedNanos() < limit.toNanos() || !reported.add(outer)) {
                    continue;
                }
                StringBuilder chain = new StringBuilder();
                stack.descendingIterator().forEachRemaining(c -> chain.append(chain.isEmpty() ? "" : " → ").append(c.what()));
                waitedFor = chain.toString();
            }
            onExpiry.accept(message(waitedFor));
            return;
        }
    }

    String message(String waitedFor) {
        return "the job repository " + repository + " did not answer within " + limit.toSeconds() + " s; kaifang"
                + " waited for: " + waitedFor + ". It stops (exit 1); nothing published is lost. Run the same"
                + " command again once the repository answers: a nightly run left marked as running is restarted"
                + " from its step. (The limit is job-repository.deadline, in seconds.)";
    }

    private static void endProcess(String message) {
        log.error(message);
        System.err.println("error: " + message);
        // the log's appender flushes every line, so the message is on disk before the end
        System.err.flush();
        Runtime.getRuntime().halt(EXIT);
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
