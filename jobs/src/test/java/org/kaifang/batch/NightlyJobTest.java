package org.kaifang.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.TestWarehouse;
import org.kaifang.spark.SparkSessions;

/** The nightly job end to end on the shipped data: the seed city's published figures. */
class NightlyJobTest {

    private static final String XIANGTAN = "region_code = '430300'";

    @TempDir
    static Path root;

    static TestWarehouse warehouse;
    static TestWarehouse.Run firstRun;

    @BeforeAll
    static void runNightlyOnShippedData() {
        warehouse = new TestWarehouse(root);
        firstRun = warehouse.nightly("2026-11-26");
    }

    @Test
    void nightlySucceedsAndPublishesCatalogAndTrendTable() {
        assertEquals(0, firstRun.exitCode(), firstRun.out() + firstRun.err());
        assertTrue(Files.isRegularFile(warehouse.catalog()));
        Path report = warehouse.warehouse().resolve("reports/430300/2011/trend.md");
        assertTrue(Files.isRegularFile(report), "trend table for Xiangtan 2011");
    }

    @Test
    void shippedDataLoadsWithoutStartingSpark() {
        int before = SparkSessions.created();
        TestWarehouse.Run run = warehouse.nightly("2026-11-26", "--rerun");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals(before, SparkSessions.created(), "no SparkSession for the shipped data");
    }

    @Test
    void growthOfForeignInvestmentAndTradeIsThePublishedRate() {
        assertEquals(List.of(List.of("16.1", "reported")), warehouse.query(
                "select yoy_pct, yoy_basis from fct_growth where " + XIANGTAN
                        + " and indicator_code = 'fdi_actual' and year = 2011"));
        assertEquals(List.of(List.of("6.5", "reported")), warehouse.query(
                "select yoy_pct, yoy_basis from fct_growth where " + XIANGTAN
                        + " and indicator_code = 'trade_total' and year = 2011"));
    }

    @Test
    void valuesAreInTheDisplayUnitAndStoredInBaseUnits() {
        assertEquals(4.68, warehouse.number("select value from fct_indicator_yearly where " + XIANGTAN
                + " and indicator_code = 'fdi_actual' and year = 2011"), 1e-12);
        // 4.68 亿美元 = 468,000,000 US dollars
        assertEquals(468_000_000.0, warehouse.number("select value from stg_observation where " + XIANGTAN
                + " and indicator_code = 'fdi_actual' and year = 2011"), 1e-6);
        assertEquals(24.77, warehouse.number("select value from fct_growth where " + XIANGTAN
                + " and indicator_code = 'trade_total' and year = 2011"), 1e-12);
    }

    @Test
    void impliedPreviousValueFollowsFromThePublishedRate() {
        // 4.68 / 1.161 = 4.0310…, so 2010's figure was about 4.03 亿美元
        double expected = Math.round(4.68 / 1.161 * 100) / 100.0;
        assertEquals(4.03, expected, 1e-12);
        assertEquals(expected, warehouse.number("select implied_prev_value from fct_growth where " + XIANGTAN
                + " and indicator_code = 'fdi_actual' and year = 2011"), 1e-12);
    }

    @Test
    void countWhosePublishedRateImpliesAFractionalBaseIsAWarning() {
        // 19 new overseas enterprises, +125%: 19 / 2.25 = 8.44 in 2010, not a whole number
        List<List<String>> rows = warehouse.query("select severity, message, message_en from data_quality"
                + " where check_name = 'chk_count_implied_base' and indicator_code = 'odi_enterprises_new'"
                + " and year = 2011 and " + XIANGTAN);
        assertEquals(1, rows.size());
        assertEquals("warn", rows.get(0).get(0));
        assertTrue(rows.get(0).get(1).contains("8.44"), rows.get(0).get(1));
        assertTrue(rows.get(0).get(2).contains("8.44 in 2010"), rows.get(0).get(2));
    }

    @Test
    void theThreeTargetsOf2012AreListedWithTheirSource() {
        List<List<String>> rows = warehouse.query("select indicator_code, target_value, target_unit, binding,"
                + " status_zh, source_doc from fct_target_attainment where " + XIANGTAN
                + " and year = 2012 order by target_value");
        assertEquals(3, rows.size());
        Map<String, String> targets = new LinkedHashMap<>();
        rows.forEach(r -> targets.put(r.get(0), r.get(1)));
        assertEquals(Map.of("gdp", "14.0", "fiscal_revenue", "25.0", "fai", "30.0"), targets);
        for (List<String> row : rows) {
            assertEquals("%", row.get(2));
            assertEquals("expected", row.get(3));
            assertEquals("待核实", row.get(4), "no 2012 actuals yet");
            assertTrue(row.get(5).contains("讲话"), row.get(5));
        }
    }

    @Test
    void everyRowCarriesItsSourceFileLineAndVintage() {
        List<List<String>> rows = warehouse.query("select source_file, source_line, vintage is not null"
                + " from stg_observation where indicator_code = 'fdi_actual' and region_code = '430300'");
        assertEquals(List.of(List.of("sources/observations/xiangtan_2011_speech.csv", "2", "true")), rows);
    }

    @Test
    void everyViewAndColumnHasACommentByTheCatalogsOwnAccount() {
        assertEquals("0", warehouse.value("select count(*) from duckdb_columns() c join duckdb_views() v"
                + " using (database_name, schema_name) where c.table_name = v.view_name and not v.internal"
                + " and c.comment is null"));
        assertEquals("0", warehouse.value("select count(*) from duckdb_views() where not internal and comment is null"));
        assertEquals("0", warehouse.value("select count(*) from duckdb_functions() where function_type = 'table_macro'"
                + " and not internal and comment is null"));
    }

    @Test
    void leadersViewsReadRowsStoredWithTheCatalogAndTheDetailStaysAView() {
        assertEquals("CREATE VIEW rpt_trend_table AS SELECT * FROM \"materialized\".rpt_trend_table;",
                warehouse.value("select sql from duckdb_views() where view_name = 'rpt_trend_table'"));
        assertEquals(warehouse.value("select count(*) from rpt_trend_table"),
                warehouse.value("select count(*) from materialized.rpt_trend_table"));
        assertEquals("0", warehouse.value("select count(*) from duckdb_tables() where table_name = 'stg_trade_flow'"));
        assertEquals("Administrative code or ISO alpha-3", warehouse.value("select comment from duckdb_columns()"
                + " where table_name = 'rpt_trend_table' and schema_name = 'main' and column_name = 'region_code'"));
    }

    @Test
    void everyViewAndColumnHasAComment() {
        List<List<String>> bareViews = warehouse.query("select view_name from duckdb_views()"
                + " where not internal and (comment is null or comment = '')");
        assertEquals(List.of(), bareViews);
        List<List<String>> bareColumns = warehouse.query("select c.table_name, c.column_name from duckdb_columns() c"
                + " join duckdb_views() v on v.view_name = c.table_name and v.schema_name = c.schema_name"
                + " where not v.internal and (c.comment is null or c.comment = '')");
        assertEquals(List.of(), bareColumns);
    }

    @Test
    void designsViewsAreAllInTheCatalog() {
        List<String> views = warehouse.views();
        for (String view : List.of("dim_indicator", "dim_region", "dim_country", "dim_fx_rate", "stg_observation",
                "stg_observation_history", "stg_target", "stg_trade_flow", "stg_odi_enterprise",
                "fct_indicator_yearly", "fct_growth", "fct_target_attainment", "rpt_trend_table", "data_quality")) {
            assertTrue(views.contains(view), view + " missing from " + views);
        }
        assertEquals("249", warehouse.value("select count(*) from dim_country"));
        assertEquals("15", warehouse.value("select count(*) from dim_region"));
        assertEquals("6.4588", warehouse.value("select cny_per_usd from dim_fx_rate where year = 2011"));
    }

    @Test
    void secondRunWithUnchangedDataChangesNothing() {
        Map<String, String> before = contentsOfEveryView();
        List<Path> lakeBefore = warehouse.lakeFiles();

        TestWarehouse.Run again = warehouse.nightly("2026-11-26");
        assertEquals(0, again.exitCode(), again.out() + again.err());
        assertTrue(again.out().contains("nothing to do"), again.out());
        assertEquals(before, contentsOfEveryView());

        TestWarehouse.Run forced = warehouse.nightly("2026-11-26", "--rerun");
        assertEquals(0, forced.exitCode(), forced.out() + forced.err());
        assertFalse(forced.out().contains("nothing to do"), forced.out());
        assertEquals(before, contentsOfEveryView(), "a forced full run publishes the same warehouse");
        assertEquals(lakeBefore, warehouse.lakeFiles(), "no Parquet file is written twice");
    }

    @Test
    void trendTableShowsTheSeedFiguresInChinese() throws Exception {
        String md = Files.readString(warehouse.warehouse().resolve("reports/430300/2011/trend.md"));
        assertTrue(md.startsWith("# 湘潭市 2011年开放型经济主要指标"), md);
        assertTrue(md.contains("| 实际利用外资 | 亿美元 |  |  |  |  | 4.68 | 16.1 |"), md);
        assertTrue(md.contains("| 外贸进出口总额 | 亿美元 |  |  |  |  | 24.77 | 6.5 |"), md);
        assertTrue(md.contains("| 新增境外企业 | 家 |  |  |  |  | 19 | 125.0 |"), md);
        // "近几年来…170余批次": a lower bound over recent years, printed with its qualifier in both tables
        assertTrue(md.contains("| 近年来访考察客商批次(累计) | 批次 |  |  |  |  | 170余 |"), md);
        assertTrue(md.contains("| 近年来访考察客商批次(累计) | 批次 | 170余 | 1 |"), md);
        String targets = Files.readString(warehouse.warehouse().resolve("reports/430300/2012/trend.md"));
        assertTrue(targets.contains("| 地区生产总值 | 亿元 |  |  |  |  |  |  |  |  | 增长14% |  | 待核实 |"), targets);
    }

    private Map<String, String> contentsOfEveryView() {
        Map<String, String> contents = new LinkedHashMap<>();
        for (String view : warehouse.views()) {
            contents.put(view, warehouse.contents(view));
        }
        return contents;
    }
}
