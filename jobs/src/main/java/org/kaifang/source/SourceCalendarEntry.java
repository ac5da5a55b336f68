package org.kaifang.source;

import java.util.Set;

import org.kaifang.config.Messages;
import org.kaifang.table.LakeRow;
import org.kaifang.table.LakeTable;

/**
 * One row of {@code reference/source_calendar.csv}: which source files arrive how often and by
 * when. The deadline is a day of the month after the period (monthly) or a day of the year
 * after it (yearly); {@code tracked_from} is the first period the office expects on time, so
 * files of earlier years loaded when the warehouse was set up are never judged late.
 */
record SourceCalendarEntry(String pattern, String nameZh, String nameEn, String frequency, Integer dueMonth,
                           int dueDay, int graceDays, String trackedFrom, String skipMonths, String note) {

    private static final Set<String> FREQUENCIES = Set.of("monthly", "yearly");

    static SourceCalendarEntry parse(SourceRow row) {
        Fields f = new Fields(row);
        String pattern = f.text("source_pattern");
        if (!pattern.startsWith("sources/") || pattern.contains("..") || pattern.contains("\\")) {
            throw f.reject("source_pattern", Messages.text("calendar.pattern"));
        }
        String frequency = f.oneOf("frequency", FREQUENCIES);
        Integer dueMonth = f.optionalInteger("due_month", 1, 12);
        if (frequency.equals("yearly") && dueMonth == null) {
            throw f.reject("due_month", Messages.text("calendar.due_month_yearly"));
        }
        if (frequency.equals("monthly") && dueMonth != null) {
            throw f.reject("due_month", Messages.text("calendar.due_month_monthly"));
        }
        int dueDay = f.integer("due_day", 1, 31);
        int graceDays = f.integer("grace_days", 0, 366);
        String trackedFrom = f.optionalText("tracked_from") == null ? null : f.optionalText("tracked_from").strip();
        if (trackedFrom != null && !trackedFrom.matches(frequency.equals("monthly")
                ? "(19|20)[0-9]{2}-(0[1-9]|1[0-2])" : "(19|20)[0-9]{2}")) {
            throw f.reject("tracked_from", Messages.text(frequency.equals("monthly")
                    ? "calendar.tracked_from_monthly" : "calendar.tracked_from_yearly"));
        }
        String skipMonths = f.optionalText("skip_months") == null ? null : f.optionalText("skip_months").strip();
        if (skipMonths != null && (frequency.equals("yearly")
                || !skipMonths.matches("(1[0-2]|[1-9])( +(1[0-2]|[1-9]))*"))) {
            throw f.reject("skip_months", Messages.text("calendar.skip_months"));
        }
        return new SourceCalendarEntry(pattern, f.text("name_zh"), f.text("name_en"), frequency, dueMonth, dueDay,
                graceDays, trackedFrom, skipMonths == null ? null : skipMonths.replaceAll(" +", " "),
                f.optionalText("note"));
    }

    LakeRow lakeRow() {
        return new LakeRow(LakeTable.SOURCE_CALENDAR)
                .set("source_pattern", pattern)
                .set("name_zh", nameZh)
                .set("name_en", nameEn)
                .set("frequency", frequency)
                .set("due_month", dueMonth)
                .set("due_day", dueDay)
                .set("grace_days", graceDays)
                .set("tracked_from", trackedFrom)
                .set("skip_months", skipMonths)
                .set("note", note);
    }
}
