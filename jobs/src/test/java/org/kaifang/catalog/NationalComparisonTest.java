package org.kaifang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kaifang.CatalogFixture;
import org.kaifang.table.LakeTable;

/**
 * A city against the nation and its province (占全国的X%, 高于全国X个百分点), each figure worked
 * out by hand; one 口径 only ever meets itself.
 */
class NationalComparisonTest {

    private static final String FIGURES = "region_code, indicator_code, year, value, reported_yoy_pct, source";
    private static final String WDI = "World Bank, World Development Indicators (CC BY 4.0): ";

    /** The source cell of a World Bank figure, quoted for its comma. */
    private static String wdi(String code) {
        return "\"" + WDI + code + "\"";
    }

    @RegisterExtension
    static final CatalogFixture sql = CatalogFixture.shared();

    /** China's merchandise trade of 2010 and 2011 as the World Bank publishes it, in US dollars. */
    private void chinaTrade() {
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "CHN, trade_export, 2010, 1577754000000, ," + wdi("TX.VAL.MRCH.CD.WT"),
                "CHN, trade_import, 2010, 1396247000000, ," + wdi("TM.VAL.MRCH.CD.WT"),
                "CHN, trade_export, 2011, 1898381000000, ," + wdi("TX.VAL.MRCH.CD.WT"),
                "CHN, trade_import, 2011, 1743484000000, ," + wdi("TM.VAL.MRCH.CD.WT"));
    }

    @Test
    void theNationsTradeIsItsExportsPlusItsImports() {
        chinaTrade();
        // 2011: 18983.81 + 17434.84 = 36418.65 亿美元; 2010: 15777.54 + 13962.47 = 29740.01;
        // growth 36418.65 / 29740.01 - 1 = 22.457%
        assertEquals(List.of("36418.65", "exports_plus_imports", CatalogFixture.exact((36418.65 / 29740.01 - 1) * 100), "computed",
                        WDI + "TX.VAL.MRCH.CD.WT + TM.VAL.MRCH.CD.WT"),
                sql.row("select value, value_basis, yoy_pct, yoy_basis, source from fct_growth"
                        + " where region_code = 'CHN' and indicator_code = 'trade_total' and year = 2011"));
    }

    @Test
    void aPublishedTotalStandsBeforeTheSumOfItsParts() {
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430200, trade_total, 2011, 33.75e8, , yearbook",
                "430200, trade_export, 2011, 20.5e8, , yearbook",
                "430200, trade_import, 2011, 13.2e8, , yearbook");
        assertEquals(List.of("33.75", "published"), sql.row("select value, value_basis from fct_indicator_yearly"
                + " where indicator_code = 'trade_total'"));
    }

    @Test
    void xiangtansTradeAgainstChinas() {
        chinaTrade();
        sql.rows(LakeTable.OBSERVATION, FIGURES, "430300, trade_total, 2011, 24.77e8, 6.5, speech");
        // share: 24.77 / 36418.65 = 0.068% → 0.07; points: 6.5 - 22.5 (22.457 as printed) = -16.0
        assertEquals(List.of("24.77", "36418.65", CatalogFixture.exact((36418.65 / 29740.01 - 1) * 100), CatalogFixture.exact(24.77 / 36418.65 * 100), "-16.0", "false"),
                sql.row("select value, nation_value, nation_yoy_pct, share_of_nation_pct, growth_vs_nation_pp,"
                        + " is_synthetic from fct_national_comparison where region_code = '430300'"));
    }

    @Test
    void theProvinceWhereItHasAFigure() {
        chinaTrade();
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, trade_total, 2011, 24.77e8, 6.5, speech",
                "430000, trade_total, 2011, 300e8, 10.0, bulletin");
        // 24.77 / 300 = 8.2567% → 8.26; 6.5 - 10.0 = -3.5 points; the province itself against the nation:
        // 300 / 36418.65 = 0.8238% → 0.82, 10.0 - 22.5 = -12.5
        assertEquals(List.of(
                        Arrays.asList("430000", CatalogFixture.exact(300 / 36418.65 * 100), "-12.5", null, null, null),
                        Arrays.asList("430300", CatalogFixture.exact(24.77 / 36418.65 * 100), "-16.0", "430000", CatalogFixture.exact(24.77 / 300 * 100), "-3.5")),
                sql.query("select region_code, share_of_nation_pct, growth_vs_nation_pp, province_code,"
                        + " share_of_province_pct, growth_vs_province_pp from fct_national_comparison order by 1"));
    }

    @Test
    void utilizedForeignInvestmentNeverMeetsTheBalanceOfPaymentsSeries() {
        // MOFCOM's 实际利用外资 (gross) and SAFE's FDI net inflows are two indicators: no row compares them
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, fdi_actual, 2011, 4.68e8, 16.1, speech",
                "CHN, fdi_bop_net, 2011, 280072219149.934, ," + wdi("BX.KLT.DINV.CD.WD"));
        assertEquals("0", sql.value("select count(*) from fct_national_comparison"));
        assertEquals(List.of("fdi_actual", "fdi_bop_net"), sql.query("select indicator_code from dim_indicator"
                + " where caliber_zh like '%不可比较或相加%' order by 1").stream().map(r -> r.get(0)).toList());
    }

    @Test
    void aCitysGdpGrowthAgainstTheNationsRealGrowthWithoutAShare() {
        // the city's GDP in 亿元 (real growth 12.8%), the nation's in US dollars (real growth 9.46%):
        // 12.8 - 9.5 = 3.3 points; no share of a total in another currency
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, gdp, 2011, 1124.45e8, 12.8, bulletin",
                "CHN, gdp_usd, 2011, 7671757207851.29, 9.46205248298186," + wdi("NY.GDP.MKTP.CD"));
        assertEquals(Arrays.asList("gdp_usd", "9.46205248298186", null, "3.3"),
                sql.row("select nation_indicator_code, nation_yoy_pct, share_of_nation_pct, growth_vs_nation_pp"
                        + " from fct_national_comparison"));
    }

    @Test
    void aSyntheticCityMakesTheComparisonSynthetic() {
        chinaTrade();
        sql.rows(LakeTable.OBSERVATION, FIGURES, "430200, trade_total, 2011, 33.75e8, 12.5, synthetic: yearbook");
        assertEquals("true", sql.value("select is_synthetic from rpt_national_comparison"));
    }

    @Test
    void aRankNamesTheCitiesWhoseSyntheticFiguresItUses() {
        // Xiangtan's own figure is real, but its rank puts it against synthetic Zhuzhou
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, trade_total, 2011, 24.77e8, 6.5, speech",
                "430200, trade_total, 2011, 33.75e8, 12.5, synthetic: yearbook");
        assertEquals(Arrays.asList("430200", "true", "true", "株洲市"), sql.row("select region_code, is_synthetic,"
                + " uses_synthetic, synthetic_regions_zh from rpt_region_rank where level_rank = 1"));
        assertEquals(Arrays.asList("2", "false", "true", "株洲市"), sql.row("select level_rank, is_synthetic,"
                + " uses_synthetic, synthetic_regions_zh from rpt_region_rank where region_code = '430300'"));
    }
}
