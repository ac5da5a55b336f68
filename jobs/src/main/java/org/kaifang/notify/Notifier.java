package org.kaifang.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.kaifang.config.NotifySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a notice to every configured channel at once, each retried a bounded number of times,
 * all within one deadline: a receiver that is down or hangs costs the run at most the deadline,
 * and never its exit code. Every line it logs is cleared of the settings' secrets.
 */
public final class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    /** The pause before the first retry, doubled before each next. */
    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    private final NotifySettings settings;
    private final List<Channel> channels;

    public Notifier(NotifySettings settings) {
        this(settings, channels(settings));
    }

    Notifier(NotifySettings settings, List<Channel> channels) {
        this.settings = settings;
        this.channels = channels;
    }

    private static List<Channel> channels(NotifySettings settings) {
        List<Channel> channels = new ArrayList<>();
        if (settings.email() != null) {
            channels.add(new EmailChannel(settings.email()));
        }
        if (settings.webhook() != null) {
            channels.add(new WebhookChannel(settings.webhook()));
        }
        return channels;
    }

    /** The channels a notice went to and those it did not reach. */
    public record Delivery(List<String> delivered, List<String> failed) {

        public boolean anyDelivered() {
            return !delivered.isEmpty();
        }
    }

    /** Sends the notice on every channel; returns within the deadline whatever the receivers do. */
    public Delivery send(Notice notice) {
        long deadline = System.nanoTime() + settings.deadline().toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, channels.size()), runnable -> {
            Thread thread = new Thread(runnable, "kaifang-notify");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<Boolean>> sending = new ArrayList<>();
        for (Channel channel : channels) {
            sending.add(pool.submit(() -> deliver(channel, notice, deadline)));
        }
        List<String> delivered = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            Channel channel = channels.get(i);
            boolean done;
            try {
                done = sending.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done = false;
            } catch (Exception e) {
                log.warn("notification by {} not sent within {} s; the run goes on without it", channel.describe(),
                        settings.deadline().toSeconds());
                done = false;
            }
            (done ? delivered : failed).add(channel.describe());
        }
        pool.shutdownNow();
        return new Delivery(delivered, failed);
    }

    private boolean deliver(Channel channel, Notice notice, long deadline) {
        Duration backoff = FIRST_BACKOFF;
        // each attempt gets its share of the deadline, so a receiver that hangs still leaves room for a retry
        Duration share = settings.deadline().dividedBy(1 + settings.retries());
        for (int attempt = 1; attempt <= 1 + settings.retries(); attempt++) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.toMillis() < 100) {
                return false;
            }
            try {
                channel.deliver(notice, left.compareTo(share) < 0 ? left : share);
                log.info("notification sent by {}: {}", channel.describe(), settings.redact(notice.title()));
                return true;
            } catch (Channel.PermanentFailure e) {
                log.warn("notification by {} refused: {}", channel.describe(), settings.redact(e.getMessage()));
                return false;
            } catch (Exception e) {
                log.warn("notification by {} failed (attempt {} of {}): {}", channel.describe(), attempt,
                        1 + settings.retries(), settings.redact(String.valueOf(reason(e))));
            }
            if (attempt > settings.retries() || System.nanoTime() + backoff.toNanos() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(backoff.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            backoff = backoff.multipliedBy(2);
        }
        return false;
    }

    /** The innermost cause's message: "Connection refused", not the wrapper's. */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
