package org.kaifang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kaifang.CatalogFixture;
import org.kaifang.table.LakeTable;

/** The checks a bureau runs on its own figures, with rounding allowed for by interval arithmetic. */
class ConsistencyChecksTest {

    private static final String FIGURES =
            "region_code, indicator_code, year, month, value, value_rounding, reported_yoy_pct, reported_yoy_decimals";

    @RegisterExtension
    static final CatalogFixture sql = CatalogFixture.shared();

    private List<List<String>> failing(String check) {
        return sql.query("select indicator_code, year, message_en from data_quality where check_name = '" + check + "'"
                + " order by 1, 2");
    }

    @Test
    void ratesWithinTheRoundingOfTheLevelsPass() {
        // 2.35 -> 2.71 亿美元, each ±0.005: (2.705 / 2.355 - 1) = 14.86% to (2.715 / 2.345 - 1) = 15.78%;
        // published +14.9% (±0.05) lies within, though 2.71 / 2.35 - 1 = 15.32%
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, fdi_actual, 2014, , 2.35e8, 0.005e8, , ",
                "430300, fdi_actual, 2015, , 2.71e8, 0.005e8, 14.9, 1");
        assertTrue(failing("chk_growth_consistency").isEmpty(), failing("chk_growth_consistency").toString());
    }

    @Test
    void ratesBeyondTheRoundingOfTheLevelsAreReported() {
        // 2.35 -> 2.71 allows 14.86% to 15.78%: a published +14.7% (14.65 to 14.75) does not meet it
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, fdi_actual, 2014, , 2.35e8, 0.005e8, , ",
                "430300, fdi_actual, 2015, , 2.71e8, 0.005e8, 14.7, 1");
        List<List<String>> rows = failing("chk_growth_consistency");
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).get(2).contains("published growth 14.7% but levels give 15.32% (14.86% to 15.78%"),
                rows.toString());
    }

    @Test
    void aCumulativeRateTheLevelsDoNotBearOutIsReported() {
        // 1-6月 100 then 125: +25.00%, published +50.0%
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, fai, 2015, 6, 100e8, 0.005e8, , ",
                "430300, fai, 2016, 6, 125e8, 0.005e8, 50.0, 1");
        List<List<String>> rows = failing("chk_growth_consistency");
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).get(2).startsWith("fai 2016 to month 6: published growth 50% but levels give 25.00%"),
                rows.toString());
    }

    @Test
    void aDecemberFigureBesideADifferentYearlyOneIsReported() {
        // 1-12月 30.00 against a published year of 31.00
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, trade_total, 2015, 12, 30e8, 0.005e8, , ",
                "430300, trade_total, 2015, , 31e8, 0.005e8, , ");
        assertEquals(List.of(List.of("trade_total", "2015",
                        "trade_total 2015: the yearly figure 31.0 亿美元 and January-December 30.0 亿美元 disagree")),
                failing("chk_annual_vs_december"));
    }

    @Test
    void aRevisedYearWhoseMonthsStayedIsReportedAsSuch() {
        sql.rows(LakeTable.OBSERVATION,
                "region_code, indicator_code, year, month, value, value_rounding, released, release_status",
                "430300, fiscal_revenue, 2015, 12, 249.56e8, 0.005e8, , ",
                "430300, fiscal_revenue, 2015, , 250.56e8, 0.005e8, 2016-09-30, 最终核实");
        assertEquals(List.of(List.of("fiscal_revenue", "2015", "fiscal_revenue 2015: the yearly figure was revised"
                        + " to 250.56 亿元 but January-December still says 249.56 亿元")),
                failing("chk_annual_vs_december"));
    }

    @Test
    void aCountIsExact() {
        // 39 enterprises at the year's end, 38 at the end of December: a count has no rounding to hide in
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, odi_enterprises_total, 2011, 12, 38, 0, , ",
                "430300, odi_enterprises_total, 2011, , 39, 0, , ");
        assertEquals(1, failing("chk_annual_vs_december").size());
    }

    @Test
    void aYearlyRateLendsItselfToTheDecemberLevel() {
        // the communiqué gives trade growth only (+5.2%); the 1-12月 level is 31.00: the year is 31.00, +5.2%
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, trade_total, 2015, , , , 5.2, 1",
                "430300, trade_total, 2015, 12, 31e8, 0.005e8, , ");
        assertEquals(List.of("31.0", "5.2", "december_ytd"), sql.row("select value, reported_yoy_pct, value_basis"
                + " from fct_indicator_yearly where indicator_code = 'trade_total'"));
    }

    @Test
    void aDecemberFigureThatAgreesWithinRoundingPasses() {
        // 30.004 亿美元 in 万美元 (300040 ±0.5) against 30.00 亿美元 (±0.005): they may be the same
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, trade_total, 2015, 12, 30.004e8, 5000, , ",
                "430300, trade_total, 2015, , 30.00e8, 0.005e8, , ");
        assertTrue(failing("chk_annual_vs_december").isEmpty());
    }
}
