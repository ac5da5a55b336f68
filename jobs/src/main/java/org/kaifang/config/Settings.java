package org.kaifang.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Every setting kaifang reads, resolved once (defaults, then config file, then environment,
 * then command-line options) and passed to whatever needs it.
 *
 * @param dataDir          the shipped or operator-provided data: reference/ and sources/
 * @param warehouseDir     where generated output goes: lake/, kaifang.duckdb, batch/, rejects/, reports/
 * @param jobRepository    the Spring Batch job repository connection
 * @param language         messages and reports
 * @param sparkMaster      the Spark master that loads customs detail (spark://host:port, or
 *                         local[*] for Spark in the job's JVM); null: DuckDB loads it
 * @param maxRejectShare   the share of a file's rows that may be rejected before the whole file
 *                         is refused (0.05: more than 5% fails its load step)
 * @param briefPdf         whether the report step renders each brief to PDF (with LibreOffice)
 * @param notifications    where operators are told of failed runs, overdue sources and targets falling behind
 */
public record Settings(
        Path dataDir,
        Path warehouseDir,
        JobRepositorySettings jobRepository,
        Language language,
        String sparkMaster,
        double maxRejectShare,
        boolean briefPdf,
        NotifySettings notifications) {

    public Path referenceDir() {
        return dataDir.resolve("reference");
    }

    public Path sourcesDir() {
        return dataDir.resolve("sources");
    }

    public Path lakeDir() {
        return warehouseDir.resolve("lake");
    }

    public Path catalogFile() {
        return warehouseDir.resolve("kaifang.duckdb");
    }

    public Path rejectsDir() {
        return warehouseDir.resolve("rejects");
    }

    /** The log of every command that writes: what a failed run's message points to. */
    public Path logFile() {
        return warehouseDir.resolve("logs").resolve("kaifang.log");
    }

    public Path reportsDir() {
        return warehouseDir.resolve("reports");
    }

    /**
     * The job repository's connection details; the password is never printed.
     *
     * @param deadline how long one call to the repository may take before the run gives up on it
     */
    public record JobRepositorySettings(String url, String user, String password, Duration deadline) {

        /** One minute: a repository call takes milliseconds, opening a large H2 file a few seconds. */
        public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(60);

        public JobRepositorySettings(String url, String user, String password) {
            this(url, user, password, DEFAULT_DEADLINE);
        }

        @Override
        public String toString() {
            return "JobRepositorySettings[url=" + url + ", user=" + user + ", deadline=" + deadline + "]";
        }
    }
}
