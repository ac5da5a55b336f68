package org.kaifang.report;

import java.util.List;
import java.util.function.BiFunction;

import org.kaifang.config.Language;

/**
 * A column of the leaders' trend table after the years, declared once for every format: its
 * Chinese and English header ({@code {year}} stands for the report's year), where it shows, and
 * the cell it makes of the indicator's row for that year. The cell carries the text Markdown and
 * HTML print and, for a figure, the value and kind the workbook writes with its number format;
 * a status cell's kind is its fill. A column added to {@code rpt_trend_table} reaches all three
 * formats with one more declaration in {@link #LEADERS}.
 */
record TrendColumn(String zh, String en, Shown shown, BiFunction<TrendRow, Language, ReportCell> cell) {

    /**
     * The column as a report's fingerprint knows it: its headers and where it is shown. How it
     * fills its cells is code, which the build's identity covers ({@link WrittenReports}).
     */
    String heading() {
        return zh + " | " + en + " | " + shown;
    }

    /** The formats that show a column: a workbook splits a target into its number and unit. */
    enum Shown {
        EVERYWHERE, PAGES, WORKBOOK;

        boolean in(Shown format) {
            return this == EVERYWHERE || this == format;
        }
    }

    /** The year's growth: the rate, or the words that stand for it (持平, 由负转正 …). */
    static final TrendColumn GROWTH = new TrendColumn("比上年增长(%)", "Growth on previous year (%)", Shown.EVERYWHERE,
            (row, language) -> row.growthNote() != null ? ReportCell.text(row.growthNote())
                    : ReportCell.rate(row.number("yoy_pct")));

    /** The columns leaders read after the years, in order. */
    static final List<TrendColumn> LEADERS = List.of(
            GROWTH,
            new TrendColumn("三年年均增长(%)", "3-year average growth (%)", Shown.EVERYWHERE,
                    (row, language) -> ReportCell.rate(row.number("cagr_3y_pct"))),
            new TrendColumn("五年年均增长(%)", "5-year average growth (%)", Shown.EVERYWHERE,
                    (row, language) -> ReportCell.rate(row.number("cagr_5y_pct"))),
            new TrendColumn("{year}年目标", "{year} target", Shown.PAGES,
                    (row, language) -> ReportCell.text(TrendTable.target(row, language))),
            new TrendColumn("{year}年目标", "{year} target", Shown.WORKBOOK,
                    (row, language) -> row.targetKind() == null ? ReportCell.text(null)
                            : "growth_pct".equals(row.targetKind()) ? ReportCell.rate(row.number("target_value"))
                            : ReportCell.amount(row.number("target_value"), row.unit())),
            new TrendColumn("目标单位", "Target unit", Shown.WORKBOOK,
                    (row, language) -> ReportCell.text(row.targetKind() == null ? null : row.text("target_unit"))),
            new TrendColumn("完成率(%)/与目标差", "Completion (%) / gap", Shown.EVERYWHERE,
                    (row, language) -> row.isJudgedInPoints() ? ReportCell.text(TrendTable.completion(row, language))
                            : ReportCell.rate(row.completionPct())),
            new TrendColumn("完成情况", "Status", Shown.EVERYWHERE,
                    (row, language) -> ReportCell.status(row.targetKind() == null ? null : row.status(),
                            statusKind(row.statusCode()))));

    String header(int year, Language language) {
        return language.pick(zh, en).replace("{year}", String.valueOf(year));
    }

    /** The fill of a target's status: met green, nearly yellow, missed red, not yet known grey. */
    private static ReportCell.Kind statusKind(String code) {
        if (code == null) {
            return ReportCell.Kind.NEUTRAL;
        }
        return switch (code) {
            case "attained" -> ReportCell.Kind.GOOD;
            case "nearly" -> ReportCell.Kind.NEARLY;
            case "missed" -> ReportCell.Kind.BAD;
            default -> ReportCell.Kind.NEUTRAL;
        };
    }
}
