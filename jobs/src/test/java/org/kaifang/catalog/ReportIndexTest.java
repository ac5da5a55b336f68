package org.kaifang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kaifang.CatalogFixture;
import org.kaifang.table.LakeTable;

/**
 * The reports' front page as rows: headline figures as the trend table has them, a withheld
 * figure never a number, the targets by status, and the year it opens on never one of targets
 * alone. Values worked out by hand.
 */
class ReportIndexTest {

    @RegisterExtension
    static final CatalogFixture sql = CatalogFixture.shared();

    private static final String FIGURES = "region_code, indicator_code, year, value, source_file, source_line";
    private static final String TARGETS = "region_code, indicator_code, year, kind, value, binding";

    @Test
    void headlineFiguresAWithheldOneAndTheYearOfTargetsAlone() {
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, trade_total, 2010, 20.00e8, sources/a.csv, 2",
                "430300, trade_total, 2011, 24.77e8, sources/a.csv, 3",
                // two values of the same release: withheld (待核实), shown as such, never as 4.68 or 4.80
                "430300, fdi_actual, 2011, 4.68e8, sources/a.csv, 4",
                "430300, fdi_actual, 2011, 4.80e8, sources/a.csv, 5");
        // 2011: trade +10% asked, 23.85% came: attained; 2012: a target and no figure yet
        sql.rows(LakeTable.TARGET, TARGETS,
                "430300, trade_total, 2011, growth_pct, 10, expected",
                "430300, trade_total, 2012, growth_pct, 10, expected");
        // (24.77 / 20 - 1) x 100 = 23.85
        assertEquals(List.of(
                        Arrays.asList("2011", "true", "true", "24.77", "23.85", "false", null, "true", "1", "0", "0"),
                        Arrays.asList("2012", "false", "false", null, null, "false", null, "false", "0", "0", "1")),
                sql.query("select year, is_latest_year, has_figures, trade_total, trade_total_yoy_pct,"
                        + " is_trade_total_withheld, fdi_actual, is_fdi_actual_withheld, targets_attained,"
                        + " targets_missed, targets_pending from rpt_report_index where region_code = '430300' and year >= 2011"
                        + " order by year"));
    }

    @Test
    void aRegionTheDimensionsLackIsListedByItsCodeAndTheProvinceSetsTheYear() {
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430000, trade_total, 2014, 300e8, sources/p.csv, 2",
                // a city's early figure for 2015 does not move the page off the province's latest year
                "430100, trade_total, 2015, 120e8, sources/c.csv, 2",
                "439999, trade_total, 2014, 1e8, sources/x.csv, 2");
        assertEquals(List.of(
                        Arrays.asList("430000", "湖南省", "1", "2014", "true"),
                        Arrays.asList("430100", "长沙市", "2", "2015", "false"),
                        Arrays.asList("439999", "439999", "4", "2014", "true")),
                sql.query("select region_code, region_name_zh, region_order, year, is_latest_year from rpt_report_index"
                        + " order by region_code"));
    }
}
