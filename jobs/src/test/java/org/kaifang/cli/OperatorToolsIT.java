package org.kaifang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.ChildJvm;
import org.kaifang.TestWarehouse;

/** The analyst's shell and the operator's scheduler, each a real process of the packaged jar. */
class OperatorToolsIT {

    @TempDir
    static Path root;

    static TestWarehouse warehouse;

    @BeforeAll
    static void buildWarehouse() {
        warehouse = new TestWarehouse(root.resolve("shell"));
        assertEquals(0, warehouse.nightly("2026-11-26").exitCode());
    }

    @Test
    void shellRunsQueriesListsTablesAndRefusesWrites() throws Exception {
        Path input = root.resolve("session.sql");
        Files.writeString(input, String.join("\n",
                "select value as fdi from fct_growth",
                "where region_code = '430300' and indicator_code = 'fdi_actual' and year = 2011;",
                "!tables",
                "create table notes (line varchar);",
                "copy (select 1) to '" + root.resolve("leak.csv") + "';",
                "!outputformat csv",
                "select count(*) as views from duckdb_views() where view_name = 'rpt_trend_table';",
                "!quit", ""), StandardCharsets.UTF_8);
        ChildJvm shell = ChildJvm.kaifang(root, Map.of(), input, "sql", "--lang", "en",
                "--data", warehouse.data().toString(), "--warehouse", warehouse.warehouse().toString());
        assertEquals(0, shell.waitFor(), shell.output());
        String out = shell.output();
        // a statement over two lines, answered as a table: the speech's 4.68
        assertTrue(out.contains("| fdi  |") && out.contains("| 4.68 |"), out);
        assertTrue(out.contains("rpt_trend_table") && out.contains("fct_growth"), "!tables lists the catalog: " + out);
        assertTrue(out.contains("the catalog is read-only: 'CREATE' statements are refused"), out);
        assertTrue(out.contains("the catalog is read-only: 'COPY' statements are refused"), out);
        assertTrue(out.contains("'views'\n'1'"), "csv output after !outputformat csv: " + out);
        assertFalse(Files.exists(root.resolve("leak.csv")));
        assertEquals("0", warehouse.value("select count(*) from duckdb_tables() where table_name = 'notes'"));
    }

    /**
     * sql runs with only the jars of kaifang.sql.jars (jobs/pom.xml), as the launcher runs it:
     * every output format, a file, a refused write, a bad query and a missing catalog, each with
     * its own message and nothing else on the terminal (a jar missing from the list fails here
     * with NoClassDefFoundError; the shell above runs so too, on piped input: the terminal's own
     * jars, jna and jansi, load only on a real terminal).
     */
    @Test
    void queriesRunWithOnlyTheJarsSqlDeclares() throws Exception {
        String query = "select value as fdi from fct_growth"
                + " where region_code = '430300' and indicator_code = 'fdi_actual' and year = 2011";
        Path file = root.resolve("fdi.sql");
        Files.writeString(file, query, StandardCharsets.UTF_8);
        assertEquals("fdi\n----\n4.68\n(1 row)\n", sql(0, query));
        assertEquals("fdi\n4.68\n", sql(0, "--format", "csv", query));
        assertEquals("[\n  {\"fdi\": 4.68}\n]\n", sql(0, "--format", "json", query));
        assertEquals("fdi\n4.68\n", sql(0, "--format", "csv", "-f", file.toString()));
        assertEquals("kaifang sql: refused: the catalog is read-only: 'CREATE' statements are refused;"
                + " use SELECT, SHOW, DESCRIBE, SUMMARIZE, EXPLAIN or PRAGMA\n", sql(2, "create table notes (line varchar)"));
        assertTrue(sql(1, "select * from nowhere").startsWith("kaifang sql: Catalog Error: Table with name nowhere does not exist!"));
        ChildJvm missing = ChildJvm.kaifang(root, Map.of(), null, "sql", "--lang", "en",
                "--warehouse", root.resolve("none").toString(), "select 1");
        assertEquals(1, missing.waitFor(), missing.output());
        assertEquals("kaifang: no catalog at " + root.resolve("none").resolve("kaifang.duckdb")
                + ": run ./kaifang nightly first\n", missing.output());
    }

    /** The output of one sql command (standard output and error together), after its exit code. */
    private static String sql(int exitCode, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("sql", "--lang", "en",
                "--data", warehouse.data().toString(), "--warehouse", warehouse.warehouse().toString()));
        all.addAll(List.of(args));
        ChildJvm sql = ChildJvm.kaifang(root, Map.of(), null, all.toArray(String[]::new));
        assertEquals(exitCode, sql.waitFor(), sql.output());
        return sql.output();
    }

    @Test
    void scheduleRunsNightlyOnTheCronAndStopsCleanlyOnSigterm() throws Exception {
        TestWarehouse scheduled = new TestWarehouse(root.resolve("scheduled"));
        ChildJvm schedule = ChildJvm.kaifang(root, Map.of(), null, "schedule", "--cron", "*/3 * * * * *",
                "--lang", "en", "--data", scheduled.data().toString(), "--warehouse", scheduled.warehouse().toString());
        schedule.awaitOutput("run 2 finished: exit 0 (completed)", 180);
        schedule.process().destroy();
        assertTrue(schedule.process().waitFor(60, TimeUnit.SECONDS), schedule.output());
        String out = schedule.output();
        assertTrue(out.contains("run 1 finished: exit 0 (completed)"), out);
        assertTrue(out.contains("schedule stopped after"), out);
        // never two at once: each run finishes before the next starts
        List<String> events = out.lines().filter(l -> l.matches(".* run \\d+ (started|finished).*"))
                .map(l -> l.replaceAll(".* run (\\d+) (started|finished).*", "$2 $1")).toList();
        for (int i = 0; i < events.size(); i++) {
            int run = i / 2 + 1;
            assertEquals((i % 2 == 0 ? "started " : "finished ") + run, events.get(i), out);
        }
        assertTrue(schedule.process().descendants().noneMatch(ProcessHandle::isAlive), "no nightly left running");
        TestWarehouse.Run history = scheduled.kaifang("history", "--format", "json");
        assertTrue(history.out().contains("\"status\" : \"COMPLETED\""), history.out());
    }
}
