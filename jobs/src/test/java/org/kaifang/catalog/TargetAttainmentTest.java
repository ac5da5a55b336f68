package org.kaifang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kaifang.CatalogFixture;
import org.kaifang.table.LakeTable;

/**
 * 完成率 and the gap to a target, as a statistics bureau computes them: a level against the
 * level the target asks for, never one rate divided by another; real-basis indicators judged in
 * points only; caps and approximate targets judged by their wording. Each expectation is worked
 * out by hand in its comment.
 */
class TargetAttainmentTest {

    private static final String FIGURES = "region_code, indicator_code, year, value, reported_yoy_pct";
    private static final String TARGETS = "region_code, indicator_code, year, kind, value, binding, qualifier, tolerance_pp";

    @RegisterExtension
    static final CatalogFixture sql = CatalogFixture.shared();

    private List<String> attainment(String indicator, int year, String columns) {
        return sql.row("select " + columns + " from fct_target_attainment where region_code = '430300'"
                + " and indicator_code = '" + indicator + "' and year = " + year);
    }

    @Test
    void growthTargetCompletionIsTheLevelAgainstTheLevelTheTargetAsksFor() {
        // Xiangtan 2015 trade: 47.97 亿美元 in 2014, 51.53 in 2015, published +7.4%, target +14%.
        // The target asks for 47.97 * 1.14 = 54.6858; 51.53 / 54.6858 = 94.229% (not 7.4 / 14 = 52.9%).
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, trade_total, 2014, 47.97e8, ",
                "430300, trade_total, 2015, 51.53e8, 7.4");
        sql.rows(LakeTable.TARGET, TARGETS, "430300, trade_total, 2015, growth_pct, 14, expected, , ");
        List<String> row = attainment("trade_total", 2015,
                "target_level, actual_growth_pct, completion_pct, gap_pp, status, status_zh, is_attained");
        assertEquals(54.6858, Double.parseDouble(row.get(0)), 1e-9);
        assertEquals(Arrays.asList("7.4", CatalogFixture.exact(51.53 / (47.97 * 1.14) * 100), "-6.6", "missed", "未达标", "false"), row.subList(1, row.size()));
    }

    @Test
    void aFallGivesACompletionOfTheLevelNotANegativeRatio() {
        // 100 then 88 (-12%) against +1%: 88 / 101 = 87.13%, 13 points short (never -1200%)
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, fiscal_revenue, 2014, 100e8, ",
                "430300, fiscal_revenue, 2015, 88e8, ");
        sql.rows(LakeTable.TARGET, TARGETS, "430300, fiscal_revenue, 2015, growth_pct, 1, expected, , ");
        assertEquals(Arrays.asList("-12.0", CatalogFixture.exact(88 / 101.0 * 100), "-13.0", "未达标"),
                attainment("fiscal_revenue", 2015, "actual_growth_pct, completion_pct, gap_pp, status_zh"));
    }

    @Test
    void realBasisTargetsAreJudgedInPointsWithoutACompletionRatio() {
        // GDP 2011: 1749.8 亿元 at current prices, +9.3% real (published), against +13%: 3.7 points
        // below; the nominal levels give no completion ratio and no target level
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, gdp, 2010, 1520.04e8, ",
                "430300, gdp, 2011, 1749.8e8, 9.3");
        sql.rows(LakeTable.TARGET, TARGETS, "430300, gdp, 2011, growth_pct, 13, binding, , ");
        assertEquals(Arrays.asList(null, null, null, "9.3", "-3.7", "missed"),
                attainment("gdp", 2011, "target_level, completion_pct, gap_value, actual_growth_pct, gap_pp, status"));
    }

    @Test
    void levelTargetCompletionAndGapAreRounded() {
        // 4.68 亿美元 against a level target of 3.92: 4.68 - 3.92 = 0.76 (not 0.7599999999999998);
        // 4.68 / 3.92 = 119.39%
        sql.rows(LakeTable.OBSERVATION, FIGURES, "430300, fdi_actual, 2011, 4.68e8, 16.1");
        sql.rows(LakeTable.TARGET, TARGETS, "430300, fdi_actual, 2011, level, 3.92e8, expected, , ");
        assertEquals(Arrays.asList("0.76", CatalogFixture.exact(4.68 / 3.92 * 100), null, "达标", "true"),
                attainment("fdi_actual", 2011, "gap_value, completion_pct, gap_pp, status_zh, is_attained"));
    }

    @Test
    void anApproximateTargetMissedWithinItsToleranceIsNearlyMet() {
        // "增长14%左右": +13.6% is 0.4 points short, within the default 0.5: 基本达标;
        // +13.4% is 0.6 short: 未达标; a file's own tolerance of 1 point takes 13.4% in
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, fai, 2012, , 13.6",
                "430100, fai, 2012, , 13.4",
                "430200, fai, 2012, , 13.4");
        sql.rows(LakeTable.TARGET, TARGETS,
                "430300, fai, 2012, growth_pct, 14, expected, 左右, ",
                "430100, fai, 2012, growth_pct, 14, expected, 左右, ",
                "430200, fai, 2012, growth_pct, 14, expected, 左右, 1");
        assertEquals(List.of(
                        List.of("430100", "-0.6", "0.5", "未达标"),
                        List.of("430200", "-0.6", "1.0", "基本达标"),
                        List.of("430300", "-0.4", "0.5", "基本达标")),
                sql.query("select region_code, gap_pp, tolerance_pp, status_zh from fct_target_attainment order by 1"));
    }

    @Test
    void anAtMostTargetIsMetByStayingBelowIt() {
        // "控制在50家以内": 48 is within the cap (96%), 53 is over it (106%)
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, fie_new, 2012, 48, ",
                "430100, fie_new, 2012, 53, ");
        sql.rows(LakeTable.TARGET, TARGETS,
                "430300, fie_new, 2012, level, 50, binding, 以内, ",
                "430100, fie_new, 2012, level, 50, binding, 控制在, ");
        assertEquals(List.of(
                        List.of("430100", "at_most", "106.0", "未达标"),
                        List.of("430300", "at_most", "96.0", "达标")),
                sql.query("select region_code, direction, completion_pct, status_zh from fct_target_attainment order by 1"));
    }

    @Test
    void growthIsJudgedAtThePrecisionItIsPublishedWith() {
        // 100 -> 109.96: computed +9.96%, published as 10.0%, which meets "增长10%"
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, fiscal_revenue, 2014, 100e8, ",
                "430300, fiscal_revenue, 2015, 109.96e8, ");
        sql.rows(LakeTable.TARGET, TARGETS, "430300, fiscal_revenue, 2015, growth_pct, 10, expected, , ");
        assertEquals(Arrays.asList("10.0", "0.0", "达标"),
                attainment("fiscal_revenue", 2015, "actual_growth_pct, gap_pp, status_zh"));
    }

    @Test
    void growthIsRoundedOnceBeforeItIsJudged() {
        // 100 -> 106.9456: +6.9456%, published 6.9%, 0.1 points short of "增长7%". Rounded to 2
        // places first (6.95) and then to 1, it would read 7.0 and meet the target.
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, fiscal_revenue, 2014, 100e8, ",
                "430300, fiscal_revenue, 2015, 106.9456e8, ");
        sql.rows(LakeTable.TARGET, TARGETS, "430300, fiscal_revenue, 2015, growth_pct, 7, expected, , ");
        assertEquals(Arrays.asList("6.9", "-0.1", "未达标"),
                attainment("fiscal_revenue", 2015, "actual_growth_pct, gap_pp, status_zh"));
    }

    @Test
    void aLevelTargetIsJudgedOnTheCompletionAsPrinted() {
        // 99.96 against a level of 100: 完成率 99.96%, printed 100.0% ("完成年度目标的100.0%") and met,
        // as 9.96% growth meets 10%; 99.94 prints 99.9% and is not met
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, fdi_actual, 2015, 99.96e8, ",
                "430100, fdi_actual, 2015, 99.94e8, ");
        sql.rows(LakeTable.TARGET, TARGETS,
                "430300, fdi_actual, 2015, level, 100e8, expected, , ",
                "430100, fdi_actual, 2015, level, 100e8, expected, , ");
        assertEquals(List.of(
                        List.of("430100", "99.94", "未达标"),
                        List.of("430300", "99.96", "达标")),
                sql.query("select region_code, completion_pct, status_zh from fct_target_attainment order by 1"));
    }

    @Test
    void aLevelTargetMissedByExactlyItsToleranceIsNearlyMet() {
        // "3.92亿美元左右" with a tolerance of 0.2 points: 99.8% is 0.2 short, within it (in a double,
        // 99.8 - 100 is -0.20000000000000284, which would fall outside)
        sql.rows(LakeTable.OBSERVATION, FIGURES, "430300, fdi_actual, 2015, 3.91216e8, ");
        sql.rows(LakeTable.TARGET, TARGETS, "430300, fdi_actual, 2015, level, 3.92e8, expected, 左右, 0.2");
        assertEquals(Arrays.asList(CatalogFixture.exact(3.91216 / 3.92 * 100), "nearly", "基本达标"),
                attainment("fdi_actual", 2015, "completion_pct, status, status_zh"));
    }

    @Test
    void aPlanIsOnTrackWhenThePaceAsPrintedMeetsWhatItNeeds() {
        // 2011-2013 plan of 12% a year; 2011 grew 11.96%: the two years left need
        // (1.12^3 / 1.1196)^(1/2) - 1 = 12.02% a year. Both print 12.0: on track, as the reader sees it
        sql.rows(LakeTable.OBSERVATION, FIGURES, "430300, gdp, 2011, , 11.96");
        sql.rows(LakeTable.TARGET, "region_code, indicator_code, year, kind, value, binding, qualifier, plan_start",
                "430300, gdp, 2013, growth_pct, 12, expected, , 2011");
        assertEquals(Arrays.asList("11.96", CatalogFixture.exact((Math.sqrt(Math.pow(1.12, 3) / 1.1196) - 1) * 100),
                        "12.0", "true"),
                sql.row("select avg_growth_to_date_pct, required_growth_pct, published_rate(required_growth_pct),"
                        + " is_on_track from fct_plan_progress where year = 2011"));
    }

    @Test
    void aPlanCapIsMetByStayingBelowItAndAnApproximatePlanWithinTolerance() {
        // 2011-2013 plan: new FIEs 控制在 120 in 2013: 110 is within (91.67%); GDP average "12%左右":
        // (1.125 * 1.10 * 1.11)^(1/3) - 1 = 11.16%, 11.2% as published, 0.8 short: beyond 0.5, missed
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, fie_new, 2013, 110, ",
                "430300, gdp, 2011, , 12.5",
                "430300, gdp, 2012, , 10",
                "430300, gdp, 2013, , 11");
        sql.rows(LakeTable.TARGET, "region_code, indicator_code, year, kind, value, binding, qualifier, plan_start",
                "430300, fie_new, 2013, level, 120, binding, 控制在, 2011",
                "430300, gdp, 2013, growth_pct, 12, expected, 左右, 2011");
        assertEquals(List.of(
                        Arrays.asList("fie_new", "attained", "true"),
                        Arrays.asList("gdp", "missed", "false")),
                sql.query("select indicator_code, status, is_attained from fct_plan_progress where year = 2013 order by 1"));
        assertEquals(List.of(
                        Arrays.asList("fie_new", CatalogFixture.exact(110 / 120.0 * 100), null, "达标"),
                        Arrays.asList("gdp", null, "-0.8", "未达标")),
                sql.query("select indicator_code, completion_pct, gap_pp, status_zh from fct_target_attainment order by 1"));
    }

    @Test
    void aTargetWithoutItsYearsFigureIsPending() {
        sql.rows(LakeTable.TARGET, TARGETS, "430300, fiscal_revenue, 2012, growth_pct, 25, expected, , ");
        assertEquals(Arrays.asList(null, null, "pending", "待核实", null),
                attainment("fiscal_revenue", 2012, "completion_pct, gap_pp, status, status_zh, is_attained"));
    }
}
