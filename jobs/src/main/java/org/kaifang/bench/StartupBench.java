package org.kaifang.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times what a user waits for before any work is done, through the launcher itself as a user
 * runs it: {@code ./kaifang sql "select 1"}, and a nightly that finds its inputs unchanged.
 * Each runs five times after one untimed run (which builds the warehouse, or the launcher's
 * class archive); the table shows the median and the range.
 */
public final class StartupBench {

    static final int RUNS = 5;

    private final Path launcher;
    private final Path data;
    private final Path warehouse;
    private final PrintWriter out;

    public StartupBench(Path launcher, Path data, Path warehouse, PrintWriter out) {
        this.launcher = launcher;
        this.data = data;
        this.warehouse = warehouse;
        this.out = out;
    }

    public void run() throws IOException, InterruptedException {
        // a config file of its own, empty: the runs timed here never reach the operator's job
        // repository, where a completed bench run would stand for the night's
        Files.createDirectories(warehouse);
        Path config = warehouse.resolve("bench.properties");
        Files.writeString(config, "");
        List<String> folders = List.of("--data", data.toString(), "--warehouse", warehouse.toString(),
                "--config", config.toString());
        out.printf("%n| %-40s | %8s | %8s | %8s |%n", "start-up, " + RUNS + " runs through " + launcher.getFileName(),
                "median s", "min s", "max s");
        out.println("| " + "-".repeat(40) + " | -------: | -------: | -------: |");
        // the nightly first: its untimed run builds the warehouse the query reads
        row("kaifang nightly, inputs unchanged", command(List.of("nightly"), folders));
        row("kaifang sql \"select 1\"", command(List.of("sql", "select 1"), folders));
        out.flush();
    }

    private List<String> command(List<String> args, List<String> folders) {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(args);
        command.addAll(folders);
        return command;
    }

    private void row(String what, List<String> command) throws IOException, InterruptedException {
        time(command);
        double[] seconds = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            seconds[i] = time(command);
        }
        Arrays.sort(seconds);
        out.printf("| %-40s | %8.2f | %8.2f | %8.2f |%n", what, seconds[RUNS / 2], seconds[0], seconds[RUNS - 1]);
    }

    private double time(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("kaifang-startup", ".log");
        try {
            long started = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            // the environment's settings outrank a config file: those that lead elsewhere are dropped
            builder.environment().keySet().removeIf(name -> name.startsWith("KAIFANG_JOB_REPOSITORY_")
                    || name.equals("KAIFANG_CONFIG") || name.equals("KAIFANG_PAUSE_AT"));
            int exit = builder.start().waitFor();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + exit + ":\n" + Files.readString(output));
            }
            return seconds;
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
