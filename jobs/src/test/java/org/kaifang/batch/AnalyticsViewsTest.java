package org.kaifang.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.CatalogFixture;
import org.kaifang.TestWarehouse;

/**
 * Plan targets, progress within the year, regional ranks, country series, customs detail and
 * the checks that need several figures, each against values worked out by hand.
 */
class AnalyticsViewsTest {

    private static final String OBSERVATIONS = "region_code,indicator_code,year,month,value,unit,reported_yoy_pct,source";
    private static final String TARGETS = "region_code,indicator_code,year,kind,value,unit,binding,source_doc,plan_start";

    @TempDir
    static Path root;

    static TestWarehouse warehouse;

    @BeforeAll
    static void load() {
        warehouse = new TestWarehouse(root);
        warehouse.write("sources/observations/analytics_test.csv",
                OBSERVATIONS,
                // Changsha: GDP real growth 12.5, 10.0, 11.0 in 2011-2013
                "430100,gdp,2010,,4000,亿元,,synthetic: test",
                "430100,gdp,2011,,4500,亿元,12.5,synthetic: test",
                "430100,gdp,2012,,5000,亿元,10.0,synthetic: test",
                "430100,gdp,2013,,5600,亿元,11.0,synthetic: test",
                // Changsha trade: 121 -> 133.1 -> 146.41 -> 161.051 (+12% published in 2011)
                "430100,trade_total,2008,,121,亿美元,,synthetic: test",
                "430100,trade_total,2009,,133.1,亿美元,,synthetic: test",
                "430100,trade_total,2010,,146.41,亿美元,,synthetic: test",
                "430100,trade_total,2011,,161.051,亿美元,12.0,synthetic: test",
                // other cities and the province in 2011, for ranks and shares
                "430600,trade_total,2011,,40,亿美元,8.0,synthetic: test",
                "430400,trade_total,2011,,24.77,亿美元,,synthetic: test",
                "430000,trade_total,2011,,300,亿美元,,synthetic: test",
                // cumulative figures: exports 1-6月 and 1-12月, fiscal revenue 1-3月, FAI falling
                "430100,trade_export,2010,6,20,亿美元,,synthetic: test",
                "430100,trade_export,2011,6,25,亿美元,,synthetic: test",
                "430100,trade_export,2011,12,60,亿美元,,synthetic: test",
                "430100,fiscal_revenue,2010,,400,亿元,,synthetic: test",
                "430100,fiscal_revenue,2011,,460,亿元,,synthetic: test",
                "430100,fiscal_revenue,2011,3,130,亿元,15.5,synthetic: test",
                "430100,fai,2011,3,30,亿元,,synthetic: test",
                "430100,fai,2011,4,28,亿元,,synthetic: test",
                // a country series in US dollars: 32,000 -> 36,500 亿美元
                "USA,trade_total,2010,,32000,亿美元,,synthetic: test",
                "USA,trade_total,2011,,36500,亿美元,,synthetic: test",
                // Yueyang's FDI stops in 2009 while Xiangtan reports 2011
                "430600,fdi_actual,2009,,3,亿美元,,synthetic: test");
        warehouse.write("sources/targets/analytics_test.csv",
                TARGETS,
                "430100,gdp,2013,growth_pct,12,%,expected,synthetic: plan 2011-2013,2011",
                "430100,trade_total,2011,level,170,亿美元,expected,synthetic: plan 2009-2011,2009",
                "430100,trade_export,2011,level,70,亿美元,expected,synthetic: 2011 plan,",
                "430100,fiscal_revenue,2011,growth_pct,14,%,expected,synthetic: 2011 plan,");
        List<String> trade = new ArrayList<>(List.of("year,month,region_code,partner_iso,hs_code,flow,value_usd,quantity"));
        for (int month = 1; month <= 12; month++) {
            trade.add("2011," + month + ",430500,USA,8501,export,1000000,");
            trade.add("2011," + month + ",430500,DEU,84,import,500000,10");
            if (month < 12) {
                trade.add("2010," + month + ",430500,USA,8501,export,900000,");
            }
        }
        warehouse.write("sources/trade_flows/shaoyang_2011.csv", trade.toArray(String[]::new));
        warehouse.write("sources/odi_enterprises/xiangtan.csv",
                "year,region_code,enterprise,destination_iso,sector,investment_usd,is_new",
                "2011,430300,湘潭电机(美国)有限公司,USA,manufacturing,5000000,是",
                "2011,430300,湘潭钢铁(英国)有限公司,GBR,,,否");
        TestWarehouse.Run run = warehouse.nightly("2026-11-26");
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    private static List<String> row(String sql) {
        List<List<String>> rows = warehouse.query(sql);
        assertEquals(1, rows.size(), sql + " -> " + rows);
        return rows.get(0);
    }

    private static String round2(double value) {
        return String.valueOf(Math.round(value * 100) / 100.0);
    }

    @Test
    void planGrowthTargetNeedsThisMuchInTheRemainingYears() {
        String plan = "select year, growth_index, avg_growth_to_date_pct, required_growth_pct, is_on_track, is_attained"
                + " from fct_plan_progress where region_code = '430100' and indicator_code = 'gdp' order by year";
        List<List<String>> rows = warehouse.query(plan);
        assertEquals(3, rows.size());
        // after 2011: index 1.125; 12% a year for 3 years needs (1.12^3 / 1.125)^(1/2) - 1 in each of 2012, 2013
        double required2011 = (Math.pow(Math.pow(1.12, 3) / 1.125, 0.5) - 1) * 100;
        assertEquals(Arrays.asList("2011", "1.125", "12.5", CatalogFixture.exact(required2011), "true", null), rows.get(0));
        // after 2012: index 1.125 * 1.10 = 1.2375; average (1.2375)^(1/2) - 1; need 1.12^3 / 1.2375 - 1 in 2013
        double average2012 = (Math.sqrt(1.2375) - 1) * 100;
        double required2012 = (Math.pow(1.12, 3) / 1.2375 - 1) * 100;
        assertEquals(Arrays.asList("2012", "1.2375", CatalogFixture.exact(average2012), CatalogFixture.exact(required2012), "false", null),
                rows.get(1));
        // 2013, the final year: average (1.125 * 1.10 * 1.11)^(1/3) - 1 = 11.16% < 12%: missed,
        // judged as published, 11.2% against 12%: 0.8 points short; a growth target on real GDP
        // has no completion ratio
        double average2013 = (Math.cbrt(1.125 * 1.10 * 1.11) - 1) * 100;
        assertEquals("11.16", round2(average2013));
        assertEquals(Arrays.asList("2013", "1.373625", CatalogFixture.exact(average2013), null, null, "false"), rows.get(2));

        assertEquals(Arrays.asList("plan", "2011", "11.2", "plan_average", "-0.8", null, "false", "未达标"),
                row("select target_scope, plan_start, actual_value, actual_basis, gap_pp, completion_pct, is_attained,"
                        + " status_zh from fct_target_attainment where region_code = '430100' and indicator_code = 'gdp'"));
    }

    @Test
    void planLevelTargetNeedsThisMuchInTheRemainingYears() {
        List<List<String>> rows = warehouse.query("select year, value, required_growth_pct, is_on_track, is_attained"
                + " from fct_plan_progress where region_code = '430100' and indicator_code = 'trade_total'"
                + " order by year");
        // 2009: 133.1 must become 170 in two years: (170 / 133.1)^(1/2) - 1 = 13.01% a year
        assertEquals(Arrays.asList("2009", "133.1", CatalogFixture.exact((Math.sqrt(170 / 133.1) - 1) * 100), "false", null),
                rows.get(0));
        // 2010: 146.41 -> 170 in one year: 16.11%, more than the 10% a year so far
        assertEquals(Arrays.asList("2010", "146.41", CatalogFixture.exact((170 / 146.41 - 1) * 100), "false", null), rows.get(1));
        // 2011: 161.051 < 170
        assertEquals(Arrays.asList("2011", "161.051", null, null, "false"), rows.get(2));
    }

    @Test
    void progressWithinTheYearAgainstTheTimeElapsed() {
        String ytd = "select ytd_value, ytd_prev_value, ytd_yoy_pct, ytd_yoy_basis, elapsed_pct, annual_target_level,"
                + " target_share_pct, progress_gap_pp, progress_status_zh, progress_status_en from fct_ytd_progress"
                + " where region_code = '430100'";
        // exports 1-6月: 25 against 20 a year before (+25%); 25 of a 70 target = 35.71% with half the year gone:
        // as printed, 35.7 against 50.0, 14.3 points behind
        assertEquals(Arrays.asList("25.0", "20.0", "25.0", "computed", "50.0", "70.0", CatalogFixture.exact(25 / 70.0 * 100),
                "-14.3", "滞后于序时进度", "behind"),
                row(ytd + " and indicator_code = 'trade_export' and year = 2011 and month = 6"));
        // fiscal revenue 1-3月: 130 of 400 * 1.14 = 456 is 28.51%, a quarter gone: as printed, 28.5
        // against 25.0, 3.5 points ahead; growth so far 15.5% (published) against the 14% target: 1.5 points
        assertEquals(Arrays.asList("130.0", "456.0", CatalogFixture.exact(130 / 456.0 * 100), "3.5",
                "超序时进度", "15.5", "reported", "1.5"),
                row("select ytd_value, annual_target_level, target_share_pct, progress_gap_pp, progress_status_zh,"
                        + " ytd_yoy_pct, ytd_yoy_basis, ytd_yoy_gap_pp from fct_ytd_progress where region_code = '430100'"
                        + " and indicator_code = 'fiscal_revenue'"));
    }

    @Test
    void citiesAreRankedWithinTheirProvince() {
        List<List<String>> ranks = warehouse.query("select region_code, level_rank, growth_rank, cities_ranked, share_pct"
                + " from fct_region_rank where indicator_code = 'trade_total' and year = 2011 order by level_rank, region_code");
        // Zhuzhou's 33.75 (+12.5%) comes from the shipped sample workbook
        assertEquals(List.of(
                Arrays.asList("430100", "1", "2", "6", CatalogFixture.exact(161.051 / 300 * 100)),
                Arrays.asList("430600", "2", "3", "6", CatalogFixture.exact(40 / 300.0 * 100)),
                Arrays.asList("430200", "3", "1", "6", CatalogFixture.exact(33.75 / 300 * 100)),
                Arrays.asList("430300", "4", "4", "6", CatalogFixture.exact(24.77 / 300 * 100)),
                Arrays.asList("430400", "4", null, "6", CatalogFixture.exact(24.77 / 300 * 100)),
                Arrays.asList("430500", "6", null, "6", "0.06")), ranks);
    }

    @Test
    void countrySeriesGetTheSameGrowthViews() {
        // 36,500 / 32,000 - 1 = 14.0625%
        assertEquals(Arrays.asList("36500.0", "14.0625", "computed", "美国"),
                row("select g.value, g.yoy_pct, g.yoy_basis, t.region_name_zh from fct_growth g join rpt_trend_table t"
                        + " using (region_code, indicator_code, year) where region_code = 'USA' and year = 2011"));
    }

    @Test
    void customsDetailMakesAYearOnlyWithAllTwelveMonths() {
        // 12 x 1,000,000 USD exports = 0.12 亿美元; 12 x 500,000 imports = 0.06; total 0.18
        assertEquals(List.of(
                List.of("trade_export", "0.12", "trade_detail"),
                List.of("trade_import", "0.06", "trade_detail"),
                List.of("trade_total", "0.18", "trade_detail")),
                warehouse.query("select indicator_code, round(value, 6), value_basis from fct_indicator_yearly"
                        + " where region_code = '430500' order by 1, year"));
        assertEquals("84", warehouse.value("select hs_chapter from stg_trade_flow where flow = 'import' limit 1"));
    }

    @Test
    void tradeByPartnerAndByHsChapterFromTheMarts() {
        // 2011: exports to the USA 12 x 1,000,000 (HS 8501, chapter 85), imports from Germany
        // 12 x 500,000 (HS 84); 2010: exports to the USA 11 x 900,000, no imports. 2010 lacks
        // December's exports and every month of imports that 2011 covers: no same-period rate
        // (12 months against 11 would say +21.21%)
        String usaGrowth = null;
        assertEquals(List.of(
                Arrays.asList("2010", "USA", "美国", "9900000.0", "0.0", "9900000.0", "100.0", "1", null),
                Arrays.asList("2011", "USA", "美国", "1.2E7", "0.0", "1.2E7", CatalogFixture.exact(12 / 18.0 * 100), "1", usaGrowth),
                Arrays.asList("2011", "DEU", "德国", "0.0", "6000000.0", "6000000.0", CatalogFixture.exact(6 / 18.0 * 100), "2", null)),
                warehouse.query("select year, partner_iso, partner_name_zh, exports_usd, imports_usd, trade_usd, share_pct,"
                        + " rank, yoy_pct from fct_trade_partner where region_code = '430500' order by year, rank"));
        assertEquals(List.of(
                Arrays.asList("2011", "85", "1.2E7", CatalogFixture.exact(12 / 18.0 * 100), "1", usaGrowth),
                Arrays.asList("2011", "84", "6000000.0", CatalogFixture.exact(6 / 18.0 * 100), "2", null)),
                warehouse.query("select year, hs_chapter, trade_usd, share_pct, rank, yoy_pct from fct_trade_hs"
                        + " where region_code = '430500' and year = 2011 order by rank"));
    }

    @Test
    void overseasEnterprisesAreStaged() {
        assertEquals(List.of(
                Arrays.asList("GBR", null, "false"),
                Arrays.asList("USA", "5000000.0", "true")),
                warehouse.query("select destination_iso, investment_usd, is_new from stg_odi_enterprise order by 1"));
    }

    @Test
    void checksFindFallingCumulativeStaleSeriesAndTargetsWithoutActuals() {
        assertEquals(List.of(List.of("warn", "430100", "fai", "2011")), warehouse.query(
                "select severity, region_code, indicator_code, year from data_quality"
                        + " where check_name = 'chk_cumulative_monotonic'"));
        assertEquals(List.of(List.of("warn", "430600", "fdi_actual", "2009")), warehouse.query(
                "select severity, region_code, indicator_code, year from data_quality"
                        + " where check_name = 'chk_freshness'"));
        // the warehouse holds 2013 figures, so Xiangtan's 2012 targets are due and have no actuals
        assertEquals(List.of(
                List.of("430300", "fai", "2012"),
                List.of("430300", "fiscal_revenue", "2012"),
                List.of("430300", "gdp", "2012")), warehouse.query(
                "select region_code, indicator_code, year from data_quality"
                        + " where check_name = 'chk_target_without_actual' order by all"));
        assertEquals("0", warehouse.value("select count(*) from data_quality where severity = 'error'"));
    }
}
