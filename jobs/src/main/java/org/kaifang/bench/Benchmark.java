package org.kaifang.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kaifang.catalog.ReadOnlySession;
import org.kaifang.source.ReferenceLoader;
import org.kaifang.synthetic.TradeDetailGenerator;

/**
 * Times, on one generated customs detail file: kaifang's one-machine load (DuckDB, with
 * validation) and bare DuckDB COPY; kaifang's Spark load and bare Spark CSV → Parquet; then the
 * latency of leaders' queries on the warehouse. Each load runs in a JVM of its own, so its
 * peak memory (VmHWM) is its own.
 */
public final class Benchmark {

    private static final Pattern LOAD_SECONDS = Pattern.compile("rejected, ([0-9.]+) s \\(");
    private static final String BARE_COPY = "bare DuckDB COPY (no validation)";
    private static final String WITH_DETAIL = "kaifang nightly, DuckDB engine";
    private static final String WITHOUT_DETAIL = "kaifang nightly without the detail";
    private static final Pattern BARE_SECONDS = Pattern.compile("seconds=([0-9.]+)");
    static final List<String> QUERIES = List.of(
            "select * from rpt_trend_table where region_code = '430100'",
            "select * from fct_growth where region_code = '430100'",
            "select * from fct_trade_partner where region_code = '430100' and year = 2015 order by rank limit 10",
            "select * from rpt_trade_monthly where region_code = '430100' and year = 2015 and is_latest_month");

    /** One measured run. */
    record Measurement(String what, double seconds, double wallSeconds, long rows, long peakBytes) {
    }

    /**
     * What the detail costs the user: the whole nightly with it less the nightly without it,
     * against the bare COPY of the same file, and the peak memory of the nightly with it.
     */
    public record DetailCost(long rows, double withSeconds, double withoutSeconds, double bareCopySeconds,
                             long peakBytes) {
        public double ratio() {
            return (withSeconds - withoutSeconds) / bareCopySeconds;
        }
    }

    private final Path work;
    private final Path dataDir;
    private final PrintWriter out;

    public Benchmark(Path work, Path dataDir, PrintWriter out) {
        this.work = work;
        this.dataDir = dataDir;
        this.out = out;
    }

    /**
     * @param repeats how often each load runs; the table shows the median load time (and the
     *                highest peak), as a shared machine's noise moves one run by a fifth
     */
    public DetailCost run(long rows, boolean withSpark, int repeats) throws Exception {
        Path data = work.resolve("data");
        Path csv = data.resolve("sources/trade_flows/customs_detail.csv");
        if (!Files.exists(csv)) {
            var generated = new TradeDetailGenerator(dataDir, 42).write(data, rows, null);
            out.printf("generated %,d rows (%,d MB) in %.1f s%n", rows, Files.size(csv) >> 20, generated.seconds());
        }
        // the bare COPY runs first in each round: from a file the page cache had dropped it alone
        // would pay for the disk (9.1 s against 3.6 s at 10^7), so every load reads it from memory
        readOnce(csv);
        // the same data folder without the detail: what the night costs without it
        Path without = work.resolve("data-without-detail");
        if (!Files.exists(without)) {
            ReferenceLoader.copy(data.resolve("reference"), without.resolve("reference"));
            Files.createDirectories(without.resolve("sources"));
        }
        // each round runs every load once, so a slow spell of the machine hits all of them alike
        List<List<Measurement>> rounds = new ArrayList<>();
        for (int round = 0; round < Math.max(1, repeats); round++) {
            List<Measurement> loads = new ArrayList<>();
            loads.add(bare(BARE_COPY, "duckdb", csv, rows));
            loads.add(kaifang(WITH_DETAIL, data, work.resolve("warehouse-duckdb"), rows));
            loads.add(nightly(WITHOUT_DETAIL, without, work.resolve("warehouse-without")));
            if (withSpark) {
                loads.add(bare("bare Spark local[*] CSV to Parquet", "spark", csv, rows));
                loads.add(kaifang("kaifang nightly, Spark local[*] engine", data, work.resolve("warehouse-spark"), rows,
                        "--spark-master", "local[*]"));
            }
            rounds.add(loads);
        }
        List<Measurement> loads = medians(rounds);
        out.println();
        if (rounds.size() > 1) {
            out.printf("median of %d runs of each load%n%n", rounds.size());
        }
        out.printf("| %-40s | %9s | %11s | %12s | %8s | %9s |%n", "load of " + String.format("%,d", rows) + " rows",
                "load s", "rows/s", "vs bare", "wall s", "peak MiB");
        out.println("| " + "-".repeat(40) + " | --------: | ----------: | -----------: | -------: | --------: |");
        for (Measurement m : loads) {
            if (m.what().equals(WITHOUT_DETAIL)) {
                continue;
            }
            Measurement bare = m.what().contains("Spark") ? loads.stream().filter(l -> l.what().startsWith("bare Spark"))
                    .findFirst().orElse(loads.get(0)) : loads.get(0);
            out.printf("| %-40s | %9.1f | %,11.0f | %11.2fx | %8.1f | %9d |%n", m.what(), m.seconds(),
                    m.rows() / m.seconds(), m.seconds() / bare.seconds(), m.wallSeconds(), m.peakBytes() >> 20);
        }
        Measurement withDetail = named(loads, WITH_DETAIL);
        DetailCost cost = new DetailCost(rows, withDetail.wallSeconds(), named(loads, WITHOUT_DETAIL).wallSeconds(),
                named(loads, BARE_COPY).seconds(), withDetail.peakBytes());
        out.printf("%nwhole nightly with the detail %.1f s, without it %.1f s: the detail costs %.1f s, %.2fx the bare"
                + " COPY's %.1f s%n%n", cost.withSeconds(), cost.withoutSeconds(), cost.withSeconds() - cost.withoutSeconds(),
                cost.ratio(), cost.bareCopySeconds());
        Path log = work.resolve("warehouse-duckdb/logs/kaifang.log");
        if (Files.exists(log)) {
            out.printf("the nightly with the detail, step by step%s: %s%n%n", rounds.size() > 1 ? " (its last run)" : "",
                    NightlySteps.describe(NightlySteps.of(Files.readAllLines(log))));
        }
        queries(work.resolve("warehouse-duckdb/kaifang.duckdb"), rows);
        out.flush();
        return cost;
    }

    /** Reads a file through once, so that the page cache holds it for the loads timed after. */
    private static void readOnce(Path file) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (channel.read(buffer) > 0) {
                buffer.clear();
            }
        }
    }

    private static Measurement named(List<Measurement> loads, String what) {
        return loads.stream().filter(m -> m.what().equals(what)).findFirst().orElseThrow();
    }

    /** A whole nightly's wall time, in a child JVM, on a fresh warehouse. */
    private Measurement nightly(String what, Path data, Path warehouse) throws Exception {
        deleteTree(warehouse);
        List<String> args = List.of("org.kaifang.cli.Main", "nightly", "--data", data.toString(), "--warehouse",
                warehouse.toString());
        Run run = child(launcherJit(args), args);
        return new Measurement(what, run.wallSeconds(), run.wallSeconds(), 0, run.peakBytes());
    }

    /** Per load: the median load and wall seconds over the rounds, and the highest peak. */
    private static List<Measurement> medians(List<List<Measurement>> rounds) {
        List<Measurement> medians = new ArrayList<>();
        for (int i = 0; i < rounds.get(0).size(); i++) {
            int load = i;
            List<Measurement> runs = rounds.stream().map(r -> r.get(load)).toList();
            double[] seconds = runs.stream().mapToDouble(Measurement::seconds).sorted().toArray();
            double[] wall = runs.stream().mapToDouble(Measurement::wallSeconds).sorted().toArray();
            long peak = runs.stream().mapToLong(Measurement::peakBytes).max().orElse(0);
            medians.add(new Measurement(runs.get(0).what(), median(seconds), median(wall), runs.get(0).rows(), peak));
        }
        return medians;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private Measurement bare(String what, String engine, Path csv, long rows) throws Exception {
        Path target = work.resolve("bare-" + engine);
        deleteTree(target);
        Run run = child(List.of(), List.of(BareLoads.class.getName(), engine, csv.toString(), target.toString()));
        Matcher m = BARE_SECONDS.matcher(run.output());
        if (!m.find()) {
            throw new IllegalStateException(what + " printed no time:\n" + run.output());
        }
        return new Measurement(what, Double.parseDouble(m.group(1)), run.wallSeconds(), rows, run.peakBytes());
    }

    private Measurement kaifang(String what, Path data, Path warehouse, long rows, String... more) throws Exception {
        deleteTree(warehouse);
        List<String> args = new ArrayList<>(List.of("org.kaifang.cli.Main", "nightly", "--data", data.toString(),
                "--warehouse", warehouse.toString()));
        args.addAll(Arrays.asList(more));
        Run run = child(launcherJit(args), args);
        String log = Files.readString(warehouse.resolve("logs/kaifang.log"));
        Matcher m = LOAD_SECONDS.matcher(log);
        if (!m.find()) {
            throw new IllegalStateException(what + " logged no load time:\n" + run.output());
        }
        return new Measurement(what, Double.parseDouble(m.group(1)), run.wallSeconds(), rows, run.peakBytes());
    }

    private void queries(Path catalog, long rows) throws SQLException {
        out.printf("| %-80s | %9s | %9s |%n", "query on the catalog, " + String.format("%,d", rows) + " detail rows",
                "median ms", "rows");
        out.println("| " + "-".repeat(80) + " | --------: | --------: |");
        try (ReadOnlySession session = new ReadOnlySession(catalog)) {
            for (String query : QUERIES) {
                double[] ms = new double[7];
                int count = 0;
                for (int i = 0; i < ms.length; i++) {
                    long started = System.nanoTime();
                    count = 0;
                    try (ResultSet rs = session.query(query)) {
                        while (rs.next()) {
                            count++;
                        }
                    }
                    ms[i] = (System.nanoTime() - started) / 1e6;
                }
                Arrays.sort(ms);
                out.printf("| %-80s | %9.1f | %9d |%n", query, ms[ms.length / 2], count);
            }
        }
    }

    /** A child JVM's output, wall time and peak resident memory. */
    record Run(String output, double wallSeconds, long peakBytes) {
    }

    /**
     * The JIT the launcher starts a nightly with: its first tier only, unless the nightly uses
     * Spark ({@code ./kaifang}); the bench's own JVM keeps the optimizing compiler, and a
     * nightly timed with it would not be the nightly a user waits for.
     */
    private static List<String> launcherJit(List<String> args) {
        String master = System.getenv("KAIFANG_SPARK_MASTER");
        boolean spark = (master != null && !master.isBlank()) || args.stream().anyMatch(a -> a.startsWith("--spark-master"));
        return spark ? List.of() : List.of("-XX:TieredStopAtLevel=1");
    }

    /**
     * @param flags JVM options before the bench's own, so that an operator's KAIFANG_JAVA_OPTS
     *              (among the bench's own) wins over them as it does in the launcher
     */
    private Run child(List<String> flags, List<String> mainAndArgs) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(flags);
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-agentlib") && !a.startsWith("-javaagent")).toList());
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArgs);
        Path output = Files.createTempFile(work, "child", ".log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        long peak = 0;
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, highWaterMark(status));
        }
        double wall = (System.nanoTime() - started) / 1e9;
        String text = Files.readString(output);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", mainAndArgs) + " failed:\n" + text);
        }
        return new Run(text, wall, peak);
    }

    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the process ended between two looks
        }
        return 0;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
