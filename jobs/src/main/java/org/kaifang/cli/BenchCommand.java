package org.kaifang.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.kaifang.bench.Benchmark;
import org.kaifang.bench.StartupBench;
import org.kaifang.config.Settings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Benchmark the customs detail load and leaders' queries against bare DuckDB and Spark.",
        description = {
            "Generates N rows once (kept in --work for the next run), then times in child JVMs: bare DuckDB",
            "COPY, kaifang's DuckDB load, a whole nightly without the detail, bare Spark CSV to Parquet,",
            "kaifang's Spark load; prints wall times, rows/s, ratios against the bare engine, peak memory,",
            "query latency on the new warehouse, and what the detail costs the whole nightly against the bare",
            "COPY: (nightly with - nightly without) / COPY, for each N given (--rows 10000000,100000000).",
            "First it times the start-up through the launcher: 5 runs of sql \"select 1\" and of a nightly with",
            "nothing to do, on the data folder's own warehouse under <warehouse>/bench/startup."})
final class BenchCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", paramLabel = "N", split = ",", defaultValue = "10000000",
            description = "Detail rows, or several sizes side by side: 10000000,100000000 (default: ${DEFAULT-VALUE}).")
    List<Long> rows;

    @Option(names = "--work", paramLabel = "DIR", description = "Working folder (default: <warehouse>/bench; each size in <rows>/).")
    Path work;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3",
            description = "Runs of each load; the table shows the median (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--no-spark", description = "Skip the two Spark loads.")
    boolean noSpark;

    @Option(names = "--startup-only", description = "Time only the start-up: sql \"select 1\" and a nightly with nothing to do.")
    boolean startupOnly;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings();
        Path folder = work != null ? work : settings.warehouseDir().resolve("bench");
        PrintWriter out = spec.commandLine().getOut();
        String home = System.getenv("KAIFANG_HOME");
        if (home != null) {
            new StartupBench(Path.of(home, "kaifang"), settings.dataDir(), settings.warehouseDir().resolve("bench")
                    .resolve("startup"), out).run();
        } else {
            out.println("start-up not timed: run through ./kaifang, which it times");
        }
        if (startupOnly) {
            return ExitCodes.OK;
        }
        List<Benchmark.DetailCost> costs = new ArrayList<>();
        for (long size : rows) {
            Path sized = folder.resolve(String.valueOf(size));
            Files.createDirectories(sized);
            costs.add(new Benchmark(sized, settings.dataDir(), out).run(size, !noSpark, repeat));
        }
        out.printf("%n| %-14s | %13s | %13s | %13s | %13s | %9s |%n", "detail rows", "nightly s", "without s",
                "bare COPY s", "(with-without)/COPY", "peak MiB");
        out.println("| " + "-".repeat(14) + " | ------------: | ------------: | ------------: | ------------------: | --------: |");
        for (Benchmark.DetailCost cost : costs) {
            out.printf("| %,14d | %13.1f | %13.1f | %13.1f | %18.2fx | %9d |%n", cost.rows(), cost.withSeconds(),
                    cost.withoutSeconds(), cost.bareCopySeconds(), cost.ratio(), cost.peakBytes() >> 20);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
