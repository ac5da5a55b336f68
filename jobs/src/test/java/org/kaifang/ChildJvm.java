package org.kaifang;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A class of the packaged jar run in a JVM of its own, as the launcher runs it, its output in a
 * log file: for tests that kill, signal or pipe into a real process.
 */
public record ChildJvm(Process process, Path log) {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /**
     * Runs {@code org.kaifang.cli.Main} with these arguments, with the JIT the launcher chooses:
     * its first tier only, unless the command is bench, or a nightly, repair or schedule that the
     * arguments or the environment point at Spark (the tests give no config file that does).
     * sql runs as the launcher runs it: with only the jars of {@code target/sql.jars} and without
     * Spark's module openings.
     */
    public static ChildJvm kaifang(Path logDir, Map<String, String> environment, Path input, String... args)
            throws IOException {
        List<String> all = new ArrayList<>();
        String command = args.length == 0 ? "" : args[0];
        String master = environment.containsKey("KAIFANG_SPARK_MASTER") ? environment.get("KAIFANG_SPARK_MASTER")
                : System.getenv("KAIFANG_SPARK_MASTER");
        boolean spark = (master != null && !master.isBlank())
                || List.of(args).stream().anyMatch(a -> a.startsWith("--spark-master"));
        boolean optimizing = command.equals("bench")
                || (List.of("nightly", "repair", "schedule").contains(command) && spark);
        if (!optimizing) {
            all.add("-XX:TieredStopAtLevel=1");
        }
        all.add("org.kaifang.cli.Main");
        all.addAll(List.of(args));
        return start(logDir, environment, input, command.equals("sql"), all.toArray(String[]::new));
    }

    /**
     * @param environment variables to set; a null value removes one
     * @param mainAndArgs JVM options first if any, then the main class and its arguments
     * @param input       file to pipe into standard input, or null for none
     */
    public static ChildJvm start(Path logDir, Map<String, String> environment, Path input, String... mainAndArgs)
            throws IOException {
        return start(logDir, environment, input, false, mainAndArgs);
    }

    /**
     * Writes the launcher's class-data archive now if it is missing or older than the jar (a
     * nightly's training takes about 20 s): a test that times a child run calls this first, so
     * that the training is not counted in the run's time.
     */
    public static void trainArchive() throws IOException {
        Launch launch = launch(false);
        archive(false, launch.flags(), String.join(":", launch.classpath()));
    }

    /** The JVM flags and the class path the launcher starts a command with. */
    private record Launch(List<String> flags, List<String> classpath) {
    }

    private static Launch launch(boolean sql) throws IOException {
        List<String> flags = new ArrayList<>();
        for (String flag : Files.readString(TARGET.resolve("jvm.options")).trim().split("\\s+")) {
            if (!(sql && flag.startsWith("--add-opens="))) {
                flags.add(flag);
            }
        }
        List<String> classpath = new ArrayList<>(List.of(TARGET.resolve("kaifang.jar").toString()));
        // as the launcher runs it: DuckDB's library where the build unpacked it, if it did
        Path duckdb = TARGET.resolve("duckdb");
        if (Files.isRegularFile(duckdb.resolve("kaifang-duckdb.jar"))) {
            classpath.add(duckdb.resolve("kaifang-duckdb.jar").toString());
            flags.add("-Djava.library.path=" + duckdb.resolve("native"));
        }
        if (sql) {
            classpath.addAll(sqlJars());
        } else {
            // picocli named first, as the launcher names it
            try (Stream<Path> lib = Files.list(TARGET.resolve("lib"))) {
                lib.filter(jar -> jar.getFileName().toString().startsWith("picocli-")).sorted().findFirst()
                        .ifPresent(picocli -> classpath.add(picocli.toString()));
            }
            classpath.add(TARGET.resolve("lib") + "/*");
        }
        return new Launch(flags, classpath);
    }

    private static ChildJvm start(Path logDir, Map<String, String> environment, Path input, boolean sql,
                                  String... mainAndArgs) throws IOException {
        Launch launch = launch(sql);
        List<String> flags = launch.flags();
        List<String> classpath = launch.classpath();
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(flags);
        Path archive = archive(sql, flags, String.join(":", classpath));
        if (archive != null) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        // the tests' own classes last: the archive's class path stays the start of this one
        String tests = sql ? "" : ":" + TARGET.resolve("test-classes");
        command.addAll(List.of("-cp", String.join(":", classpath) + tests));
        command.addAll(List.of(mainAndArgs));
        Files.createDirectories(logDir);
        Path log = Files.createTempFile(logDir, "child", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        return new ChildJvm(builder.start(), log);
    }

    /** Archives whose training failed in this JVM: not tried again, as the launcher does not. */
    private static final Set<Path> UNTRAINABLE = ConcurrentHashMap.newKeySet();

    /**
     * The launcher's class-data archive for this class path, written by the launcher's training
     * run when missing or older than the jar, so that a child starts as ./kaifang starts (0.75 s
     * sooner than without); null if the training failed, and the child starts without. The two
     * test JVMs take turns by a file lock: one trains, the other finds the archive made.
     */
    private static synchronized Path archive(boolean sql, List<String> flags, String classpath) throws IOException {
        Path archive = TARGET.resolve(sql ? "kaifang-sql.jsa" : "kaifang.jsa");
        if (UNTRAINABLE.contains(archive)) {
            return null;
        }
        try (FileChannel lock = FileChannel.open(archive.resolveSibling(archive.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = lock.lock()) {
            if (Files.isRegularFile(archive) && Files.getLastModifiedTime(archive)
                    .compareTo(Files.getLastModifiedTime(TARGET.resolve("kaifang.jar"))) > 0) {
                return archive;
            }
            Path training = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid());
            if (train(sql, flags, classpath, training)) {
                Files.move(training, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return archive;
            }
            Files.deleteIfExists(training);
            UNTRAINABLE.add(archive);
            return null;
        }
    }

    /** The launcher's training run (StartupTraining), never with the operator's settings. */
    private static boolean train(boolean sql, List<String> flags, String classpath, Path training) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-XX:ArchiveClassesAtExit=" + training,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        command.addAll(flags);
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-cp", classpath, "org.kaifang.cli.StartupTraining"));
        command.add(sql ? "sql" : TestWarehouse.PROJECT_DATA.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(name -> name.startsWith("KAIFANG_"));
        Process process = builder.start();
        process.getOutputStream().close();
        try {
            // as long as the launcher waits for it
            if (process.waitFor(300, TimeUnit.SECONDS)) {
                return process.exitValue() == 0 && Files.isRegularFile(training);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        return false;
    }

    /** The jars of lib/ named (by artifactId) in target/sql.jars, as the launcher finds them. */
    private static List<String> sqlJars() throws IOException {
        List<Path> lib;
        try (Stream<Path> files = Files.list(TARGET.resolve("lib"))) {
            lib = files.sorted().toList();
        }
        List<String> jars = new ArrayList<>();
        for (String id : Files.readString(TARGET.resolve("sql.jars")).trim().split("\\s+")) {
            lib.stream().filter(jar -> jar.getFileName().toString().matches(Pattern.quote(id) + "-[0-9].*\\.jar"))
                    .forEach(jar -> jars.add(jar.toString()));
        }
        return jars;
    }

    /** Waits until the output holds {@code text}, failing if the process ends first. */
    public void awaitOutput(String text, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!output().contains(text)) {
            assertTrue(process.isAlive(), "ended before printing '" + text + "':\n" + output());
            assertTrue(System.nanoTime() < deadline, "never printed '" + text + "':\n" + output());
            Thread.sleep(50);
        }
    }

    /** kill -9: no shutdown hook, no finally block runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public int waitFor() throws Exception {
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "still running:\n" + output());
        return process.exitValue();
    }

    public String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
