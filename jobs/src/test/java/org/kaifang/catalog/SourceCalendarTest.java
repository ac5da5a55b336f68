package org.kaifang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kaifang.CatalogFixture;
import org.kaifang.table.LakeTable;

/**
 * The source calendar as an operator reads it: a customs file due by the 20th of the next month,
 * late from the 21st, an error once its ten days' grace are gone; a yearbook due by the end of
 * September of the following year. Every date below is counted by hand.
 */
class SourceCalendarTest {

    @RegisterExtension
    static final CatalogFixture sql = CatalogFixture.shared();

    private static final String CUSTOMS = "sources/trade_flows/hg_*";

    /** Customs' monthly files, tracked from January 2026, due by the 20th with ten days' grace. */
    private static void customsCalendar() {
        sql.rows(LakeTable.SOURCE_CALENDAR,
                "source_pattern, name_zh, name_en, frequency, due_month, due_day, grace_days, tracked_from",
                CUSTOMS + ", 海关进出口数据, Customs trade detail, monthly, , 20, 10, 2026-01");
    }

    /** One row of customs detail for a month of 2026, in its own file, loaded at a UTC time. */
    private static void customsMonth(int month, String loadedUtc) {
        sql.rows(LakeTable.TRADE_FLOW, "year, month, region_code, partner_iso, hs_code, flow, value_usd, source_file, vintage",
                String.format("2026, %d, 430300, USA, 85176200, export, 1e6, sources/trade_flows/hg_2026%02d.csv, %s",
                        month, month, loadedUtc));
    }

    /** January to September, each on the 18th of the next month at noon UTC (20:00 in Beijing): on time. */
    private static void januaryToSeptember() {
        for (int month = 1; month <= 9; month++) {
            customsMonth(month, String.format("2026-%02d-18 12:00:00", month + 1));
        }
    }

    private static List<String> status(String columns) {
        return sql.row("select " + columns + " from rpt_source_status where source_pattern = '" + CUSTOMS + "'");
    }

    @Test
    void octoberMissingOnThe21stOfNovemberIsOneDayLateAndAWarning() {
        customsCalendar();
        januaryToSeptember();
        sql.asOf("2026-11-21");
        assertEquals(Arrays.asList("overdue", "warn", "2026-10", "2026-11-20", "1", "1", "2026-09", "2026-11", "2026-12-20"),
                status("state, severity, overdue_period, overdue_due_date, days_late, missing_periods, latest_period,"
                        + " next_due_period, next_due_date"));
        assertEquals(List.of(Arrays.asList("chk_source_overdue", "warn", "2026-10", "2026",
                        "海关进出口数据（sources/trade_flows/hg_*）2026年10月数据应于 2026-11-20 前到达，已逾期 1 天",
                        "Customs trade detail (sources/trade_flows/hg_*): 2026-10 was due by 2026-11-20 and is 1 day late")),
                sql.query("select check_name, severity, period, year, message, message_en from data_quality"
                        + " where check_name = 'chk_source_overdue'"));
    }

    @Test
    void onThe20thOctoberIsNotYetLateAndWithItsFileNothingIs() {
        customsCalendar();
        januaryToSeptember();
        sql.asOf("2026-11-20");
        assertEquals(Arrays.asList("on_schedule", null, "2026-10", "2026-11-20"),
                status("state, severity, next_due_period, next_due_date"));
        customsMonth(10, "2026-11-21 03:00:00");
        sql.asOf("2026-11-21");
        assertEquals(Arrays.asList("on_schedule", null, "0", "2026-10", "2026-11", "2026-12-20"),
                status("state, severity, missing_periods, latest_period, next_due_period, next_due_date"));
        assertEquals("0", sql.value("select count(*) from data_quality where check_name = 'chk_source_overdue'"));
    }

    @Test
    void pastItsTenDaysOfGraceALateFileIsAnErrorCountedFromItsFirstMissingMonth() {
        customsCalendar();
        januaryToSeptember();
        // October due 20 November and November due 20 December both missing on 21 December:
        // 31 days since 20 November (10 left in November, 21 in December), past ten days' grace
        sql.asOf("2026-12-21");
        assertEquals(Arrays.asList("overdue", "error", "2026-10", "31", "2"),
                status("state, severity, overdue_period, days_late, missing_periods"));
        assertEquals(Arrays.asList("error", "海关进出口数据（sources/trade_flows/hg_*）2026年10月数据应于 2026-11-20 前到达，已逾期 31 天，共缺 2 期"),
                sql.row("select severity, message from chk_source_overdue where source_pattern = '" + CUSTOMS + "'"));
        // ten days late is still within the grace: 30 November
        sql.asOf("2026-11-30");
        assertEquals(Arrays.asList("warn", "10"), status("severity, days_late"));
    }

    @Test
    void theOnTimeRecordCountsTheNightAfterTheDeadlineInBeijingAndAFileRevisedLaterStaysOnTime() {
        customsCalendar();
        for (int month : new int[] {1, 4, 6, 7, 8, 9}) {
            customsMonth(month, String.format("2026-%02d-18 12:00:00", month + 1));
        }
        // February: 15:00 UTC on 21 March is 23:00 on the 21st in Beijing, the night after the deadline: on time
        customsMonth(2, "2026-03-21 15:00:00");
        // March: 17:00 UTC on 21 April is 01:00 on the 22nd in Beijing, two days after the deadline: late
        customsMonth(3, "2026-04-21 17:00:00");
        // May: first loaded on 19 June, revised and loaded again on 3 July: arrived on the 19th, on time
        sql.formerRows(LakeTable.TRADE_FLOW, "year, month, region_code, partner_iso, hs_code, flow, value_usd, source_file, vintage",
                "2026, 5, 430300, USA, 85176200, export, 9e5, sources/trade_flows/hg_202605.csv, 2026-06-19 02:00:00");
        customsMonth(5, "2026-07-03 02:00:00");
        sql.asOf("2026-11-21");
        // due by 21 November: January to October, ten months; loaded on time: all but March and October
        assertEquals(Arrays.asList("8", "10"), status("on_time_periods, due_periods"));
        assertEquals(List.of(List.of("2026-02", "2026-03-21"), List.of("2026-03", "2026-04-22"), List.of("2026-05", "2026-06-19")),
                sql.query("select period, arrived_on from fct_source_delivery where source_pattern = '" + CUSTOMS + "'"
                        + " and month in (2, 3, 5) order by period"));
    }

    @Test
    void aBulletinWhoseJanuaryComesWithFebruaryNeverOwesJanuary() {
        sql.rows(LakeTable.SOURCE_CALENDAR,
                "source_pattern, name_zh, name_en, frequency, due_day, grace_days, tracked_from, skip_months",
                "sources/observations/bulletin_*, 1–N月统计月报, Monthly bulletin, monthly, 25, 5, 2026-01, 1");
        for (int month = 2; month <= 9; month++) {
            sql.rows(LakeTable.OBSERVATION, "region_code, indicator_code, year, month, value, base_unit, source_file, vintage",
                    String.format("430300, fai, 2026, %d, 1e9, 元, sources/observations/bulletin_2026%02d.csv, 2026-%02d-20 02:00:00",
                            month, month, month + 1));
        }
        // on 26 November: October (due 25 November) is one day late; January was never owed: 9 periods due, not 10
        sql.asOf("2026-11-26");
        assertEquals(Arrays.asList("overdue", "2026-10", "1", "1", "8", "9"), sql.row("select state, overdue_period,"
                + " days_late, missing_periods, on_time_periods, due_periods from rpt_source_status"
                + " where source_pattern = 'sources/observations/bulletin_*'"));
    }

    @Test
    void aSourceTrackedFromALaterMonthKeepsItsNextDeadlineAndOwesNothingYet() {
        sql.rows(LakeTable.SOURCE_CALENDAR,
                "source_pattern, name_zh, name_en, frequency, due_month, due_day, grace_days, tracked_from",
                CUSTOMS + ", 海关进出口数据, Customs trade detail, monthly, , 20, 10, 2027-01");
        sql.asOf("2026-11-21");
        assertEquals(Arrays.asList("on_schedule", "0", "2026-11", "2026-12-20", "0"),
                status("state, missing_periods, next_due_period, next_due_date, due_periods"));
    }

    @Test
    void aYearbookDueAtTheEndOfSeptemberIsJudgedByYearAndItsGrace() {
        sql.rows(LakeTable.SOURCE_CALENDAR,
                "source_pattern, name_zh, name_en, frequency, due_month, due_day, grace_days, tracked_from",
                "sources/observations/yb_*, 统计年鉴, Statistical yearbook, yearly, 9, 30, 30, 2024");
        sql.rows(LakeTable.OBSERVATION, "region_code, indicator_code, year, value, base_unit, source_file, vintage",
                "430300, gdp, 2024, 3.0e11, 元, sources/observations/yb_2025.xlsx, 2025-09-20 08:00:00");
        sql.asOf("2026-11-21");
        // 2025's yearbook was due by 30 September 2026: 31 days of October and 21 of November late, past 30 days' grace
        assertEquals(Arrays.asList("overdue", "error", "2025", "2026-09-30", "52", "1", "2024", "2026", "2027-09-30", "1", "2"),
                sql.row("select state, severity, overdue_period, overdue_due_date, days_late, missing_periods,"
                        + " latest_period, next_due_period, next_due_date, on_time_periods, due_periods"
                        + " from rpt_source_status where source_pattern = 'sources/observations/yb_*'"));
    }

    @Test
    void anUntrackedSourceShowsItsNextDeadlineAndIsNeverLate() {
        // the shipped calendar tracks nothing until the office sets tracked_from
        customsMonth(1, "2026-02-18 12:00:00");
        sql.asOf("2026-11-21");
        assertEquals(Arrays.asList("untracked", null, "2026-01", "2026-11", "2026-12-20"), sql.row("select state, severity,"
                + " latest_period, next_due_period, next_due_date from rpt_source_status"
                + " where source_pattern = 'sources/trade_flows/*'"));
        assertEquals("0", sql.value("select count(*) from data_quality where check_name = 'chk_source_overdue'"));
    }

    @Test
    void aYearlyRowDeliversNoMonthAndDeadlinesKeepToTheCalendar() {
        customsCalendar();
        januaryToSeptember();
        sql.rows(LakeTable.TRADE_FLOW, "year, region_code, partner_iso, hs_code, flow, value_usd, source_file, vintage",
                "2026, 430300, USA, 85176200, export, 1e6, sources/trade_flows/hg_2026.csv, 2026-11-01 00:00:00");
        sql.asOf("2026-11-21");
        assertEquals(Arrays.asList("overdue", "2026-10"), status("state, overdue_period"));
        // day 31 of the month after October is 30 November; December's deadline is in January of the next year;
        // a yearbook due on 29 February of a year without one is due on the 28th
        assertEquals(Arrays.asList("2026-11-30", "2027-01-20", "2027-02-28"), sql.row("select"
                + " period_due_date('monthly', period_index('monthly', 2026, 10), null, 31),"
                + " period_due_date('monthly', period_index('monthly', 2026, 12), null, 20),"
                + " period_due_date('yearly', 2026, 2, 29)"));
    }
}
