package org.kaifang.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** A job repository that stops answering ends the run in bounded time, naming what it waited for. */
class RepositoryDeadlineTest {

    @Test
    void aStatementBlockedByAnotherSessionsLockIsNamedOnceTheDeadlinePasses() throws Exception {
        BlockingQueue<String> expired = new ArrayBlockingQueue<>(4);
        String url = "jdbc:h2:mem:deadline;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000";
        try (Connection holder = DriverManager.getConnection(url);
             RepositoryDeadline deadline = new RepositoryDeadline(Duration.ofSeconds(1), "jdbc:h2:mem:deadline",
                     expired::offer);
             Connection guarded = GuardedJdbc.connection(DriverManager.getConnection(url), deadline)) {
            try (Statement s = holder.createStatement()) {
                s.execute("create table batch_step_execution (id int primary key, status varchar(10))");
                s.execute("insert into batch_step_execution values (1, 'STARTED')");
            }
            // another session holds the row, as a stuck transaction would
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.executeUpdate("update batch_step_execution set status = 'STOPPING' where id = 1");
            }

            long started = System.nanoTime();
            CompletableFuture<Integer> update = CompletableFuture.supplyAsync(() -> {
                try (Statement s = guarded.createStatement()) {
                    return s.executeUpdate("update batch_step_execution set status = 'FAILED' where id = 1");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            String message = expired.poll(10, TimeUnit.SECONDS);
            double waited = (System.nanoTime() - started) / 1e9;
            assertNotNull(message, "the deadline passed without a word");
            assertTrue(waited >= 1 && waited < 3, "ended after " + waited + " s, the deadline being 1 s");
            assertTrue(message.contains("did not answer within 1 s"), message);
            assertTrue(message.contains("update batch_step_execution set status = 'FAILED' where id = 1"), message);
            assertTrue(message.contains("jdbc:h2:mem:deadline"), message);

            holder.rollback();
            assertEquals(1, update.get(10, TimeUnit.SECONDS), "the statement went on once the lock was gone");
        }
    }

    @Test
    void nestedCallsAreNamedOuterFirstAndQuickCallsPassUnnoticed() throws Exception {
        BlockingQueue<String> expired = new ArrayBlockingQueue<>(4);
        try (RepositoryDeadline deadline = new RepositoryDeadline(Duration.ofMillis(500), "repo", expired::offer)) {
            assertEquals(42, deadline.call("quick", () -> 42));
            Thread.sleep(700);
            assertNull(expired.poll(), "a call that answered in time is not reported");

            deadline.call("recover(execution 7)", () -> deadline.call("executeUpdate \"update x\"", () -> {
                Thread.sleep(1_200);
                return null;
            }));
            String message = expired.poll(5, TimeUnit.SECONDS);
            assertNotNull(message);
            assertTrue(message.contains("waited for: recover(execution 7) → executeUpdate \"update x\""), message);
        }
    }
}
