package org.kaifang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
