package org.kaifang.bench;

import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a nightly's time went, read from its log: the planning before the job (fingerprints of
 * the sources among it) and each step, every file's load counted as one "load". What the
 * bench prints beside the whole night, so that a change is seen in the step it touched.
 */
final class NightlySteps {

    private static final Pattern TIME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T(\\d{2}:\\d{2}:\\d{2}),(\\d{3}) ");
    /** Spring Batch's durations: 164ms, 6s539ms, 1m13s306ms. */
    private static final Pattern STEP = Pattern.compile(
            "Step: \\[([^\\]]+)\\] executed in (?:(\\d+)h)?(?:(\\d+)m(?!s))?(?:(\\d+)s)?(?:(\\d+)ms)?");

    private NightlySteps() {
    }

    /** Seconds by step, in the order the night ran them, "planning" first; empty for a log of no run. */
    static Map<String, Double> of(List<String> log) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        LocalTime checked = null;
        for (String line : log) {
            if (line.contains("checked the lake's files")) {
                checked = timeOf(line);
            } else if (line.contains("] launched with") && checked != null) {
                seconds.put("planning", Duration.between(checked, timeOf(line)).toMillis() / 1000.0);
            }
            Matcher step = STEP.matcher(line);
            if (step.find()) {
                String name = step.group(1).startsWith("load ") ? "load" : step.group(1);
                seconds.merge(name, part(step, 2) * 3600 + part(step, 3) * 60 + part(step, 4) + part(step, 5) / 1000.0,
                        Double::sum);
            }
        }
        return seconds;
    }

    /** The steps as the bench prints them: "planning 0.7 s, reference 0.2 s, load 6.5 s, ...". */
    static String describe(Map<String, Double> seconds) {
        return seconds.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static double part(Matcher step, int group) {
        return step.group(group) == null ? 0 : Double.parseDouble(step.group(group));
    }

    private static LocalTime timeOf(String line) {
        Matcher time = TIME.matcher(line);
        if (!time.find()) {
            throw new IllegalArgumentException("a log line without its time: " + line);
        }
        return LocalTime.parse(time.group(1)).plusNanos(Long.parseLong(time.group(2)) * 1_000_000);
    }
}
