package org.kaifang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kaifang.CatalogFixture;
import org.kaifang.table.LakeTable;

/** Customs breakdowns compare the same months; a year of detail is complete for each flow. */
class TradeBreakdownTest {

    @RegisterExtension
    static final CatalogFixture sql = CatalogFixture.shared();

    /** Monthly and partner marts for Changsha: one export row a month per partner. */
    private static void months(int year, int lastMonth, String partner, double usdPerMonth) {
        List<String> monthly = new ArrayList<>();
        List<String> partners = new ArrayList<>();
        for (int month = 1; month <= lastMonth; month++) {
            monthly.add("430100, " + year + ", " + month + ", export, " + usdPerMonth + ", 1, 2026-01-01");
            partners.add("430100, " + partner + ", " + year + ", " + month + ", export, " + usdPerMonth + ", 1, 2026-01-01");
        }
        sql.rows(LakeTable.MART_TRADE_MONTHLY, "region_code, year, month, flow, value_usd, records, vintage",
                monthly.toArray(String[]::new));
        sql.rows(LakeTable.MART_TRADE_PARTNER, "region_code, partner_iso, year, month, flow, value_usd, records, vintage",
                partners.toArray(String[]::new));
    }

    @Test
    void aPartYearIsComparedWithTheSameMonthsOfTheYearBefore() {
        // USA: 10 million a month in 2014, 12 million a month in January-June 2015: +20%, not 72 / 120 - 1 = -40%
        months(2014, 12, "USA", 1e7);
        months(2015, 6, "USA", 1.2e7);
        assertEquals(Arrays.asList("6", "7.2E7", "6.0E7", "20.0", "1"), sql.row("select months_covered, trade_usd,"
                + " prev_trade_usd, yoy_pct, rank from fct_trade_partner where partner_iso = 'USA' and year = 2015"));
    }

    @Test
    void aPartnerThatStopsShowsMinusAHundredAndOneThatStartsIsNew() {
        months(2014, 12, "JPN", 1e7);
        months(2015, 12, "USA", 1e7);
        assertEquals(List.of(
                        Arrays.asList("JPN", "0.0", "-100.0", "由有到无", null),
                        Arrays.asList("USA", "1.2E8", null, "新增", "1")),
                sql.query("select partner_iso, trade_usd, yoy_pct, presence_note_zh, rank from fct_trade_partner"
                        + " where year = 2015 order by 1"));
    }

    @Test
    void eachFlowIsComparedOnItsOwnMonths() {
        // exports to June (10 a month), imports to May (5 a month), the same in both years: trade is flat,
        // not 85 / 90 - 1 = -5.6%
        for (int year = 2014; year <= 2015; year++) {
            List<String> monthly = new ArrayList<>();
            List<String> partners = new ArrayList<>();
            for (int month = 1; month <= 6; month++) {
                monthly.add("430100, " + year + ", " + month + ", export, 1e7, 1, 2026-01-01");
                partners.add("430100, USA, " + year + ", " + month + ", export, 1e7, 1, 2026-01-01");
                if (month <= 5 && year == 2015 || year == 2014) {
                    monthly.add("430100, " + year + ", " + month + ", import, 5e6, 1, 2026-01-01");
                    partners.add("430100, USA, " + year + ", " + month + ", import, 5e6, 1, 2026-01-01");
                }
            }
            sql.rows(LakeTable.MART_TRADE_MONTHLY, "region_code, year, month, flow, value_usd, records, vintage",
                    monthly.toArray(String[]::new));
            sql.rows(LakeTable.MART_TRADE_PARTNER, "region_code, partner_iso, year, month, flow, value_usd, records, vintage",
                    partners.toArray(String[]::new));
        }
        assertEquals(Arrays.asList("8.5E7", "8.5E7", "0.0"), sql.row("select trade_usd, prev_trade_usd, yoy_pct"
                + " from fct_trade_partner where year = 2015"));
    }

    @Test
    void noRateWhereTheYearBeforeLacksTheMonths() {
        // 2014 detail for July-December only, 2015 complete: no growth, and no partner is "new"
        for (int month = 7; month <= 12; month++) {
            sql.rows(LakeTable.MART_TRADE_MONTHLY, "region_code, year, month, flow, value_usd, records, vintage",
                    "430100, 2014, " + month + ", export, 1e7, 1, 2026-01-01");
            sql.rows(LakeTable.MART_TRADE_PARTNER, "region_code, partner_iso, year, month, flow, value_usd, records, vintage",
                    "430100, USA, 2014, " + month + ", export, 1e7, 1, 2026-01-01");
        }
        months(2015, 12, "USA", 1e7);
        assertEquals(Arrays.asList(null, null, null, "false"), sql.row("select prev_trade_usd, yoy_pct, presence_note,"
                + " months_from_january from fct_trade_partner where year = 2014"));
        assertEquals(Arrays.asList(null, null, null), sql.row("select prev_trade_usd, yoy_pct, presence_note"
                + " from fct_trade_partner where year = 2015"));
    }

    @Test
    void aYearOfTradeNeedsTwelveMonthsOfEachFlow() {
        // 12 export months and 11 import months: exports are a year, imports and the total are not
        List<String> rows = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            rows.add("430100, 2015, " + month + ", export, 1e7, 1, 2026-01-01");
            if (month < 12) {
                rows.add("430100, 2015, " + month + ", import, 5e6, 1, 2026-01-01");
            }
        }
        sql.rows(LakeTable.MART_TRADE_MONTHLY, "region_code, year, month, flow, value_usd, records, vintage",
                rows.toArray(String[]::new));
        assertEquals(List.of(List.of("trade_export", "1.2")), sql.query("select indicator_code, value"
                + " from fct_indicator_yearly where region_code = '430100' order by 1"));
    }
}
