package org.kaifang.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.kaifang.config.Language;

/**
 * One region's trend table for one year, as every format shows it: title, column headers, a
 * row of printed cells per indicator, each indicator's series for its chart, the sources to
 * cite and whether any figure is synthetic. Markdown and HTML print exactly these cells, so
 * the formats cannot disagree.
 */
record TrendTable(String title, List<String> header, List<Line> lines, List<String> sources, boolean synthetic) {

    /** One indicator: its printed cells, and its yearly values (null where missing) for a chart. */
    record Line(String indicatorName, String unit, List<String> cells, List<Integer> years, List<Double> values,
                Double targetLevel, String targetText, String status) {
    }

    static TrendTable of(List<TrendRow> rows, int year, int yearsShown, Language language) {
        int firstYear = year - yearsShown + 1;
        Map<String, Map<Integer, TrendRow>> byIndicator = new LinkedHashMap<>();
        for (TrendRow row : rows) {
            if (row.year() >= firstYear && row.year() <= year) {
                byIndicator.computeIfAbsent(row.indicatorCode(), k -> new LinkedHashMap<>()).put(row.year(), row);
            }
        }
        List<String> header = new ArrayList<>(List.of(language.pick("指标", "Indicator"), language.pick("单位", "Unit")));
        List<Integer> years = new ArrayList<>();
        for (int y = firstYear; y <= year; y++) {
            header.add(language.pick(y + "年", String.valueOf(y)));
            years.add(y);
        }
        header.addAll(List.of(language.pick("比上年增长(%)", "Growth on previous year (%)"),
                language.pick("三年年均增长(%)", "3-year average growth (%)"),
                language.pick(year + "年目标", year + " target"), language.pick("完成情况", "Status")));

        Set<String> sources = new TreeSet<>();
        boolean synthetic = false;
        List<Line> lines = new ArrayList<>();
        for (Map<Integer, TrendRow> series : byIndicator.values()) {
            TrendRow any = series.values().iterator().next();
            TrendRow current = series.get(year);
            List<String> cells = new ArrayList<>(List.of(any.indicatorName(), any.unit()));
            List<Double> values = new ArrayList<>();
            for (int y : years) {
                TrendRow r = series.get(y);
                cells.add(r == null ? "" : Numbers.value(r.value(), r.unit()));
                values.add(r == null ? null : r.value());
            }
            String target = current == null ? "" : target(current, language);
            cells.add(current == null ? "" : Numbers.rate(current.yoyPct()));
            cells.add(current == null ? "" : Numbers.rate(current.cagr3yPct()));
            cells.add(target);
            String status = current == null || current.status() == null ? "" : current.status();
            cells.add(status);
            Double level = current != null && "level".equals(current.targetKind()) ? current.targetValue() : null;
            lines.add(new Line(any.indicatorName(), any.unit(), cells, years, values, level, target, status));
            for (TrendRow r : series.values()) {
                if (r.source() != null) {
                    sources.add(r.source());
                }
                if (r.targetSource() != null && r.year() == year) {
                    sources.add(r.targetSource());
                }
                synthetic |= r.synthetic();
            }
        }
        String title = rows.get(0).regionName() + " "
                + language.pick(year + "年开放型经济主要指标", "open-economy indicators, " + year);
        return new TrendTable(title, header, lines, List.copyOf(sources), synthetic);
    }

    private static String target(TrendRow row, Language language) {
        if (row.targetKind() == null) {
            return "";
        }
        if (row.targetKind().equals("growth_pct")) {
            return language.pick("增长", "+") + Numbers.rate(row.targetValue()) + "%";
        }
        return Numbers.value(row.targetValue(), row.targetUnit()) + " " + row.targetUnit();
    }
}
