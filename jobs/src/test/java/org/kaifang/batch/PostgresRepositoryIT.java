package org.kaifang.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.ChildJvm;
import org.kaifang.TestWarehouse;

/**
 * The job repository on a real PostgreSQL server (Debian's package), chosen by a config file
 * alone: a run, a failed run, and its restart from the failed step. The server is started
 * for the test in a folder of its own, on 127.0.0.1, and stopped after it.
 */
class PostgresRepositoryIT {

    private static final String PASSWORD = "kaifang-Secret-42";

    @TempDir
    static Path root;

    static Path server;
    static Path bin;
    static int port;

    @BeforeAll
    static void startPostgres() throws Exception {
        bin = postgresBin();
        assumeTrue(bin != null || "1".equals(System.getenv("KAIFANG_REQUIRE_POSTGRES")),
                "PostgreSQL is not installed (Debian package postgresql; .ci/run installs it)");
        assertTrue(bin != null, "KAIFANG_REQUIRE_POSTGRES=1 but no /usr/lib/postgresql/*/bin/initdb");
        server = Files.createTempDirectory("kaifang-postgres");
        Files.writeString(server.resolve("password"), PASSWORD + "\n");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        if (isRoot()) {
            // the server refuses to run as root: it runs as the package's postgres user
            run(List.of("chown", "-R", "postgres", server.toString()));
        }
        run(asPostgres(bin.resolve("initdb").toString(), "-D", server.resolve("data").toString(), "-U", "kaifang",
                "--pwfile", server.resolve("password").toString(), "-A", "scram-sha-256", "-E", "UTF8",
                "--locale", "C", "--no-sync"));
        run(asPostgres(bin.resolve("pg_ctl").toString(), "-D", server.resolve("data").toString(), "-l",
                server.resolve("log").toString(), "-w", "-o",
                "-c listen_addresses=127.0.0.1 -p " + port + " -k " + server + " -c fsync=off", "start"));
        try (Connection postgres = DriverManager.getConnection(url("postgres"), "kaifang", PASSWORD);
             Statement statement = postgres.createStatement()) {
            statement.execute("create database kaifang");
        }
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (server != null) {
            run(asPostgres(bin.resolve("pg_ctl").toString(), "-D", server.resolve("data").toString(), "-m", "fast",
                    "-w", "stop"));
            try (Stream<Path> files = Files.walk(server)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void runFailAndRestartFromTheFailedStep() throws Exception {
        TestWarehouse warehouse = new TestWarehouse(root.resolve("pg"));
        Path config = root.resolve("kaifang.properties");
        Files.writeString(config, "job-repository.url = " + url("kaifang") + "\njob-repository.user = kaifang\n"
                + "job-repository.password = " + PASSWORD + "\n");
        // a file where the reports folder belongs: every step succeeds but the last
        Files.createDirectories(warehouse.warehouse());
        Files.writeString(warehouse.warehouse().resolve("reports"), "in the way");

        TestWarehouse.Run failed = warehouse.kaifang("nightly", "--date", "2026-11-26", "--config", config.toString(),
                "--lang", "en");
        assertEquals(1, failed.exitCode(), failed.out() + failed.err());
        assertTrue(failed.err().contains("  FAILED    report"), failed.err());

        Files.delete(warehouse.warehouse().resolve("reports"));
        TestWarehouse.Run restarted = warehouse.kaifang("nightly", "--date", "2026-11-26", "--config",
                config.toString(), "--lang", "en");
        assertEquals(0, restarted.exitCode(), restarted.out() + restarted.err());
        assertTrue(restarted.out().contains("  COMPLETED report"), restarted.out());
        assertFalse(restarted.out().contains(" catalog "), "completed steps are not redone:\n" + restarted.out());
        assertTrue(Files.exists(warehouse.warehouse().resolve("reports/430300/2011/trend.md")));

        try (Connection postgres = DriverManager.getConnection(url("kaifang"), "kaifang", PASSWORD);
             Statement statement = postgres.createStatement();
             ResultSet rs = statement.executeQuery("select job_instance_id, status from batch_job_execution"
                     + " order by job_execution_id")) {
            List<String> executions = new ArrayList<>();
            while (rs.next()) {
                executions.add(rs.getLong(1) + " " + rs.getString(2));
            }
            assertEquals(2, executions.size(), executions.toString());
            assertEquals(executions.get(0).split(" ")[0], executions.get(1).split(" ")[0], "one instance, restarted");
            assertEquals(List.of("FAILED", "COMPLETED"), executions.stream().map(e -> e.split(" ")[1]).toList());
        }

        TestWarehouse.Run history = warehouse.kaifang("history", "--config", config.toString());
        assertEquals(0, history.exitCode(), history.err());
        String log = Files.readString(warehouse.warehouse().resolve("logs/kaifang.log"));
        for (String text : List.of(failed.out(), failed.err(), restarted.out(), history.out(), history.err(), log)) {
            assertFalse(text.contains(PASSWORD), "the password must never be printed or logged");
        }
    }

    /**
     * A lock another session holds on the repository's tables blocks the run's first query: past
     * the deadline the run ends with exit 1 naming the statement, and once the lock is gone a plain
     * rerun completes. A {@code kill -9} mid-run is recovered on PostgreSQL as on H2.
     */
    @Test
    void aLockedRepositoryEndsTheRunAtItsDeadlineAndAKilledRunIsRecovered() throws Exception {
        TestWarehouse warehouse = new TestWarehouse(root.resolve("pg-deadline"));
        try (Connection postgres = DriverManager.getConnection(url("kaifang"), "kaifang", PASSWORD);
             Statement statement = postgres.createStatement()) {
            statement.execute("create database kaifang_deadline");
        }
        Path config = root.resolve("deadline.properties");
        Files.writeString(config, "job-repository.url = " + url("kaifang_deadline") + "\njob-repository.user = kaifang\n"
                + "job-repository.password = " + PASSWORD + "\njob-repository.deadline = 3\n");
        TestWarehouse.Run first = warehouse.kaifang("nightly", "--date", "2026-11-25", "--config", config.toString());
        assertEquals(0, first.exitCode(), first.out() + first.err());

        ChildJvm.trainArchive();
        try (Connection holder = DriverManager.getConnection(url("kaifang_deadline"), "kaifang", PASSWORD);
             Statement lock = holder.createStatement()) {
            holder.setAutoCommit(false);
            lock.execute("lock table batch_job_instance in access exclusive mode");
            long started = System.nanoTime();
            ChildJvm blocked = nightly(warehouse, config, "2026-11-26", null);
            assertEquals(1, blocked.waitFor(), blocked.output());
            double seconds = (System.nanoTime() - started) / 1e9;
            assertTrue(seconds < 30, "ended after " + seconds + " s with a deadline of 3 s");
            // the run's first question: which executions were left running
            assertTrue(blocked.output().contains("did not answer within 3 s; kaifang waited for:"
                    + " findRunningJobExecutions(nightly) "), blocked.output());
            assertTrue(blocked.output().contains(" executeQuery \"SELECT "), blocked.output());
            assertTrue(blocked.output().toLowerCase(Locale.ROOT).contains("batch_job_instance"), blocked.output());
            assertFalse(blocked.output().contains(PASSWORD), blocked.output());
            holder.rollback();
        }

        ChildJvm killed = nightly(warehouse, config, "2026-11-26", "after catalog");
        killed.awaitOutput("kaifang: paused at after catalog", 120);
        killed.kill();
        ChildJvm rerun = nightly(warehouse, config, "2026-11-26", null);
        assertEquals(0, rerun.waitFor(), rerun.output());
        // killed once the catalog was swapped in: the rerun goes on from there, not from the loads
        assertTrue(rerun.output().matches("(?s).*was interrupted; resumed at step '(catalog|checks)'.*"), rerun.output());
    }

    private static ChildJvm nightly(TestWarehouse warehouse, Path config, String date, String pauseAt)
            throws IOException {
        Map<String, String> environment = new HashMap<>();
        environment.put(PausePoints.VARIABLE, pauseAt);
        return ChildJvm.kaifang(root, environment, null, "nightly", "--date", date, "--lang", "en", "--config",
                config.toString(), "--data", warehouse.data().toString(), "--warehouse", warehouse.warehouse().toString());
    }

    private static String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static Path postgresBin() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return null;
        }
        try (Stream<Path> all = Files.list(versions)) {
            return all.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElse(null);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> asPostgres(String... command) {
        List<String> all = new ArrayList<>();
        if (isRoot()) {
            all.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        all.addAll(List.of(command));
        return all;
    }

    private static void run(List<String> command) throws Exception {
        Path output = Files.createTempFile("kaifang-postgres", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), command + " did not end");
        String text = Files.readString(output);
        Files.delete(output);
        assertEquals(0, process.exitValue(), command + ":\n" + text);
    }
}
