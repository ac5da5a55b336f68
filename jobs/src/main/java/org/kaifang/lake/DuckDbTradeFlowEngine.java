package org.kaifang.lake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import org.duckdb.DuckDBPreparedStatement;
import org.kaifang.progress.ProgressBar;
import org.kaifang.source.SourceException;
import org.kaifang.source.TradeFlowRules;
import org.kaifang.table.SqlText;

/**
 * The one-machine engine: DuckDB, in the job's process, reads the file as raw lines (so line
 * numbers are exact, blank lines included), applies the rules in SQL and writes both outcomes
 * in one partitioned COPY.
 *
 * <p>Numbering lines needs {@code with ordinality}, which keeps a scan on one thread. A large
 * file is therefore read as one part per core, each part a scan that skips the lines before it
 * and numbers its own; the parts run side by side. Codes and the source name are written as
 * enums so the partitioned writer buffers one byte per value instead of a string.
 */
public final class DuckDbTradeFlowEngine implements TradeFlowEngine {

    /** Below this many lines per part, splitting the read costs more than it saves. */
    public static final long DEFAULT_MIN_LINES_PER_PART = 1_000_000;

    /**
     * Skipping a line costs DuckDB about 0.13 µs, reading, judging and writing it about 1.6 µs
     * (10⁷ customs lines on 2 cores): a later part, which skips the earlier ones first, is
     * given that much less to read.
     */
    static final double SKIP_COST_RATIO = 0.08;

    /** Rows a partition buffers before it is written; DuckDB's default is 10× larger and thrashes under a memory limit. */
    private static final long PARTITION_FLUSH_ROWS = 50_000;

    private final String memoryLimit;
    private final int parts;
    private final long minLinesPerPart;
    private final double skipCostRatio;

    /** @param memoryLimit DuckDB's memory limit for the load, e.g. "1GB" */
    public DuckDbTradeFlowEngine(String memoryLimit) {
        this(memoryLimit, Runtime.getRuntime().availableProcessors(), DEFAULT_MIN_LINES_PER_PART, SKIP_COST_RATIO);
    }

    /**
     * @param parts           most scans the file is read in at once
     * @param minLinesPerPart fewest lines (estimated) a part must have to be worth a scan
     * @param skipCostRatio   what skipping a line costs against reading and judging it
     */
    public DuckDbTradeFlowEngine(String memoryLimit, int parts, long minLinesPerPart, double skipCostRatio) {
        this.memoryLimit = memoryLimit;
        this.parts = Math.max(1, parts);
        this.minLinesPerPart = Math.max(1, minLinesPerPart);
        this.skipCostRatio = skipCostRatio;
    }

    /**
     * Runs the load while a second thread draws DuckDB's progress of it. DuckDB tracks progress
     * only with its own bar on (its printing stays off); its count of a running COPY is not in
     * rows, so rows shown are the share done of the file's estimated lines.
     */
    private static void withProgress(Statement statement, String load, ProgressBar bar, long lines) throws SQLException {
        statement.execute("set enable_progress_bar = true");
        statement.execute("set enable_progress_bar_print = false");
        DuckDBPreparedStatement running = statement.unwrap(DuckDBPreparedStatement.class);
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(daemon());
        try {
            poller.scheduleAtFixedRate(() -> {
                try {
                    double percent = running.getQueryProgress().getPercentage();
                    bar.update(percent / 100, Math.round(lines * percent / 100));
                } catch (SQLException | RuntimeException e) {
                    // before the query starts there is no progress to show
                }
            }, 500, 250, TimeUnit.MILLISECONDS);
            statement.execute(load);
        } finally {
            poller.shutdownNow();
            awaitQuietly(poller);
            bar.finish();
        }
    }

    /** The bar's last redraw ends before its line is closed. */
    private static void awaitQuietly(ScheduledExecutorService poller) {
        try {
            poller.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "kaifang-load-progress");
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public String name() {
        return "duckdb";
    }

    @Override
    public void load(Path file, String sourceName, long vintageMicros, TradeFlowRules rules, Path out) {
        long[] partLengths = partLengths(file);
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement()) {
            statement.execute("set memory_limit = " + SqlText.literal(memoryLimit));
            statement.execute("set preserve_insertion_order = false");
            statement.execute("set partitioned_write_flush_threshold = " + PARTITION_FLUSH_ROWS);
            for (String type : rules.duckdbTypes()) {
                statement.execute(type);
            }
            statement.execute("create type source_name as enum (" + SqlText.literal(sourceName) + ")");
            String load = copy(file, sourceName, partLengths, vintageMicros, rules, out);
            ProgressBar bar = ProgressBar.forTerminal("load " + sourceName);
            if (bar.draws()) {
                withProgress(statement, load, bar, estimatedLines(file));
            } else {
                statement.execute(load);
            }
        } catch (SQLException e) {
            throw new SourceException(sourceName, 0, 0, "cannot load the file: " + e.getMessage());
        }
    }

    /**
     * Lines each part reads, the last reading to the end (-1); a single -1 reads the whole file
     * in one scan. Estimated from the first 64 KiB, balanced by {@link #balance}.
     */
    long[] partLengths(Path file) {
        if (parts == 1) {
            return new long[] {-1};
        }
        long estimatedLines = estimatedLines(file);
        return estimatedLines / parts < minLinesPerPart ? new long[] {-1}
                : balance(estimatedLines, parts, skipCostRatio);
    }

    /** Lines in the file, estimated from its first 64 KiB. */
    static long estimatedLines(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] sample = in.readNBytes(64 * 1024);
            long newlines = 0;
            for (byte b : sample) {
                if (b == '\n') {
                    newlines++;
                }
            }
            return newlines == 0 ? 1 : Files.size(file) * newlines / sample.length;
        } catch (IOException e) {
            throw new SourceException(file.getFileName().toString(), 0, 0, "cannot read the file: " + e.getMessage());
        }
    }

    /**
     * Splits {@code lines} so that the parts end together: part i first skips the lines of the
     * parts before it, at {@code skipCostRatio} of the cost of reading a line, so each part is
     * shorter than the one before by that much of what it skips.
     */
    static long[] balance(long lines, int parts, double skipCostRatio) {
        double[] shares = new double[parts];
        double skipped = 0;
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            shares[i] = 1 - skipCostRatio * skipped;
            skipped += shares[i];
            sum += shares[i];
        }
        long[] lengths = new long[parts];
        for (int i = 0; i < parts - 1; i++) {
            lengths[i] = Math.round(lines * shares[i] / sum);
        }
        lengths[parts - 1] = -1;
        return lengths;
    }

    private String copy(Path file, String sourceName, long[] partLengths, long vintageMicros, TradeFlowRules rules, Path out) {
        return """
                copy (
                    with lines as (
                %s
                    ),
                    typed as (
                        select source_line, line, f, %s
                        from (select *, string_split(line, ',') as f from lines)
                    ),
                    judged as (
                        select *, %s as reject_column from typed
                    )
                    select
                        case when reject_column is null then 'ok' else 'rejected' end as load_status,
                        -- a rejected line's fields are kept as far as they parse; only loaded rows reach the lake
                        case when reject_column is null then try_cast(f[1] as integer) end as year,
                        try_cast(f[2] as integer) as month,
                        region_code,
                        partner_iso,
                        f[5] as hs_code,
                        flow,
                        try_cast(f[7] as double) as value_usd,
                        try_cast(nullif(f[8], '') as double) as quantity,
                        -- a file of eight fields has neither: f[9] past the list's end is null
                        nullif(f[9], '') as trade_mode,
                        nullif(f[10], '') as enterprise_type,
                        %s::source_name as source_file,
                        source_line,
                        make_timestamp(%d::bigint) as vintage,
                        -- the rejects file names the column and the reason from reject_column
                        reject_column,
                        case when reject_column = 0 then line when reject_column > 0 then f[reject_column] end as reject_value,
                    from judged
                ) to %s (format parquet, partition_by (load_status, year), overwrite_or_ignore true)
                """.formatted(lines(file, partLengths), rules.duckdbTypedFields(), rules.duckdbRejectColumn(),
                SqlText.literal(sourceName),
                vintageMicros, SqlText.literal(out.toAbsolutePath().toString()));
    }

    /**
     * The file's lines numbered as in an editor (the header is line 1): one scan, or one scan
     * per part, part i skipping the lines before it and reading at most linesPerPart.
     */
    private String lines(Path file, long[] partLengths) {
        List<String> scans = new ArrayList<>();
        long skip = 1;
        for (long length : partLengths) {
            String scan = "select ordinality + " + skip + " as source_line, coalesce(line, '') as line from read_csv("
                    + SqlText.literal(file.toAbsolutePath().toString()) + ", columns = {'line': 'VARCHAR'}, delim = E'\\x01',"
                    + " quote = '', escape = '', header = false, skip = " + skip + ", auto_detect = false) with ordinality";
            scans.add(length < 0 ? "        " + scan : "        select * from (" + scan + " limit " + length + ")");
            skip += Math.max(length, 0);
        }
        return String.join("\n        union all\n", scans);
    }

}
