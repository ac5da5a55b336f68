package org.kaifang.notify;

import java.time.Duration;

/** Where a notice goes: an email, a robot's webhook. */
interface Channel {

    /** What the log names it by, with no secret in it. */
    String describe();

    /**
     * Delivers the notice once, or throws; the notifier retries.
     *
     * @param timeout how long connecting, and each read or write after it, may take
     * @throws PermanentFailure when retrying cannot help (the receiver refused the message itself)
     */
    void deliver(Notice notice, Duration timeout) throws Exception;

    /** A refusal no retry can change: a wrong token, a message the robot rejects. */
    final class PermanentFailure extends Exception {
        PermanentFailure(String message) {
            super(message);
        }
    }
}
