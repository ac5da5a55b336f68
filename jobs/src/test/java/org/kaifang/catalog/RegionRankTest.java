package org.kaifang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kaifang.CatalogFixture;
import org.kaifang.table.LakeTable;

/** Ranks in the province and contributions to a total's growth (贡献率, 拉动), worked out by hand. */
class RegionRankTest {

    private static final String FIGURES = "region_code, indicator_code, year, value, reported_yoy_pct";

    @RegisterExtension
    static final CatalogFixture sql = CatalogFixture.shared();

    @Test
    void aCityPublishingOnlyARateIsRankedByGrowth() {
        // FAI 2018: Changsha 100 (+10%), Zhuzhou 80 (+12%), Xiangtan only a rate (+15%)
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430100, fai, 2018, 100e8, 10",
                "430200, fai, 2018, 80e8, 12",
                "430300, fai, 2018, , 15");
        assertEquals(List.of(
                        Arrays.asList("430100", "1", "3", "2", "3"),
                        Arrays.asList("430200", "2", "2", "2", "3"),
                        Arrays.asList("430300", null, "1", "2", "3")),
                sql.query("select region_code, level_rank, growth_rank, cities_ranked, cities_with_growth"
                        + " from fct_region_rank order by region_code"));
    }

    @Test
    void citiesContributeToTheProvincesGrowth() {
        // province 500 -> 560 (+60); Changsha 200 -> 245 (+45): 贡献率 45 / 60 = 75%, 拉动 45 / 500 = 9 points;
        // Xiangtan 100 -> 95 (-5): -8.33% and -1 point
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430000, fiscal_revenue, 2014, 500e8, ",
                "430000, fiscal_revenue, 2015, 560e8, ",
                "430100, fiscal_revenue, 2014, 200e8, ",
                "430100, fiscal_revenue, 2015, 245e8, ",
                "430300, fiscal_revenue, 2014, 100e8, ",
                "430300, fiscal_revenue, 2015, 95e8, ");
        assertEquals(List.of(
                        List.of("430100", "45.0", "75.0", "9.0"),
                        List.of("430300", "-5.0", CatalogFixture.exact(-5 / 60.0 * 100), "-1.0")),
                sql.query("select part_region_code, part_change, contribution_pct, pull_pp from fct_contribution"
                        + " where year = 2015 order by 1"));
        // in the rank report: Changsha's 245 is 43.75% of the province's 560
        assertEquals(List.of("75.0", "9.0", "43.75"), sql.row("select contribution_pct, pull_pp, share_pct"
                + " from rpt_region_rank where region_code = '430100' and year = 2015"));
    }

    @Test
    void exportsAndImportsPullTotalTrade() {
        // trade 100 -> 110 (+10%): exports 60 -> 68 (+8: 贡献率 80%, 拉动 8 points), imports 40 -> 42 (+2: 20%, 2 points)
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, trade_total, 2014, 100e8, ",
                "430300, trade_total, 2015, 110e8, ",
                "430300, trade_export, 2014, 60e8, ",
                "430300, trade_export, 2015, 68e8, ",
                "430300, trade_import, 2014, 40e8, ",
                "430300, trade_import, 2015, 42e8, ");
        assertEquals(List.of(
                        List.of("trade_export", "80.0", "8.0", "10.0"),
                        List.of("trade_import", "20.0", "2.0", "10.0")),
                sql.query("select part_indicator_code, contribution_pct, pull_pp, total_yoy_pct from fct_contribution"
                        + " where part_kind = 'component' order by 1"));
    }

    @Test
    void exportsAndImportsAddUpToTheTotalTheirContributionsExplain() {
        // a published total of 109 that exports and imports (66 + 44 = 110) do not add up to: the
        // parts' sum is the total they explain, 60% + 40% of its change and 6 + 4 = 10 points
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, trade_total, 2014, 100e8, ",
                "430300, trade_total, 2015, 109e8, ",
                "430300, trade_export, 2014, 60e8, ",
                "430300, trade_export, 2015, 66e8, ",
                "430300, trade_import, 2014, 40e8, ",
                "430300, trade_import, 2015, 44e8, ");
        assertEquals(List.of(
                        List.of("trade_export", "60.0", "6.0", "10.0"),
                        List.of("trade_import", "40.0", "4.0", "10.0")),
                sql.query("select part_indicator_code, contribution_pct, pull_pp, total_yoy_pct from fct_contribution"
                        + " where part_kind = 'component' order by 1"));
    }

    @Test
    void ratesThatPrintAlikeShareAGrowthRank() {
        // 8.54 computed and 8.5 published both print 8.5: joint first; 8.46 prints 8.5 too
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430100, fai, 2017, 100e8, ",
                "430100, fai, 2018, 108.54e8, ",
                "430200, fai, 2018, 80e8, 8.5",
                "430300, fai, 2017, 100e8, ",
                "430300, fai, 2018, 108.46e8, ",
                "430400, fai, 2018, 50e8, 7.9");
        assertEquals(List.of(List.of("430100", "1"), List.of("430200", "1"), List.of("430300", "1"), List.of("430400", "4")),
                sql.query("select region_code, growth_rank from fct_region_rank where year = 2018 order by 1"));
    }

    @Test
    void realBasisIndicatorsHaveNoContributionFromLevels() {
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430000, gdp, 2014, 27000e8, ",
                "430000, gdp, 2015, 29000e8, 8.6",
                "430100, gdp, 2014, 7800e8, ",
                "430100, gdp, 2015, 8500e8, 9.9");
        assertEquals("0", sql.value("select count(*) from fct_contribution"));
    }
}
