package org.kaifang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kaifang.TestWarehouse;

/** The command line as users meet it: help, version, the read-only sql command and reports. */
class CliTest {

    @TempDir
    static Path root;

    static TestWarehouse warehouse;

    @BeforeAll
    static void buildWarehouse() {
        warehouse = new TestWarehouse(root);
        assertEquals(0, warehouse.nightly("2026-11-26").exitCode());
    }

    private static TestWarehouse.Run run(String... args) {
        return TestWarehouse.run(args);
    }

    @Test
    void helpListsTheCommands() {
        TestWarehouse.Run help = run("--help");
        assertEquals(0, help.exitCode());
        for (String command : List.of("nightly", "sql", "report", "history", "generate", "docs")) {
            assertTrue(help.out().contains("  " + command + " "), help.out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nightly", "sql", "report", "history", "generate", "docs"})
    void everyCommandHasHelp(String command) {
        TestWarehouse.Run help = run(command, "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Usage: kaifang " + command), help.out());
        assertTrue(help.out().contains("--warehouse=DIR"), help.out());
    }

    @Test
    void briefWritesTheYearsAndTheMonthsOrNamesWhatIsMissing() throws Exception {
        TestWarehouse.Run brief = warehouse.kaifang("brief", "--region", "430300", "--year", "2011", "--lang", "en");
        assertEquals(0, brief.exitCode(), brief.err());
        Path md = warehouse.warehouse().resolve("reports/430300/2011/brief.md");
        assertEquals(md.toString(), brief.out().strip());
        String text = Files.readString(md);
        assertTrue(text.contains("Actually utilized foreign direct investment 4.68 亿美元, up 16.1% on the previous year"),
                text);
        for (String file : List.of("brief.html", "brief.docx", "brief.trace.json")) {
            assertTrue(Files.exists(md.resolveSibling(file)), file);
        }
        // the shipped data has no monthly figures: the months brief says what it lacks
        TestWarehouse.Run months = warehouse.kaifang("brief", "--region", "430300", "--year", "2011", "--month", "6");
        assertEquals(2, months.exitCode(), months.out());
        assertTrue(months.err().contains("fct_ytd_progress has no figures for region 430300"), months.err());
        assertEquals(2, warehouse.kaifang("brief", "--region", "430300", "--year", "2011", "--month", "13").exitCode());
    }

    @Test
    void versionIsPrinted() {
        TestWarehouse.Run version = run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("kaifang "), version.out());
    }

    @Test
    void unknownCommandIsBadUsage() {
        assertEquals(2, run("frobnicate").exitCode());
        assertEquals(2, run().exitCode());
    }

    @Test
    void sqlPrintsCsv() {
        TestWarehouse.Run csv = warehouse.kaifang("sql", "select yoy_pct, yoy_basis from fct_growth"
                + " where region_code='430300' and indicator_code='fdi_actual' and year=2011", "--format", "csv");
        assertEquals(0, csv.exitCode(), csv.err());
        assertEquals("yoy_pct,yoy_basis\n16.1,reported\n", csv.out());
    }

    @Test
    void sqlPrintsJson() {
        TestWarehouse.Run json = warehouse.kaifang("sql", "select indicator_code, value, month from stg_observation"
                + " where indicator_code = 'sister_cities'", "--format", "json");
        assertEquals(0, json.exitCode(), json.err());
        assertEquals("[\n  {\"indicator_code\": \"sister_cities\", \"value\": 5.0, \"month\": null}\n]\n", json.out());
    }

    @Test
    void sqlPrintsAnAlignedTable() {
        TestWarehouse.Run table = warehouse.kaifang("sql", "select name_zh, region_code from dim_region"
                + " where region_code in ('430100', '430300') order by 2");
        assertEquals(0, table.exitCode(), table.err());
        assertEquals("name_zh | region_code\n--------+------------\n长沙市  | 430100\n湘潭市  | 430300\n(2 rows)\n",
                table.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "create table t (a int)",
        "drop view fct_growth",
        "insert into t values (1)",
        "copy (select 1) to 'out.csv'",
        "attach 'other.duckdb' as other",
        "install httpfs",
        "load httpfs",
        "set enable_external_access = true",
        "select 1; drop view fct_growth",
        "select * from read_csv('/etc/passwd')"})
    void sqlRefusesAnythingThatCouldWrite(String statement) {
        TestWarehouse.Run refused = warehouse.kaifang("sql", statement);
        assertEquals(2, refused.exitCode(), refused.out() + refused.err());
        assertTrue(refused.err().contains("refused"), refused.err());
        assertTrue(warehouse.views().contains("fct_growth"));
    }

    @Test
    void copyCannotOverwriteALakeFile() throws Exception {
        Path lakeFile = warehouse.lakeFiles().get(0);
        byte[] before = Files.readAllBytes(lakeFile);
        TestWarehouse.Run refused = warehouse.kaifang("sql",
                "copy (select 1) to '" + lakeFile + "' (format parquet, use_tmp_file false)");
        assertEquals(2, refused.exitCode());
        assertEquals(Arrays.toString(before), Arrays.toString(Files.readAllBytes(lakeFile)));
    }

    @Test
    void sqlCanExploreTheCatalog() {
        TestWarehouse.Run show = warehouse.kaifang("sql", "show tables", "--format", "csv");
        assertEquals(0, show.exitCode(), show.err());
        assertTrue(show.out().contains("fct_growth"), show.out());
        TestWarehouse.Run describe = warehouse.kaifang("sql", "-- the growth view\ndescribe fct_growth", "--format", "csv");
        assertEquals(0, describe.exitCode(), describe.err());
        assertTrue(describe.out().contains("implied_prev_value"), describe.out());
    }

    @Test
    void sqlReportsAnErrorInTheQuery() {
        TestWarehouse.Run wrong = warehouse.kaifang("sql", "select * from no_such_view");
        assertEquals(1, wrong.exitCode());
        assertTrue(wrong.err().contains("no_such_view"), wrong.err());
    }

    @Test
    void reportWritesTheTrendTableInEnglishOnRequest() throws Exception {
        TestWarehouse.Run report = warehouse.kaifang("report", "--year", "2011", "--region", "430300", "--lang", "en");
        assertEquals(0, report.exitCode(), report.err());
        Path file = warehouse.warehouse().resolve("reports/430300/2011/trend.md");
        assertEquals(file.toString(), report.out().strip());
        String md = Files.readString(file);
        assertTrue(md.startsWith("# Xiangtan open-economy indicators, 2011"), md);
        assertTrue(md.contains("| Actually utilized foreign direct investment | 亿美元 |  |  |  |  | 4.68 | 16.1 |"), md);
    }

    @Test
    void docsListEveryViewWithItsLineage() throws Exception {
        TestWarehouse.Run docs = warehouse.kaifang("docs");
        assertEquals(0, docs.exitCode(), docs.err());
        String md = Files.readString(warehouse.warehouse().resolve("docs/dictionary.md"));
        String html = Files.readString(warehouse.warehouse().resolve("docs/dictionary.html"));
        List<String> views = warehouse.views();
        assertTrue(views.size() > 30, views.toString());
        for (String view : views) {
            assertTrue(md.contains("\n## " + view + "\n"), view + " has no section");
            assertTrue(html.contains("<h2 id=\"" + view + "\">"), view + " has no HTML section");
        }
        assertTrue(md.contains("## observation_as_of"), "table macros are listed too");
        // a view's lineage names the rules (sql/05_rules) it calls, then the relations it reads
        assertTrue(md.contains("| [fct_growth](#fct_growth) | fact | One row per region, indicator and year. |"
                + " average_growth_pct, cagr_pct, growth_note, growth_note_en, growth_note_zh, growth_pct,"
                + " implied_prev_level, level_change, log_factor, release_mark_en, release_mark_zh, dim_indicator,"
                + " fct_indicator_yearly |"), md);
        assertTrue(md.contains("| [completion_pct](#completion_pct) | rule |  | share_pct |"), md);
        assertTrue(md.contains("| [lake_observation](#lake_observation) | lake | One row per source row. |"
                + " lake/observation (2 Parquet files) |"), md);
        // data_quality's rows are stored with the catalog; its lineage is still the checks it unites
        String quality = md.substring(md.indexOf("\n## data_quality\n"));
        assertTrue(quality.contains("view (rows stored), quality layer.") && quality.contains("- reads: chk_accepted_values,"),
                quality.substring(0, 400));
        assertTrue(md.substring(md.indexOf("\n## chk_freshness\n")).contains("- read by: data_quality"), md);
        String growth = md.substring(md.indexOf("\n## fct_growth\n"));
        assertTrue(growth.contains("- read by: fct_contribution, fct_national_comparison, fct_plan_progress, fct_region_rank,"
                + " fct_target_attainment, rpt_region_rank, rpt_trend_table"), growth.substring(0, 400));
        assertTrue(growth.contains("| implied_prev_value | DOUBLE | Previous year's level implied by the published rate"),
                growth.substring(0, 2000));
    }

    @Test
    void historyListsTheRun() {
        TestWarehouse.Run history = warehouse.kaifang("history");
        assertEquals(0, history.exitCode(), history.err());
        assertTrue(history.out().lines().anyMatch(l -> l.matches("1\\s+2026-11-26\\s+COMPLETED.*")), history.out());
    }
}
