package org.kaifang.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kaifang.ChildJvm;
import org.kaifang.TestWarehouse;

/**
 * The nightly job as operators run it: in processes of its own, killed with {@code kill -9}
 * anywhere, started twice at once. Runs after {@code package}, on the packaged jar.
 */
class ReliabilityIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final String DATE = "2026-11-26";

    @TempDir
    static Path root;

    /** Per view: row count and an order-free hash of every row (timestamps left out: they say when, not what). */
    static Map<String, String> uninterrupted;

    @BeforeAll
    static void runOnceWithoutInterruption() throws Exception {
        TestWarehouse clean = new TestWarehouse(root.resolve("clean"));
        ChildJvm run = nightly(clean, null);
        assertEquals(0, run.waitFor(), run.output());
        uninterrupted = checksums(clean.warehouse().resolve("kaifang.duckdb"));
        assertTrue(uninterrupted.size() > 40, uninterrupted.keySet().toString());
    }

    @ParameterizedTest(name = "killed at: {0}")
    @ValueSource(strings = {
        "before reference",
        "after reference",
        "written load sources/observations/xiangtan_2011_speech.csv",
        "after load sources/observations/zhuzhou_yearbook_2011.xlsx",
        "before publish",
        "published sources/observations/xiangtan_2011_speech.csv",
        "after publish",
        "after marts",
        "catalog built",
        "after catalog",
        "after checks",
        "after report"})
    void killedAnywhereARerunEndsAsAnUninterruptedRun(String moment) throws Exception {
        TestWarehouse warehouse = new TestWarehouse(root.resolve("killed-" + moment.replaceAll("[^a-z0-9]+", "-")));
        ChildJvm paused = nightly(warehouse, moment);
        awaitPause(paused, moment);
        paused.kill();

        ChildJvm rerun = nightly(warehouse, null);
        assertEquals(0, rerun.waitFor(), rerun.output());
        assertEquals(uninterrupted, checksums(warehouse.warehouse().resolve("kaifang.duckdb")), moment);
        try (var leftovers = Files.walk(warehouse.warehouse().resolve("lake"))) {
            assertEquals(List.of(), leftovers.filter(p -> p.toString().contains("staging")).filter(Files::isRegularFile)
                    .toList(), "no staging file is left behind");
        }
    }

    @Test
    void sigtermStopsAtTheNextBoundaryAsStoppedAndTheNextRunResumes() throws Exception {
        TestWarehouse warehouse = new TestWarehouse(root.resolve("sigterm"));
        String speech = "load sources/observations/xiangtan_2011_speech.csv";
        ChildJvm running = nightly(warehouse, "written " + speech);
        awaitPause(running, "written " + speech);
        running.process().destroy();
        running.waitFor();
        assertTrue(running.output().contains("asked to stop"), running.output());
        assertTrue(running.output().contains(": STOPPED (execution "), running.output());
        assertTrue(running.output().contains("  COMPLETED reference "), running.output());
        assertTrue(running.output().contains("  STOPPED   " + speech), running.output());

        ChildJvm resumed = nightly(warehouse, null);
        assertEquals(0, resumed.waitFor(), resumed.output());
        assertTrue(resumed.output().contains(": COMPLETED (execution "), resumed.output());
        // the step that was stopped is done again whole (its Parquet file cannot be appended to);
        // what had completed is not
        assertTrue(resumed.output().contains("  COMPLETED " + speech), resumed.output());
        assertTrue(!resumed.output().contains(" reference "), "the completed step is not redone:\n" + resumed.output());
        assertEquals(uninterrupted, checksums(warehouse.warehouse().resolve("kaifang.duckdb")));
    }

    @Test
    void secondRunWhileOneRunsChangesNothingAndNamesTheHolder() throws Exception {
        TestWarehouse warehouse = new TestWarehouse(root.resolve("two"));
        ChildJvm first = nightly(warehouse, "before reference");
        awaitPause(first, "before reference");
        ChildJvm second = nightly(warehouse, null);
        int code = second.waitFor();
        String holder = "pid " + first.process().pid() + " on ";
        first.kill();
        assertEquals(4, code, second.output());
        assertTrue(second.output().contains("another nightly run is writing the warehouse"), second.output());
        assertTrue(second.output().contains(holder), second.output());
        assertTrue(Files.notExists(warehouse.warehouse().resolve("kaifang.duckdb")), "the second run built nothing");
    }

    @Test
    void readersInOtherProcessesSeeTheOldOrTheNewWarehouseNeverAnErrorNorAMix() throws Exception {
        TestWarehouse warehouse = new TestWarehouse(root.resolve("readers"));
        ChildJvm first = nightly(warehouse, null);
        assertEquals(0, first.waitFor(), first.output());
        Path catalog = warehouse.warehouse().resolve("kaifang.duckdb");
        String before = answer(catalog);
        // a new figure and a revised one: the next run publishes a different warehouse
        warehouse.append("sources/observations/xiangtan_2011_speech.csv",
                "430300,fie_new,2011,,12,家,,a new figure", "430300,fdi_actual,2010,,4.1,亿美元,,a revised figure");

        Path stop = root.resolve("readers-stop");
        List<ChildJvm> readers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            readers.add(ChildJvm.start(root, Map.of(), null, "org.kaifang.batch.CatalogReader", catalog.toString(), stop.toString()));
        }
        Thread.sleep(2000);
        ChildJvm nightly = nightly(warehouse, null);
        assertEquals(0, nightly.waitFor(), nightly.output());
        Thread.sleep(2000);
        Files.createFile(stop);
        String after = answer(catalog);
        assertTrue(!before.equals(after), "the run changed what leaders read");

        int seenAfter = 0;
        for (ChildJvm reader : readers) {
            assertEquals(0, reader.waitFor(), reader.output());
            List<String> lines = reader.output().lines().filter(l -> l.startsWith("answer ") || l.startsWith("error "))
                    .toList();
            assertTrue(lines.stream().noneMatch(l -> l.startsWith("error ")), reader.output());
            for (String line : lines) {
                String answer = line.split(" ")[1];
                assertTrue(answer.equals(before) || answer.equals(after), "a mixed answer: " + reader.output());
                seenAfter += answer.equals(after) ? 1 : 0;
            }
            assertTrue(lines.size() >= 1, reader.output());
        }
        assertTrue(seenAfter > 0, "the readers saw the new warehouse too");
    }

    private static String answer(Path catalog) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:" + catalog, readOnly);
             Statement statement = duckdb.createStatement();
             ResultSet rs = statement.executeQuery(CatalogReader.QUERY)) {
            rs.next();
            return Integer.toHexString(rs.getString(1).hashCode());
        }
    }

    /**
     * Spring Batch records a step COMPLETED before it closes the step's streams: a kill in
     * between, once the job repository has written the record (H2 writes within half a second),
     * must not leave a loaded file cut off. The rerun keeps the completed load and its file.
     */
    @Test
    void killedAfterALoadIsRecordedCompleteARerunKeepsItsFinishedFile() throws Exception {
        TestWarehouse warehouse = new TestWarehouse(root.resolve("killed-after-completed"));
        String load = "load sources/observations/zhuzhou_yearbook_2011.xlsx";
        ChildJvm paused = nightly(warehouse, "after " + load);
        awaitPause(paused, "after " + load);
        Thread.sleep(2_000);
        paused.kill();

        ChildJvm rerun = nightly(warehouse, null);
        assertEquals(0, rerun.waitFor(), rerun.output());
        assertTrue(!rerun.output().contains(load), "the completed load is not redone:\n" + rerun.output());
        assertEquals(uninterrupted, checksums(warehouse.warehouse().resolve("kaifang.duckdb")));
    }

    /**
     * A job repository that stops answering (here: a call paused inside the repository, as a
     * database spinning or waiting on a lock would be) ends the run with exit 1 once the deadline
     * passes, naming the call; the next run recovers it and says so, as does the history.
     */
    @Test
    void aRepositoryCallThatNeverAnswersEndsTheRunAtItsDeadlineAndTheNextRunRecovers() throws Exception {
        TestWarehouse warehouse = new TestWarehouse(root.resolve("deadline"));
        Map<String, String> environment = new HashMap<>();
        environment.put(PausePoints.VARIABLE, "repository update");
        environment.put("KAIFANG_JOB_REPOSITORY_DEADLINE", "3");
        ChildJvm.trainArchive();
        long started = System.nanoTime();
        ChildJvm stuck = ChildJvm.kaifang(root, environment, null, "nightly", "--date", DATE, "--lang", "en",
                "--data", warehouse.data().toString(), "--warehouse", warehouse.warehouse().toString());
        assertEquals(1, stuck.waitFor(), stuck.output());
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(seconds < 30, "ended after " + seconds + " s with a deadline of 3 s");
        String message = "the job repository jdbc:h2:file:" + warehouse.warehouse().resolve("batch/jobs")
                + ";DB_CLOSE_ON_EXIT=FALSE did not answer within 3 s; kaifang waited for: update(execution 1)";
        assertTrue(stuck.output().contains(message), stuck.output());
        assertTrue(Files.readString(warehouse.warehouse().resolve("logs/kaifang.log")).contains(message),
                "the log says it too");

        ChildJvm rerun = nightly(warehouse, null);
        assertEquals(0, rerun.waitFor(), rerun.output());
        assertTrue(rerun.output().contains("recovered: execution 1 was interrupted; resumed at step 'reference'"),
                rerun.output());
        assertEquals(uninterrupted, checksums(warehouse.warehouse().resolve("kaifang.duckdb")));

        TestWarehouse.Run history = warehouse.kaifang("history");
        assertEquals(0, history.exitCode(), history.err());
        assertTrue(history.out().contains("interrupted (killed, stopped by the job repository's deadline, or the machine"
                + " went down); recovered by the next run"),
                history.out());
        assertTrue(history.out().contains("restart of execution 1, resumed at step 'reference'"), history.out());
        assertTrue(Files.readString(warehouse.warehouse().resolve("logs/kaifang.log"))
                .contains("restarts interrupted execution 1, resuming at step 'reference'"));
    }

    /** A nightly run of the packaged jar in a JVM of its own, waiting at {@code pauseAt} if given. */
    private static ChildJvm nightly(TestWarehouse warehouse, String pauseAt) throws IOException {
        Map<String, String> environment = new HashMap<>();
        environment.put(PausePoints.VARIABLE, pauseAt);
        return ChildJvm.kaifang(root, environment, null, "nightly", "--date", DATE, "--lang", "en",
                "--data", warehouse.data().toString(), "--warehouse", warehouse.warehouse().toString());
    }

    private static void awaitPause(ChildJvm child, String moment) throws Exception {
        child.awaitOutput("kaifang: paused at " + moment, 120);
    }

    static Map<String, String> checksums(Path catalog) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        Map<String, String> sums = new TreeMap<>();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:" + catalog, readOnly);
             Statement statement = duckdb.createStatement()) {
            Map<String, List<String>> columns = new TreeMap<>();
            try (ResultSet rs = statement.executeQuery("select c.table_name, c.column_name from duckdb_columns() c"
                    + " join duckdb_views() v on v.view_name = c.table_name and v.schema_name = c.schema_name"
                    + " where not v.internal and c.data_type not like 'TIMESTAMP%' order by c.table_name, c.column_index")) {
                while (rs.next()) {
                    columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add('"' + rs.getString(2) + '"');
                }
            }
            for (var view : columns.entrySet()) {
                try (ResultSet rs = statement.executeQuery("select count(*) || ':' || coalesce(sum(hash("
                        + String.join(", ", view.getValue()) + ")), 0) from " + view.getKey())) {
                    rs.next();
                    sums.put(view.getKey(), rs.getString(1));
                }
            }
        }
        return sums;
    }
}
