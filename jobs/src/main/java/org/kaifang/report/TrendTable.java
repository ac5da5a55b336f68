package org.kaifang.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.kaifang.config.Language;

/**
 * One region's report for one year, as every format shows it: the trend table (title, the
 * indicator and its unit, a figure per year, then the declared {@link TrendColumn}s, each
 * indicator's series for its chart), its footnotes (sources with their vintage, the synthetic
 * note), and the further sections. Markdown, HTML and the workbook print exactly these cells,
 * so the formats cannot disagree.
 */
record TrendTable(String title, String regionName, int year, List<Integer> years, List<TrendColumn> columns,
                  List<Line> lines, List<String> footnotes, List<ReportSection> sections, Language language) {

    /**
     * One indicator: a figure per year (withheld figures as words, with no value to chart), a
     * cell per declared column from the year's row, and what its chart marks.
     */
    record Line(String indicatorName, String unit, String domain, List<ReportCell> figures,
                List<ReportCell> columnCells, Double targetLevel, String targetText, String status,
                boolean synthetic) {

        /** Its yearly values for a chart, null where missing or withheld. */
        List<Double> values() {
            return figures.stream().map(ReportCell::value).toList();
        }

        /** The line's cells as one format shows them. */
        List<ReportCell> cells(List<TrendColumn> columns, TrendColumn.Shown format) {
            List<ReportCell> cells = new ArrayList<>(List.of(ReportCell.text(indicatorName), ReportCell.text(unit)));
            cells.addAll(figures);
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).shown().in(format)) {
                    cells.add(columnCells.get(c));
                }
            }
            return cells;
        }
    }

    /** The mark a chart of synthetic figures carries in its title. */
    static String syntheticMark(Language language) {
        return language.pick("(合成数据,非公布数)", " (synthetic, not published)");
    }

    /** The header as one format shows it: indicator, unit, the years, the declared columns. */
    List<String> header(TrendColumn.Shown format) {
        List<String> header = new ArrayList<>(List.of(language.pick("指标", "Indicator"), language.pick("单位", "Unit")));
        years.forEach(y -> header.add(language.pick(y + "年", String.valueOf(y))));
        for (TrendColumn column : columns) {
            if (column.shown().in(format)) {
                header.add(column.header(year, language));
            }
        }
        return header;
    }

    /**
     * Everything the formats show, as text, for {@link WrittenReports}: every cell with its value,
     * status and marks, the charts' series and target levels, footnotes and sections, in parts.
     */
    List<String> content() {
        return Stream.of(title, regionName, year, years, columns.stream().map(TrendColumn::heading).toList(), lines,
                footnotes, sections, language).map(String::valueOf).toList();
    }

    /** The cells of every line as one format shows them. */
    List<List<ReportCell>> cells(List<Line> shown, TrendColumn.Shown format) {
        return shown.stream().map(line -> line.cells(columns, format)).toList();
    }

    static TrendTable of(List<TrendRow> rows, int year, int yearsShown, Language language, List<ReportSection> sections,
                         List<TrendColumn> columns) {
        int firstYear = year - yearsShown + 1;
        Map<String, Map<Integer, TrendRow>> byIndicator = new LinkedHashMap<>();
        for (TrendRow row : rows) {
            if (row.year() >= firstYear && row.year() <= year) {
                byIndicator.computeIfAbsent(row.indicatorCode(), k -> new LinkedHashMap<>()).put(row.year(), row);
            }
        }
        List<Integer> years = new ArrayList<>();
        for (int y = firstYear; y <= year; y++) {
            years.add(y);
        }
        Citations citations = new Citations();
        List<String> withheld = new ArrayList<>();
        List<String> calibers = new ArrayList<>();
        boolean marked = false;
        List<Line> lines = new ArrayList<>();
        for (Map<Integer, TrendRow> series : byIndicator.values()) {
            TrendRow any = series.values().iterator().next();
            TrendRow current = series.get(year);
            List<ReportCell> figures = new ArrayList<>();
            for (int y : years) {
                TrendRow r = series.get(y);
                figures.add(r == null ? ReportCell.text(null) : r.withheld() ? ReportCell.text(language.pick("待核实", "withheld"))
                        : ReportCell.figure(r.value(), r.unit(), r.qualifier(), r.releaseMark()));
            }
            List<ReportCell> columnCells = columns.stream()
                    .map(column -> current == null ? ReportCell.text(null) : column.cell().apply(current, language))
                    .toList();
            String target = current == null ? "" : target(current, language);
            String status = current == null || current.status() == null ? "" : current.status();
            lines.add(new Line(any.indicatorName(), any.unit(), any.domain(), figures, columnCells,
                    current == null ? null : current.targetLevel(), target, status,
                    series.values().stream().anyMatch(TrendRow::synthetic)));
            if (any.caliber() != null) {
                calibers.add(Citations.caliber(any.indicatorName(), any.caliber(), language));
            }
            for (TrendRow r : series.values()) {
                if (r.withheld()) {
                    withheld.add(language.pick(
                            "注:" + r.year() + "年" + r.indicatorName() + "待核实,同一发布的数值不一致:" + r.text("conflict_lines"),
                            "Note: " + r.indicatorName() + " " + r.year() + " is withheld; versions of the same"
                                    + " release disagree: " + r.text("conflict_lines")));
                }
                marked |= !r.withheld() && r.releaseMark() != null;
                citations.add(r.text("source"), r.vintage(), r.synthetic());
                if (r.year() == year) {
                    citations.add(r.text("target_source"), r.vintage(), false);
                }
            }
        }
        String regionName = rows.get(0).regionName();
        List<String> footnotes = new ArrayList<>(citations.footnotes(language));
        footnotes.addAll(calibers);
        footnotes.addAll(withheld);
        if (marked) {
            footnotes.add(language.pick("注:标“初步”的为初步核算或初步核实数,标“快报”的为快报数,以最终核实数为准。",
                    "Note: figures marked preliminary or flash are not yet finally verified."));
        }
        return new TrendTable(title(regionName, year, language), regionName, year, years, columns, lines,
                footnotes, sections, language);
    }

    static String title(String regionName, int year, Language language) {
        return regionName + " " + language.pick(year + "年开放型经济主要指标", "open-economy indicators, " + year);
    }

    /**
     * 完成率 where the target asks for a level; for a real-basis growth target, which has none,
     * the gap in points as bureaus write it ("低于目标3.7个百分点").
     */
    static String completion(TrendRow row, Language language) {
        if (!row.isJudgedInPoints()) {
            return Numbers.rate(row.completionPct());
        }
        String points = Numbers.rate(Math.abs(row.gapPp()));
        if (row.gapPp() > 0) {
            return language.pick("高于目标" + points + "个百分点", "+" + points + " pp on target");
        }
        if (row.gapPp() < 0) {
            return language.pick("低于目标" + points + "个百分点", "-" + points + " pp on target");
        }
        return language.pick("与目标持平", "on target");
    }

    /**
     * The target as it was set: "增长14%左右", "增长不低于7%", "下降3%", "控制在50家以内", "2011-2015年年均增长12%";
     * numbers as written (14, not 14.0).
     */
    static String target(TrendRow row, Language language) {
        if (row.targetKind() == null) {
            return "";
        }
        double value = row.number("target_value");
        return target(row.targetKind(), value, row.text("target_unit"), row.text("target_qualifier"),
                row.text("target_scope"), row.text("plan_start"), String.valueOf(row.year()),
                Numbers.plain("growth_pct".equals(row.targetKind()) ? Math.abs(value) : value), language);
    }

    /**
     * The target as it was set, from its parts, each number as the caller prints it: as written
     * in a table, or a traced token in a brief ({@code number} is the target without its sign,
     * which the words carry: 下降3%).
     */
    static String target(String kind, double value, String unit, String targetQualifier, String scope,
                         String planStart, String year, String number, Language language) {
        String qualifier = targetQualifier == null ? "" : targetQualifier;
        boolean before = qualifier.equals("不低于") || qualifier.equals("不高于") || qualifier.equals("不超过")
                || qualifier.equals("低于") || qualifier.equals("控制在");
        String after = qualifier.equals("控制在") ? "以内" : before ? "" : qualifier;
        String lead = before ? qualifier : "";
        if (kind.equals("growth_pct")) {
            String plan = "plan".equals(scope)
                    ? language.pick(planStart + "-" + year + "年年均", planStart + "-" + year + " average ")
                    : "";
            if (language == Language.EN) {
                return english(qualifier) + plan + (value < 0 ? "-" : "+") + number + "%";
            }
            return plan + (value < 0 ? "下降" : "增长") + lead + number + "%" + after;
        }
        String level = number + " " + unit;
        return language == Language.EN ? english(qualifier) + level : lead + level + after;
    }

    private static String english(String qualifier) {
        return switch (qualifier) {
            case "" -> "";
            case "左右" -> "about ";
            case "以上", "不低于" -> "at least ";
            default -> "at most ";
        };
    }
}
