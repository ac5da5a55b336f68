package org.kaifang.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.kaifang.config.NotifySettings;

/** Retries bounded by their count and by one deadline; a refusal is not retried. */
class NotifierTest {

    private static final Notice NOTICE = new Notice("t", "error", "2026-11-21", 1, List.of());

    /** A channel that fails its first {@code failures} attempts the way {@code failure} says, then delivers. */
    private static final class Flaky implements Channel {
        final AtomicInteger attempts = new AtomicInteger();
        final int failures;
        final Exception failure;
        final List<Duration> timeouts = new java.util.concurrent.CopyOnWriteArrayList<>();

        Flaky(int failures, Exception failure) {
            this.failures = failures;
            this.failure = failure;
        }

        @Override
        public String describe() {
            return "flaky";
        }

        @Override
        public void deliver(Notice notice, Duration timeout) throws Exception {
            timeouts.add(timeout);
            if (attempts.incrementAndGet() <= failures) {
                throw failure;
            }
        }
    }

    private static NotifySettings settings(int retries, int deadlineSeconds) {
        return new NotifySettings(null, null, retries, Duration.ofSeconds(deadlineSeconds), true);
    }

    @Test
    void aChannelDownTwiceIsReachedOnItsThirdAttemptEachGivenItsShareOfTheDeadline() {
        Flaky flaky = new Flaky(2, new java.net.ConnectException("Connection refused"));
        Notifier.Delivery delivery = new Notifier(settings(2, 6), List.of(flaky)).send(NOTICE);
        assertEquals(List.of("flaky"), delivery.delivered());
        assertEquals(3, flaky.attempts.get());
        // 6 s over 3 attempts: at most 2 s each
        flaky.timeouts.forEach(t -> assertTrue(t.compareTo(Duration.ofSeconds(2)) <= 0, t.toString()));
    }

    @Test
    void retriesStopAtTheirCountAndARefusalIsNotRetried() {
        Flaky down = new Flaky(10, new java.net.ConnectException("Connection refused"));
        Flaky refused = new Flaky(10, new Channel.PermanentFailure("errcode 93000"));
        Notifier.Delivery delivery = new Notifier(settings(1, 6), List.of(down, refused)).send(NOTICE);
        assertEquals(2, delivery.failed().size());
        assertEquals(List.of(2, 1), List.of(down.attempts.get(), refused.attempts.get()));
    }

    @Test
    void aChannelThatHangsIsLeftAtTheDeadline() {
        Channel hanging = new Channel() {
            @Override
            public String describe() {
                return "hanging";
            }

            @Override
            public void deliver(Notice notice, Duration timeout) throws Exception {
                Thread.sleep(60_000);
            }
        };
        long started = System.nanoTime();
        Notifier.Delivery delivery = new Notifier(settings(2, 1), List.of(hanging)).send(NOTICE);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(List.of("hanging"), delivery.failed());
        assertTrue(seconds < 1.5, seconds + " s");
    }
}
