package org.kaifang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kaifang.CatalogFixture;
import org.kaifang.table.LakeTable;

/**
 * 序时进度 by the kind of indicator: a flow's cumulative figure against the year's target
 * level, a stock's way from last year-end, a real-basis indicator's growth against its target
 * growth. Values worked out by hand.
 */
class YtdProgressTest {

    private static final String FIGURES = "region_code, indicator_code, year, month, value, reported_yoy_pct";
    private static final String TARGETS = "region_code, indicator_code, year, kind, value, binding";

    @RegisterExtension
    static final CatalogFixture sql = CatalogFixture.shared();

    private List<String> progress(String indicator, int year, int month, String columns) {
        return sql.row("select " + columns + " from fct_ytd_progress where region_code = '430300'"
                + " and indicator_code = '" + indicator + "' and year = " + year + " and month = " + month);
    }

    @Test
    void aStockProgressesFromLastYearEnd() {
        // 境外企业累计: 39 at the end of 2015, 44 at the end of September 2016, target 50:
        // (44 - 39) / (50 - 39) = 45.45% against 75% of the year: as printed, 45.5 against 75.0, 29.5
        // points behind (not 88%, ahead)
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, odi_enterprises_total, 2015, , 39, ",
                "430300, odi_enterprises_total, 2016, 6, 45, ",
                "430300, odi_enterprises_total, 2016, 9, 44, ");
        sql.rows(LakeTable.TARGET, TARGETS, "430300, odi_enterprises_total, 2016, level, 50, expected");
        assertEquals(Arrays.asList("stock_increment", "39.0", CatalogFixture.exact(5 / 11.0 * 100), "75.0", "-29.5", "behind",
                        "滞后于序时进度"),
                progress("odi_enterprises_total", 2016, 9, "progress_basis, last_year_end_value, target_share_pct,"
                        + " elapsed_pct, progress_gap_pp, progress_status, progress_status_zh"));
    }

    @Test
    void aFallingStockIsNoCumulativeError() {
        // a stock may fall (45 at June, 44 at September); a cumulative flow may not (fai 30 then 20)
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, odi_enterprises_total, 2016, 6, 45, ",
                "430300, odi_enterprises_total, 2016, 9, 44, ",
                "430300, fai, 2016, 6, 30e8, ",
                "430300, fai, 2016, 9, 20e8, ");
        assertEquals(List.of(List.of("fai")),
                sql.query("select indicator_code from data_quality where check_name = 'chk_cumulative_monotonic'"));
    }

    @Test
    void realBasisProgressIsGrowthAgainstTheTargetInPoints() {
        // GDP 1-6月 +10.5% real against a +10% target: 0.5 points ahead, no share of a level
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, gdp, 2015, , 1800e8, 9",
                "430300, gdp, 2016, 6, 950e8, 10.5");
        sql.rows(LakeTable.TARGET, TARGETS, "430300, gdp, 2016, growth_pct, 10, expected");
        assertEquals(Arrays.asList("real_growth", null, null, "0.5", "ahead"),
                progress("gdp", 2016, 6, "progress_basis, annual_target_level, target_share_pct, progress_gap_pp,"
                        + " progress_status"));
    }

    @Test
    void aFlowAtDecemberHasCompletedWhatTheTrendTableSays() {
        // Xiangtan trade: 47.97 in 2014; 1-12月 2015 = 51.53 against +14%: 51.53 / 54.6858 = 94.23%,
        // the completion_pct of the year, printed 94.2 against 100.0: 5.8 points behind; at 1-6月 24.0 is
        // 43.89% against 50%: as printed, 43.9 against 50.0, 6.1 points behind
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, trade_total, 2014, , 47.97e8, ",
                "430300, trade_total, 2015, 6, 24.0e8, ",
                "430300, trade_total, 2015, 12, 51.53e8, 7.4");
        sql.rows(LakeTable.TARGET, TARGETS, "430300, trade_total, 2015, growth_pct, 14, expected");
        assertEquals(Arrays.asList("flow_share", CatalogFixture.exact(51.53 / 54.6858 * 100), "100.0", "-5.8"),
                progress("trade_total", 2015, 12, "progress_basis, target_share_pct, elapsed_pct, progress_gap_pp"));
        assertEquals(CatalogFixture.exact(51.53 / 54.6858 * 100), sql.value("select completion_pct from fct_target_attainment where indicator_code = 'trade_total'"));
        assertEquals(Arrays.asList(CatalogFixture.exact(24.0 / 54.6858 * 100), "-6.1", "behind"),
                progress("trade_total", 2015, 6, "target_share_pct, progress_gap_pp, progress_status"));
    }

    @Test
    void januaryAndFebruaryAreOneRelease() {
        // 1-2月 arrives as month 2: two months of twelve have passed, and no January row appears
        sql.rows(LakeTable.OBSERVATION, FIGURES, "430300, fai, 2016, 2, 20e8, ");
        sql.rows(LakeTable.TARGET, TARGETS, "430300, fai, 2016, level, 150e8, expected");
        // 20 of 150 = 13.33% against 2 / 12 = 16.67%: as printed, 13.3 against 16.7, 3.4 points behind
        assertEquals(Arrays.asList(CatalogFixture.exact(2 / 12.0 * 100), CatalogFixture.exact(20 / 150.0 * 100), "-3.4"),
                progress("fai", 2016, 2, "elapsed_pct, target_share_pct, progress_gap_pp"));
        assertEquals("1", sql.value("select count(*) from fct_ytd_progress"));
    }

    @Test
    void anAtMostTargetIsAheadWhenBelowThePace() {
        // a cap of 100 (控制在…以内): 40 by June is 40% of it with half the year gone: within the pace
        sql.rows(LakeTable.OBSERVATION, FIGURES, "430300, fie_new, 2016, 6, 40, ");
        sql.rows(LakeTable.TARGET, "region_code, indicator_code, year, kind, value, binding, qualifier",
                "430300, fie_new, 2016, level, 100, binding, 以内");
        List<String> row = progress("fie_new", 2016, 6, "target_share_pct, progress_gap_pp, progress_status");
        assertEquals(Arrays.asList("40.0", "-10.0", "ahead"), row);
        assertTrue(sql.query("select * from data_quality where severity = 'error'").isEmpty());
    }
}
