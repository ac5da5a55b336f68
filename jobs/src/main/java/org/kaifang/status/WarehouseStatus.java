package org.kaifang.status;

import java.util.List;
import java.util.Map;

/**
 * What an operator reads in the morning ({@code kaifang status}): the last run and its result,
 * each source of the calendar, the data checks by severity, the lake's size and the catalog's
 * age. Its JSON form ({@code status --format json}) is a contract, field by field in the README.
 *
 * @param asOf        the day sources are judged on (YYYY-MM-DD)
 * @param generatedAt when the status was read (UTC, ISO-8601)
 * @param lastRun     the latest nightly execution; null before the first
 * @param sources     the source calendar's rows; empty without a catalog
 * @param checks      failing rows of data_quality by severity: error and warn, both always present
 * @param lake        the lake's Parquet files
 * @param catalog     the published catalog; null before the first nightly
 */
public record WarehouseStatus(String asOf, String generatedAt, String warehouse, LastRun lastRun,
                              List<SourceState> sources, Map<String, Long> checks, Lake lake, CatalogState catalog) {

    /**
     * The latest nightly execution.
     *
     * @param result    completed, checks_failed, failed or interrupted
     * @param exitCode  the exit code nightly gave for it: 0, 3 or 1
     * @param start     when it started (UTC, ISO-8601); end likewise
     * @param failedStep the step that failed; null unless failed
     * @param error     the failed step's error, naming file:line:column where the input is at fault
     */
    public record LastRun(long execution, String runDate, String status, String result, int exitCode,
                          String start, String end, Double seconds, String failedStep, String error) {
    }

    /** One row of rpt_source_status: see its column comments. */
    public record SourceState(String sourcePattern, String nameZh, String nameEn, String frequency, boolean tracked,
                              String latestPeriod, String lastArrival, String nextDuePeriod, String nextDueDate,
                              String state, String severity, String overduePeriod, String overdueDueDate,
                              Integer daysLate, int missingPeriods, int onTimePeriods, int duePeriods) {

        public boolean overdue() {
            return "overdue".equals(state);
        }
    }

    /** The lake's Parquet files under warehouse/lake: how many and their bytes. */
    public record Lake(long files, long bytes) {
    }

    /**
     * @param builtAt  when the published catalog was written (UTC, ISO-8601)
     * @param ageHours hours since, one decimal
     */
    public record CatalogState(String file, String builtAt, double ageHours) {
    }
}
