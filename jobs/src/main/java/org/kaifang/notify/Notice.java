package org.kaifang.notify;

import java.util.List;

/**
 * One message to operators: everything one nightly has to tell, each event with what to do.
 * Every channel sends it once, in its own format.
 *
 * @param title    the subject: what happened, in a line
 * @param severity error (a failed run, a source past its grace) or warn
 * @param events   what happened, one by one
 */
public record Notice(String title, String severity, String runDate, Integer exitCode, List<Event> events) {

    /**
     * @param kind     run_failed, checks_failed, locked, source_overdue or behind_pace
     * @param summary  what happened, in a sentence
     * @param details  lines that say where (step, file:line:column) and what to do (the command to rerun)
     */
    public record Event(String kind, String severity, String summary, List<String> details) {
    }

    /** The message as plain text: the title, then each event and its details. */
    public String text() {
        StringBuilder text = new StringBuilder(title).append('\n');
        for (Event event : events) {
            text.append('\n').append(event.summary()).append('\n');
            event.details().forEach(line -> text.append(line).append('\n'));
        }
        return text.toString().stripTrailing();
    }
}
