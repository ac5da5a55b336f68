package org.kaifang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kaifang.CatalogFixture;
import org.kaifang.table.LakeTable;

/**
 * Growth as the bureau publishes it: no rate across a change of sign but a note, 增量 beside
 * every rate, averages chained from published real rates for real-basis indicators, and an
 * implied previous level only where level and rate share a basis. Values worked out by hand.
 */
class GrowthRulesTest {

    private static final String FIGURES = "region_code, indicator_code, year, value, reported_yoy_pct, qualifier";

    @RegisterExtension
    static final CatalogFixture sql = CatalogFixture.shared();

    private List<String> growth(String indicator, int year, String columns) {
        return sql.row("select " + columns + " from fct_growth where region_code = '430300'"
                + " and indicator_code = '" + indicator + "' and year = " + year);
    }

    @Test
    void aChangeOfSignGivesANoteNotARate() {
        // fiscal revenue -5 亿元 then 100: 由负转正, no rate; then 100 to -20: 由正转负; 0 to 7: 上年为零
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, fiscal_revenue, 2010, -5e8, , ",
                "430300, fiscal_revenue, 2011, 100e8, , ",
                "430300, fiscal_revenue, 2012, -20e8, , ",
                "430300, fdi_actual, 2010, 0, , ",
                "430300, fdi_actual, 2011, 7e8, , ");
        assertEquals(Arrays.asList(null, "turned_positive", "由负转正", "105.0"),
                growth("fiscal_revenue", 2011, "yoy_pct, growth_note, growth_note_zh, change_value"));
        assertEquals(Arrays.asList(null, "由正转负", "-120.0"),
                growth("fiscal_revenue", 2012, "yoy_pct, growth_note_zh, change_value"));
        assertEquals(Arrays.asList(null, "上年为零"), growth("fdi_actual", 2011, "yoy_pct, growth_note_zh"));
    }

    @Test
    void aRateOfZeroReadsUnchanged() {
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, trade_total, 2010, 24.77e8, , ",
                "430300, trade_total, 2011, 24.77e8, , ",
                "430300, fie_new, 2010, 0, , ",
                "430300, fie_new, 2011, 0, , ");
        assertEquals(Arrays.asList("0.0", "持平", "0.0"), growth("trade_total", 2011, "yoy_pct, growth_note_zh, change_value"));
        // none a year before and none now: no rate, but unchanged
        assertEquals(Arrays.asList(null, "持平"), growth("fie_new", 2011, "yoy_pct, growth_note_zh"));
    }

    @Test
    void aRateIsKeptExactAndRoundedOnceToThePlaceItIsPublishedWith() {
        // 100 -> 101.0466: +1.0466%, kept as it is; published 1.0, where 2 places first (1.05) and
        // then 1 printed 1.1. 100 -> 101.45: +1.45%, which a double computes as 1.4499999999999957:
        // kept as 1.45, published 1.5
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, fiscal_revenue, 2010, 100e8, , ",
                "430300, fiscal_revenue, 2011, 101.0466e8, , ",
                "430300, fdi_actual, 2010, 100e8, , ",
                "430300, fdi_actual, 2011, 101.45e8, , ");
        assertEquals(Arrays.asList("1.0466", "1.0"), growth("fiscal_revenue", 2011, "yoy_pct, published_rate(yoy_pct)"));
        assertEquals(Arrays.asList("1.45", "1.5"), growth("fdi_actual", 2011, "yoy_pct, published_rate(yoy_pct)"));
    }

    @Test
    void halvesRoundAwayFromZeroInDecimalArithmetic() {
        // 1.45 and 1.005 are held by a double just below the half (1.4499999999999999556,
        // 1.00499999999999989): published, they still round away from zero
        assertEquals(Arrays.asList("1.5", "-1.5", "1.01", "-1.01"), sql.row("select published_rate(1.45::double),"
                + " published_rate(-1.45::double), published_share(1.005::double), published_share(-1.005::double)"));
    }

    @Test
    void aRateThatPrintsAsZeroReadsUnchanged() {
        // 24.77 -> 24.78: +0.040371417%, printed 0.0: 持平, as the brief words it
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, trade_total, 2010, 24.77e8, , ",
                "430300, trade_total, 2011, 24.78e8, , ");
        assertEquals(Arrays.asList(CatalogFixture.exact((24.78 / 24.77 - 1) * 100), "持平"), growth("trade_total", 2011, "yoy_pct, growth_note_zh"));
    }

    @Test
    void anIndicatorPublishedAsARateOnlyAveragesItsChainedRates() {
        // FAI published as growth only: +10%, +20%, +5% chain to (1.1 * 1.2 * 1.05)^(1/3) - 1 = 1.386^(1/3) - 1 = 11.49%
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, fai, 2018, , 10, ",
                "430300, fai, 2019, , 20, ",
                "430300, fai, 2020, , 5, ");
        assertEquals(Arrays.asList(CatalogFixture.exact((Math.cbrt(1.1 * 1.2 * 1.05) - 1) * 100), "chained_rates"), growth("fai", 2020, "cagr_3y_pct, average_basis"));
    }

    @Test
    void absoluteChangeStandsBesideEveryRate() {
        // 4.68 亿美元, +16.1% published; 2010 loaded as 4.031: 增量 4.68 - 4.031 = 0.649
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, fdi_actual, 2010, 4.031e8, , ",
                "430300, fdi_actual, 2011, 4.68e8, 16.1, ");
        assertEquals(Arrays.asList("0.649", "16.1", null),
                growth("fdi_actual", 2011, "change_value, yoy_pct, growth_note"));
    }

    @Test
    void realGrowthImpliesNoPreviousLevel() {
        // GDP 2011 1749.8 亿元, +9.3% real: 1749.8 / 1.093 = 1600.91 is not 2010's 1520.04 at
        // current prices, so no implied level; a nominal rate does imply one: 4.68 / 1.161 = 4.03
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, gdp, 2010, 1520.04e8, , ",
                "430300, gdp, 2011, 1749.8e8, 9.3, ",
                "430300, fdi_actual, 2011, 4.68e8, 16.1, ");
        assertEquals(Arrays.asList(null, null, "9.3", "reported"),
                growth("gdp", 2011, "implied_prev_value, yoy_pct_computed, yoy_pct, yoy_basis"));
        assertEquals("4.03", growth("fdi_actual", 2011, "implied_prev_value").get(0));
    }

    @Test
    void realAverageGrowthIsChainedFromThePublishedRates() {
        // GDP +10%, +8%, +12% real in 2009-2011: (1.10 * 1.08 * 1.12)^(1/3) - 1 = 9.9866% -> 9.99,
        // whatever the nominal levels say ((2000 / 1000)^(1/3) - 1 would be 25.99%)
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, gdp, 2008, 1000e8, , ",
                "430300, gdp, 2009, 1300e8, 10, ",
                "430300, gdp, 2010, 1600e8, 8, ",
                "430300, gdp, 2011, 2000e8, 12, ");
        assertEquals(Arrays.asList(CatalogFixture.exact((Math.cbrt(1.10 * 1.08 * 1.12) - 1) * 100), null, "chained_rates"),
                growth("gdp", 2011, "cagr_3y_pct, cagr_5y_pct, average_basis"));
        // a missing year's rate leaves no average
        assertEquals(Arrays.asList(null, null), growth("gdp", 2010, "cagr_3y_pct, average_basis"));
    }

    @Test
    void nominalAverageGrowthComesFromLevels() {
        // 100 -> 133.1 over three years: 1.331^(1/3) - 1 = 10%
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, fai, 2008, 100e8, , ",
                "430300, fai, 2011, 133.1e8, 20, ");
        assertEquals(Arrays.asList("10.0", "levels"), growth("fai", 2011, "cagr_3y_pct, average_basis"));
    }

    @Test
    void aQualifiedFigureKeepsItsQualifier() {
        // "近几年来…170余批次": a lower bound over recent years, not a 2011 yearly count
        sql.rows(LakeTable.OBSERVATION, FIGURES, "430300, investor_visits, 2011, 170, , 余");
        assertEquals(Arrays.asList("170.0", "余", "stock"), sql.row("select growth.value, growth.qualifier, indicators.kind"
                + " from fct_growth as growth join dim_indicator as indicators using (indicator_code)"
                + " where indicator_code = 'investor_visits'"));
        assertEquals("余", sql.value("select qualifier from rpt_trend_table where indicator_code = 'investor_visits'"));
    }
}
