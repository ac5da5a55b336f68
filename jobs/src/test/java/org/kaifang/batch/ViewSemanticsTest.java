package org.kaifang.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.CatalogFixture;
import org.kaifang.TestWarehouse;

/**
 * Each view's formulas against values worked out by hand, on a small synthetic series for
 * Changsha (430100) loaded beside the shipped data.
 */
class ViewSemanticsTest {

    private static final String HEADER = "region_code,indicator_code,year,month,value,unit,reported_yoy_pct,source";
    private static final String CHANGSHA = "region_code = '430100'";

    @TempDir
    static Path root;

    static TestWarehouse warehouse;

    @BeforeAll
    static void loadSyntheticSeries() {
        warehouse = new TestWarehouse(root);
        warehouse.write("sources/observations/changsha_test.csv",
                HEADER,
                // trade grows 10% a year from 100; 2011 is published as +12% (levels say +10%)
                "430100,trade_total,2006,,100,亿美元,,synthetic: test series",
                "430100,trade_total,2007,,110,亿美元,,synthetic: test series",
                "430100,trade_total,2008,,121,亿美元,,synthetic: test series",
                "430100,trade_total,2009,,133.1,亿美元,,synthetic: test series",
                "430100,trade_total,2010,,146.41,亿美元,,synthetic: test series",
                "430100,trade_total,2011,,161.051,亿美元,12.0,synthetic: test series",
                // a zero base and a negative base give no computed growth
                "430100,fdi_actual,2010,,0,万美元,,synthetic: test series",
                "430100,fdi_actual,2011,,5000,万美元,,synthetic: test series",
                "430100,fai,2010,,-5,亿元,,synthetic: test series",
                "430100,fai,2011,,100,亿元,,synthetic: test series",
                // GDP growth is real: nominal levels never give its rate
                "430100,gdp,2010,,4000,亿元,,synthetic: test series",
                "430100,gdp,2011,,4500,亿元,12.5,synthetic: test series",
                // 400 亿元 then 4,600,000 万元 = 460 亿元: +15%
                "430100,fiscal_revenue,2010,,400,亿元,,synthetic: test series",
                "430100,fiscal_revenue,2011,,4600000,万元,,synthetic: test series",
                // a December cumulative figure stands for the year
                "430100,trade_export,2011,12,60,亿美元,,synthetic: test series",
                "430100,trade_export,2011,6,25,亿美元,,synthetic: test series");
        warehouse.write("sources/targets/changsha_test.csv",
                "region_code,indicator_code,year,kind,value,unit,binding,source_doc",
                "430100,fiscal_revenue,2011,growth_pct,14,%,expected,synthetic: test plan",
                "430100,gdp,2011,growth_pct,13,%,binding,synthetic: test plan",
                "430100,trade_total,2011,level,150,亿美元,expected,synthetic: test plan");
        TestWarehouse.Run run = warehouse.nightly("2026-11-26");
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    private static List<String> row(String sql) {
        List<List<String>> rows = warehouse.query(sql);
        assertEquals(1, rows.size(), sql + " -> " + rows);
        return rows.get(0);
    }

    private static String growth(String columns, String indicator, int year) {
        return "select " + columns + " from fct_growth where " + CHANGSHA + " and indicator_code = '"
                + indicator + "' and year = " + year;
    }

    @Test
    void growthPrefersThePublishedRateAndKeepsTheComputedOne() {
        // 161.051 / 146.41 - 1 = 10%; published 12%
        assertEquals(Arrays.asList("10.0", "12.0", "12.0", "reported"),
                row(growth("yoy_pct_computed, yoy_pct_reported, yoy_pct, yoy_basis", "trade_total", 2011)));
        // 146.41 / 133.1 - 1 = 10%, nothing published
        assertEquals(Arrays.asList("10.0", null, "10.0", "computed"),
                row(growth("yoy_pct_computed, yoy_pct_reported, yoy_pct, yoy_basis", "trade_total", 2010)));
        assertEquals(Arrays.asList("15.0", "computed"),
                row(growth("yoy_pct_computed, yoy_basis", "fiscal_revenue", 2011)));
    }

    @Test
    void growthIsNullWhenBaseIsNotPositive() {
        assertEquals(Arrays.asList("0.0", null, null, null),
                row(growth("prev_value, yoy_pct_computed, yoy_pct, yoy_basis", "fdi_actual", 2011)));
        assertEquals(Arrays.asList("-5.0", null, null),
                row(growth("prev_value, yoy_pct_computed, yoy_pct", "fai", 2011)));
        assertEquals(Arrays.asList(null, null),
                row(growth("prev_value, yoy_pct_computed", "trade_total", 2006)));
    }

    @Test
    void realGrowthIsNeverComputedFromNominalLevels() {
        // levels say 4500 / 4000 - 1 = 12.5% nominal; only the published real rate counts
        assertEquals(Arrays.asList(null, "12.5", "reported", "real"),
                row(growth("yoy_pct_computed, yoy_pct, yoy_basis, growth_basis", "gdp", 2011)));
    }

    @Test
    void compoundGrowthOverThreeAndFiveYears() {
        // (161.051 / 121)^(1/3) - 1 = 10%; (161.051 / 100)^(1/5) - 1 = 10%
        assertEquals(Arrays.asList("10.0", "10.0"), row(growth("cagr_3y_pct, cagr_5y_pct", "trade_total", 2011)));
        // 2009: three years back is 2006 (100): (133.1/100)^(1/3) - 1 = 10%; five years back is missing
        assertEquals(Arrays.asList("10.0", null), row(growth("cagr_3y_pct, cagr_5y_pct", "trade_total", 2009)));
    }

    @Test
    void decemberCumulativeFigureIsTheYear() {
        assertEquals(Arrays.asList("60.0", "december_ytd"), row("select value, value_basis from fct_indicator_yearly"
                + " where " + CHANGSHA + " and indicator_code = 'trade_export' and year = 2011"));
    }

    @Test
    void unitsConvertToTheDisplayUnit() {
        // 5000 万美元 = 0.5 亿美元; 4,600,000 万元 = 460 亿元
        assertEquals(0.5, warehouse.number(growth("value", "fdi_actual", 2011)), 1e-12);
        assertEquals(460.0, warehouse.number(growth("value", "fiscal_revenue", 2011)), 1e-9);
    }

    @Test
    void publishedGrowthThatLevelsContradictIsAWarning() {
        List<String> check = row("select severity, message_en from data_quality where check_name = 'chk_growth_consistency'"
                + " and " + CHANGSHA);
        assertEquals("warn", check.get(0));
        assertTrue(check.get(1).contains("published growth 12% but levels give 10.00%"), check.get(1));
    }

    @Test
    void growthTargetAttainment() {
        // fiscal revenue 400 -> 460 (+15%) against +14%: 1 pp ahead; the target asks for
        // 400 * 1.14 = 456, so 完成率 = 460 / 456 = 100.88% (never 15 / 14)
        assertEquals(Arrays.asList("14.0", "15.0", "1.0", CatalogFixture.exact(460 / 456.0 * 100), "true", "达标", "attained"),
                row(target("target_value, actual_value, gap_pp, completion_pct, is_attained, status_zh, status_en",
                        "fiscal_revenue")));
        // GDP +12.5% (real) against a binding +13%: 0.5 pp short, and no completion ratio
        assertEquals(Arrays.asList("binding", "-0.5", null, "false", "未达标"),
                row(target("binding, gap_pp, completion_pct, is_attained, status_zh", "gdp")));
    }

    @Test
    void levelTargetAttainment() {
        // 161.051 亿美元 against 150: 11.051 above, 161.051 / 150 = 107.37%
        List<String> r = row(target("target_unit, gap_pp, gap_value, completion_pct, is_attained", "trade_total"));
        assertEquals("亿美元", r.get(0));
        assertEquals(null, r.get(1));
        assertEquals(11.051, Double.parseDouble(r.get(2)), 1e-9);
        assertEquals(Arrays.asList(CatalogFixture.exact(161.051 / 150 * 100), "true"), r.subList(3, 5));
    }

    @Test
    void trendTableJoinsFiguresTargetsAndNames() {
        assertEquals(Arrays.asList("长沙市", "财政总收入", "亿元", "15.0", "14.0", "达标"),
                row("select region_name_zh, indicator_name_zh, unit, yoy_pct, target_value, status_zh"
                        + " from rpt_trend_table where " + CHANGSHA + " and indicator_code = 'fiscal_revenue'"
                        + " and year = 2011"));
        assertEquals("true", warehouse.value("select bool_and(is_synthetic) from rpt_trend_table where " + CHANGSHA
                + " and value is not null"));
    }

    private static String target(String columns, String indicator) {
        return "select " + columns + " from fct_target_attainment where " + CHANGSHA
                + " and indicator_code = '" + indicator + "' and year = 2011";
    }
}
