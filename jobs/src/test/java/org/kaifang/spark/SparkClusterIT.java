package org.kaifang.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.TestWarehouse;

/**
 * A real standalone Spark cluster, a master and one worker on 127.0.0.1 started from the
 * project's own runtime classpath, runs the nightly customs detail load; the result must equal
 * the one-machine (DuckDB) load of the same file. Both are stopped by their process handles.
 */
class SparkClusterIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @TempDir
    static Path root;

    static Process master;
    static Process worker;
    static int masterPort;

    @BeforeAll
    static void startCluster() throws Exception {
        Path sparkHome = root.resolve("spark-home");
        Files.createDirectories(sparkHome.resolve("jars"));
        try (Stream<Path> jars = Files.list(TARGET.resolve("lib"))) {
            for (Path jar : jars.toList()) {
                Files.createSymbolicLink(sparkHome.resolve("jars").resolve(jar.getFileName()), jar);
            }
        }
        masterPort = freePort();
        master = start(sparkHome, "master", "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(freePort()));
        awaitLog(root.resolve("master.log"), "I have been elected leader");
        worker = start(sparkHome, "worker", "org.apache.spark.deploy.worker.Worker",
                "--host", "127.0.0.1", "--port", String.valueOf(freePort()), "--webui-port", String.valueOf(freePort()),
                "--cores", "2", "--memory", "2g", "--work-dir", root.resolve("work").toString(),
                "spark://127.0.0.1:" + masterPort);
        awaitLog(root.resolve("worker.log"), "Successfully registered with master");
    }

    @AfterAll
    static void stopCluster() throws InterruptedException {
        for (Process p : new Process[] {worker, master}) {
            if (p != null) {
                p.destroy();
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    @Test
    void clusterLoadEqualsTheOneMachineLoad() throws IOException {
        Path generated = root.resolve("generated");
        TestWarehouse.Run generate = TestWarehouse.run("generate", "--rows", "30000", "--out", generated.toString(),
                "--data", TestWarehouse.PROJECT_DATA.toString());
        assertEquals(0, generate.exitCode(), generate.err());

        TestWarehouse.Run local = TestWarehouse.run("nightly", "--date", "2026-11-26", "--data", generated.toString(),
                "--warehouse", root.resolve("local").toString());
        assertEquals(0, local.exitCode(), local.out() + local.err());
        TestWarehouse.Run cluster = TestWarehouse.run("nightly", "--date", "2026-11-26", "--data", generated.toString(),
                "--warehouse", root.resolve("cluster").toString(), "--spark-master", "spark://127.0.0.1:" + masterPort);
        assertEquals(0, cluster.exitCode(), cluster.out() + cluster.err());
        assertTrue(cluster.out().contains("read 30000, written 29994, rejected 6"), cluster.out());

        var fromLocal = new TestWarehouse.Catalog(root.resolve("local/kaifang.duckdb"));
        var fromCluster = new TestWarehouse.Catalog(root.resolve("cluster/kaifang.duckdb"));
        String contents = "select count(*), sum(hash(year, month, region_code, partner_iso, hs_code, flow, value_usd,"
                + " quantity, source_line)) from stg_trade_flow";
        assertEquals(fromLocal.query(contents), fromCluster.query(contents));
        assertEquals("29994", fromCluster.query(contents).get(0).get(0));
        String partners = "select * from fct_trade_partner order by all";
        assertEquals(fromLocal.query(partners), fromCluster.query(partners));
        assertTrue(Files.readString(root.resolve("worker.log")).contains("Asked to launch executor"),
                "the work ran on the cluster's executor");
    }

    private static Process start(Path sparkHome, String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(Files.readString(TARGET.resolve("jvm.options")).trim().split("\\s+")));
        command.addAll(List.of("-Xmx512m", "-cp", TARGET.resolve("lib") + "/*", mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(root.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", sparkHome.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return builder.start();
    }

    private static void awaitLog(Path log, String text) throws Exception {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no '" + text + "' in " + log + ":\n" + (Files.exists(log) ? Files.readString(log) : ""));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
