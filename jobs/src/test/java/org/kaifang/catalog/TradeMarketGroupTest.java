package org.kaifang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kaifang.CatalogFixture;
import org.kaifang.table.LakeTable;

/**
 * Market groups as customs reports them: members by date (data/reference/trade_group_member.csv
 * as shipped), growth over the same members a year before, share and 拉动 of the region's trade.
 */
class TradeMarketGroupTest {

    @RegisterExtension
    static final CatalogFixture sql = CatalogFixture.shared();

    /** Changsha's customs detail summed as the marts store it: partner rows, and each month's total over them. */
    private static void trade(String flow, Object... partnerYearMonthUsd) {
        Map<String, Double> months = new TreeMap<>();
        String[] partners = new String[partnerYearMonthUsd.length / 4];
        for (int i = 0; i < partnerYearMonthUsd.length; i += 4) {
            String partner = (String) partnerYearMonthUsd[i];
            int year = (Integer) partnerYearMonthUsd[i + 1];
            int month = (Integer) partnerYearMonthUsd[i + 2];
            double usd = ((Number) partnerYearMonthUsd[i + 3]).doubleValue();
            partners[i / 4] = "430100, " + partner + ", " + year + ", " + month + ", " + flow + ", " + usd + ", 1";
            months.merge(year + ", " + month, usd, Double::sum);
        }
        sql.rows(LakeTable.MART_TRADE_PARTNER, "region_code, partner_iso, year, month, flow, value_usd, records", partners);
        sql.rows(LakeTable.MART_TRADE_MONTHLY, "region_code, year, month, flow, value_usd, records",
                months.entrySet().stream().map(e -> "430100, " + e.getKey() + ", " + flow + ", " + e.getValue() + ", 1")
                        .toArray(String[]::new));
    }

    /** Germany 10, 11 and 12 million a month in 2019, 2020 and 2021; the United Kingdom 5 million a month throughout. */
    private static void germanyAndTheUnitedKingdom() {
        for (int month = 1; month <= 3; month++) {
            trade("export",
                    "DEU", 2019, month, 1e7, "GBR", 2019, month, 5e6,
                    "DEU", 2020, month, 1.1e7, "GBR", 2020, month, 5e6,
                    "DEU", 2021, month, 1.2e7, "GBR", 2021, month, 5e6);
        }
    }

    @Test
    void theEuropeanUnionCountsTheUnitedKingdomIn2019AndNotIn2021AndGrowsLikeForLike() {
        germanyAndTheUnitedKingdom();
        // 2019, 1-3月: (10 + 5) x 3 = 45 million, the United Kingdom in; 28 members
        assertEquals(Arrays.asList("28", "4.5E7"), sql.row("select members, ytd_value_usd from fct_trade_monthly_breakdown"
                + " where breakdown = 'market_group' and item_code = 'eu' and year = 2019 and month = 3 and flow = 'export'"));
        // 2021, 1-3月: 12 x 3 = 36 million without it, against Germany alone in 2020: 11 x 3 = 33 million,
        // +9.09% (not 36 / 48 - 1 = -25%); share 36 / (36 + 15) = 70.59%; 拉动 (36 - 33) / 2020's 48 = 6.25 points
        assertEquals(Arrays.asList("27", "3.6E7", "3.3E7", CatalogFixture.exact((36 / 33.0 - 1) * 100), CatalogFixture.exact(36 / 51.0 * 100), "6.25"), sql.row("select members,"
                + " ytd_value_usd, ytd_prev_value_usd, ytd_yoy_pct, ytd_share_pct, ytd_pull_pp from fct_trade_monthly_breakdown"
                + " where breakdown = 'market_group' and item_code = 'eu' and year = 2021 and month = 3 and flow = 'export'"));
    }

    @Test
    void theUnitedKingdomLeavesAfterJanuary2020AndEachPeriodHasOneScope() {
        germanyAndTheUnitedKingdom();
        // January 2020: 11 + 5 = 16 against 10 + 5 = 15, +6.67%. February: 11 against Germany's 10, +10%;
        // January-February over February's members, Germany alone, in both years: 22 against 20, +10%
        // (never January with the United Kingdom and February without it, 27 against 25)
        assertEquals(List.of(
                        Arrays.asList("1", "1.6E7", "1.5E7", CatalogFixture.exact((16 / 15.0 - 1) * 100), "1.6E7", "1.5E7", CatalogFixture.exact((16 / 15.0 - 1) * 100)),
                        Arrays.asList("2", "1.1E7", "1.0E7", "10.0", "2.2E7", "2.0E7", "10.0")),
                sql.query("select month, value_usd, prev_value_usd, yoy_pct, ytd_value_usd, ytd_prev_value_usd, ytd_yoy_pct"
                        + " from fct_trade_monthly_breakdown where breakdown = 'market_group' and item_code = 'eu' and year = 2020 and month <= 2"
                        + " and flow = 'export' order by month"));
    }

    @Test
    void rcepIsReportedFrom2022AndComparedWithItsFourteenMembersIn2021() {
        trade("export", "JPN", 2021, 1, 4e6, "AUS", 2021, 1, 1e6, "USA", 2021, 1, 5e6,
                "JPN", 2022, 1, 5e6, "AUS", 2022, 1, 1.5e6, "USA", 2022, 1, 5e6);
        assertEquals(List.of(Arrays.asList("2022", "14", "6500000.0", "5000000.0", "30.0")),
                sql.query("select year, members, value_usd, prev_value_usd, yoy_pct from fct_trade_monthly_breakdown"
                        + " where breakdown = 'market_group' and item_code = 'rcep' and flow = 'export' order by year"));
    }

    /** A market with no trade a year before has no rate: 新增, as the partners' table prints it; one that stopped, -100% and 由有到无. */
    @Test
    void aLineThatStartsOrStopsTradingIsNewOrCeased() {
        trade("export", "USA", 2020, 1, 5e6, "KOR", 2021, 1, 2e6);
        assertEquals(List.of(
                        Arrays.asList("kor", "2000000.0", "0.0", null, "new", "new"),
                        Arrays.asList("usa", "0.0", "5000000.0", "-100.0", "ceased", "ceased")),
                sql.query("select item_code, value_usd, prev_value_usd, yoy_pct, presence_note, ytd_presence_note"
                        + " from fct_trade_monthly_breakdown where breakdown = 'market_group' and item_code in ('kor', 'usa')"
                        + " and year = 2021 and flow = 'export' order by item_code"));
        assertEquals(List.of(
                        Arrays.asList("kor", null, "新增", "new"),
                        Arrays.asList("usa", "-100.0", "由有到无", "ceased")),
                sql.query("select item_code, exports_yoy_pct, exports_note_zh, exports_note_en from rpt_trade_monthly"
                        + " where breakdown = 'market_group' and item_code in ('kor', 'usa') and year = 2021 order by item_code"));
    }

    @Test
    void noGrowthWithoutDetailAYearBeforeAndNoCumulativeFigureOverAMissingMonth() {
        // 2020 has only February; 2021 has January and March
        trade("export", "USA", 2020, 2, 2e6, "USA", 2021, 1, 3e6, "USA", 2021, 3, 4e6);
        assertEquals(List.of(
                        Arrays.asList("1", "3000000.0", null, null, "3000000.0", null),
                        Arrays.asList("3", "4000000.0", null, null, null, null)),
                sql.query("select month, value_usd, prev_value_usd, yoy_pct, ytd_value_usd, ytd_prev_value_usd"
                        + " from fct_trade_monthly_breakdown where breakdown = 'market_group' and item_code = 'usa' and year = 2021 and flow = 'export'"
                        + " order by month"));
    }

    @Test
    void aMissingMonthMakesTheCumulativeFigureUnknownNotCeased() {
        // the USA 2 million a month in January-March 2020; 2021 without February's detail: 1-3月
        // 2021 is unknown, so no growth and no 由有到无 against 1-3月 2020's 6 million
        trade("import", "USA", 2020, 1, 2e6, "USA", 2020, 2, 2e6, "USA", 2020, 3, 2e6,
                "USA", 2021, 1, 3e6, "USA", 2021, 3, 4e6);
        assertEquals(Arrays.asList(null, "6000000.0", null, null),
                sql.row("select ytd_value_usd, ytd_prev_value_usd, ytd_yoy_pct, ytd_presence_note"
                        + " from fct_trade_monthly_breakdown where breakdown = 'market_group' and item_code = 'usa'"
                        + " and year = 2021 and month = 3 and flow = 'import'"));
    }

    @Test
    void totalIsExportsPlusImportsForAMonthWithBoth() {
        trade("export", "JPN", 2020, 1, 3e6, "JPN", 2021, 1, 4e6, "JPN", 2021, 2, 4e6);
        trade("import", "JPN", 2020, 1, 1e6, "JPN", 2021, 1, 2e6);
        // January 2021: 4 + 2 = 6 against 3 + 1 = 4, +50%; February has exports only: no total
        assertEquals(List.of(Arrays.asList("1", "6000000.0", "4000000.0", "50.0", "100.0")),
                sql.query("select month, value_usd, prev_value_usd, yoy_pct, share_pct from fct_trade_monthly_breakdown"
                        + " where breakdown = 'market_group' and item_code = 'jpn' and year = 2021 and flow = 'total' order by month"));
    }

    @Test
    void theMonthlyReportPrintsTheRegionThenItsGroupsIn100MillionUsd() {
        // 2020 and 2021, January-February; exports to Germany and Japan, imports from Japan
        trade("export", "DEU", 2020, 1, 1e8, "DEU", 2020, 2, 1e8, "JPN", 2020, 1, 5e7, "JPN", 2020, 2, 5e7,
                "DEU", 2021, 1, 1.2e8, "DEU", 2021, 2, 1.2e8, "JPN", 2021, 1, 5e7, "JPN", 2021, 2, 5e7);
        trade("import", "JPN", 2020, 1, 5e7, "JPN", 2020, 2, 5e7, "JPN", 2021, 1, 4e7, "JPN", 2021, 2, 4e7);
        // the region, 1-2月 2021: exports 3.4 (against 3.0: +13.33%), imports 0.8 (against 1.0: -20%),
        // trade 4.2 against 4.0: +5%. The EU: 2.4 against 2.0, +20%, share 2.4 / 4.2 = 57.14%,
        // 拉动 0.4 / 4.0 = 10 points, imports from it none, no rate on none (the total's own 拉动 is left blank,
        // as bulletins leave it). Japan: 1.8 against 2.0, -10%, share 42.86%, 拉动 -0.2 / 4.0 = -5 points
        assertEquals(List.of(
                        Arrays.asList("进出口总值", "4.2", "5.0", "3.4", CatalogFixture.exact((3.4 / 3.0 - 1) * 100), "0.8", "-20.0", "100.0", null, "true"),
                        Arrays.asList("欧盟", "2.4", "20.0", "2.4", "20.0", "0.0", null, CatalogFixture.exact(2.4 / 4.2 * 100), "10.0", "true"),
                        Arrays.asList("日本", "1.8", "-10.0", "1.0", "0.0", "0.8", "-20.0", CatalogFixture.exact(1.8 / 4.2 * 100), "-5.0", "true")),
                sql.query("select item_name_zh, round(trade_100m_usd, 4), trade_yoy_pct,"
                        + " round(exports_100m_usd, 4), exports_yoy_pct, round(imports_100m_usd, 4), imports_yoy_pct,"
                        + " share_pct, pull_pp, is_latest_month from rpt_trade_monthly"
                        + " where region_code = '430100' and year = 2021 and month = 2"
                        + " and (item_code in ('total', 'eu', 'jpn')) order by display_order"));
    }
}
