package org.kaifang.report;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import org.kaifang.catalog.CatalogException;
import org.kaifang.config.Language;

/**
 * One row of {@code rpt_trend_table} as a report reads it: every column of the view, by name, so
 * a column added to the view reaches the reports with no list of columns to keep in step. A
 * column the view does not have fails at once, with the names it has; a labelled column
 * ({@code status_zh}, {@code status_en}) is read in the report's language.
 */
final class TrendRow {

    private final Map<String, Object> values;
    private final Language language;

    TrendRow(Map<String, Object> values, Language language) {
        this.values = values;
        this.language = language;
    }

    /** Reads the rows of one query, every column by its label: the labels once, from the first row. */
    static CatalogRows.Mapper<TrendRow> reader(Language language) {
        return new CatalogRows.Mapper<>() {
            private String[] labels;

            @Override
            public TrendRow map(ResultSet rs) throws SQLException {
                if (labels == null) {
                    ResultSetMetaData meta = rs.getMetaData();
                    labels = new String[meta.getColumnCount()];
                    for (int c = 1; c <= labels.length; c++) {
                        labels[c - 1] = meta.getColumnLabel(c);
                    }
                }
                Map<String, Object> values = new HashMap<>(labels.length * 2);
                for (int c = 1; c <= labels.length; c++) {
                    values.put(labels[c - 1], rs.getObject(c));
                }
                return new TrendRow(values, language);
            }
        };
    }

    Object get(String column) {
        Object value = values.get(column);
        if (value == null && !values.containsKey(column)) {
            throw new CatalogException("rpt_trend_table has no column " + column + "; it has "
                    + new TreeSet<>(values.keySet()));
        }
        return value;
    }

    String text(String column) {
        Object value = get(column);
        return value == null ? null : value.toString();
    }

    Double number(String column) {
        Object value = get(column);
        return value == null ? null : ((Number) value).doubleValue();
    }

    boolean flag(String column) {
        return Boolean.TRUE.equals(get(column));
    }

    /** A column labelled in both languages ({@code status_zh}, {@code status_en}), in the report's. */
    String label(String column) {
        return text(column + (language == Language.ZH ? "_zh" : "_en"));
    }

    String regionCode() {
        return text("region_code");
    }

    String regionName() {
        return label("region_name");
    }

    String indicatorCode() {
        return text("indicator_code");
    }

    String indicatorName() {
        return label("indicator_name");
    }

    String domain() {
        return text("domain");
    }

    String unit() {
        return text("unit");
    }

    int year() {
        return ((Number) get("year")).intValue();
    }

    Double value() {
        return number("value");
    }

    String qualifier() {
        return text("qualifier");
    }

    String releaseMark() {
        return label("release_mark");
    }

    boolean withheld() {
        return flag("is_withheld");
    }

    boolean synthetic() {
        return flag("is_synthetic");
    }

    String targetKind() {
        return text("target_kind");
    }

    Double targetLevel() {
        return number("target_level");
    }

    /** The status as printed (达标, 未达标 …); its code is {@code status}. */
    String status() {
        return label("status");
    }

    String statusCode() {
        return text("status");
    }

    String caliber() {
        return label("caliber");
    }

    String growthNote() {
        return label("growth_note");
    }

    Double completionPct() {
        return number("completion_pct");
    }

    Double gapPp() {
        return number("gap_pp");
    }

    /** The vintage as sources print it, to the minute. */
    String vintage() {
        return text(TrendTableReport.VINTAGE_TEXT);
    }

    /** Whether the year's target is judged in points: a growth target with no level to complete. */
    boolean isJudgedInPoints() {
        return "growth_pct".equals(targetKind()) && completionPct() == null && gapPp() != null;
    }
}
