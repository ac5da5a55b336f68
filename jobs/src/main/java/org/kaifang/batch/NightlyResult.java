package org.kaifang.batch;

import java.util.List;

/**
 * How a nightly run ended, for the operator: the exit code DESIGN.md promises (0 success,
 * 1 job failed, 3 data checks of severity error failed) and what to print.
 */
public record NightlyResult(int exitCode, Long executionId, boolean nothingToDo, List<String> lines) {
}
