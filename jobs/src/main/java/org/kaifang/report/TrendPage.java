package org.kaifang.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.kaifang.config.HtmlText;
import org.kaifang.config.Language;

/**
 * The leaders' trend table as one self-contained HTML page: no script, no font or image
 * fetched from anywhere, so it opens offline, on a phone, and prints. The table is the same
 * cells as the Markdown; each indicator gets an SVG line chart of its years, with the level its
 * target asks for as a dashed line and a diamond at the target year. The further sections follow
 * as tables, each with its footnotes.
 */
final class TrendPage {

    private static final int WIDTH = 320;
    private static final int HEIGHT = 170;
    private static final int LEFT = 20;
    private static final int RIGHT = 20;
    private static final int TOP = 36;
    private static final int BOTTOM = 28;

    private final Language language;

    TrendPage(Language language) {
        this.language = language;
    }

    /** @param backLink the front page (reports/index.html), relative to the page's folder */
    String render(TrendTable table, String backLink) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language.pick("zh-CN", "en")).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(HtmlText.escape(table.title())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n")
                .append("<nav class=\"back\"><a href=\"").append(HtmlText.escape(backLink)).append("\">")
                .append(language.pick("← 全部报告", "← All reports")).append("</a></nav>\n")
                .append("<h1>").append(HtmlText.escape(table.title())).append("</h1>\n");
        html.append("<div class=\"table\"><table>\n<thead><tr>");
        for (String h : table.header(TrendColumn.Shown.PAGES)) {
            html.append("<th>").append(HtmlText.escape(h)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<ReportCell> row : table.cells(table.lines(), TrendColumn.Shown.PAGES)) {
            html.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                ReportCell cell = row.get(c);
                // right-aligned from the first year on, words too: a column reads as one, and 待核实
                // or 持平 stands where a figure would
                String css = cell.isStatus() ? status(cell.kind()) : c >= 2 ? "num" : "";
                html.append(css.isEmpty() ? "<td>" : "<td class=\"" + css + "\">").append(HtmlText.escape(cell.text()))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n<h2>").append(language.pick("走势", "Trends")).append("</h2>\n")
                .append("<div class=\"charts\">\n");
        for (TrendTable.Line line : table.lines()) {
            if (line.values().stream().filter(Objects::nonNull).count() > 0) {
                html.append(chart(line, table.years()));
            }
        }
        html.append("</div>\n");
        footnotes(html, table.footnotes());
        for (ReportSection section : table.sections()) {
            html.append("<h2>").append(HtmlText.escape(section.title())).append("</h2>\n<div class=\"table\"><table>\n<thead><tr>");
            for (String h : section.header()) {
                html.append("<th>").append(HtmlText.escape(h)).append("</th>");
            }
            html.append("</tr></thead>\n<tbody>\n");
            for (List<ReportCell> row : section.rows()) {
                html.append("<tr>");
                for (ReportCell cell : row) {
                    String css = cell.isStatus() ? status(cell.kind()) : cell.kind() == ReportCell.Kind.TEXT ? "" : "num";
                    html.append(css.isEmpty() ? "<td>" : "<td class=\"" + css + "\">").append(HtmlText.escape(cell.text()))
                            .append("</td>");
                }
                html.append("</tr>\n");
            }
            html.append("</tbody>\n</table></div>\n");
            footnotes(html, section.footnotes());
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void footnotes(StringBuilder html, List<String> footnotes) {
        if (!footnotes.isEmpty()) {
            html.append("<ul class=\"notes\">\n");
            footnotes.forEach(f -> html.append("<li>").append(HtmlText.escape(f)).append("</li>\n"));
            html.append("</ul>\n");
        }
    }

    /** A line chart of one indicator's years, labelled with its values; the target's level dashed, marked at its year. */
    private String chart(TrendTable.Line line, List<Integer> years) {
        List<Double> known = new ArrayList<>(line.values().stream().filter(Objects::nonNull).toList());
        if (line.targetLevel() != null) {
            known.add(line.targetLevel());
        }
        double min = Math.min(0, known.stream().mapToDouble(Double::doubleValue).min().orElse(0));
        double max = known.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (max <= min) {
            max = min + 1;
        }
        int n = years.size();
        double step = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, n - 1);
        StringBuilder svg = new StringBuilder();
        svg.append("<figure><svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(HtmlText.escape(line.indicatorName())).append("\">")
                .append("<text class=\"t\" x=\"").append(LEFT).append("\" y=\"16\">").append(HtmlText.escape(line.indicatorName()))
                .append(" (").append(HtmlText.escape(line.unit())).append(")")
                .append(line.synthetic() ? HtmlText.escape(TrendTable.syntheticMark(language)) : "").append("</text>");
        int axis = HEIGHT - BOTTOM;
        svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(axis).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y2=\"").append(axis).append("\"/>");
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double x = LEFT + i * step;
            svg.append("<text class=\"y\" x=\"").append(fmt(x)).append("\" y=\"").append(HEIGHT - 8).append("\">")
                    .append(years.get(i)).append("</text>");
            Double value = line.values().get(i);
            if (value == null) {
                continue;
            }
            double y = scale(value, min, max);
            points.append(fmt(x)).append(',').append(fmt(y)).append(' ');
            svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"3\"/>")
                    .append("<text class=\"v\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y - 7)).append("\">")
                    .append(HtmlText.escape(line.figures().get(i).text())).append("</text>");
        }
        svg.append("<polyline points=\"").append(points.toString().trim()).append("\"/>");
        if (line.targetLevel() != null) {
            double y = scale(line.targetLevel(), min, max);
            double x = LEFT + (n - 1) * step;
            svg.append("<line class=\"target\" x1=\"").append(LEFT).append("\" y1=\"").append(fmt(y)).append("\" x2=\"")
                    .append(WIDTH - RIGHT).append("\" y2=\"").append(fmt(y)).append("\"/>")
                    .append("<path class=\"marker\" d=\"M").append(fmt(x)).append(',').append(fmt(y - 5))
                    .append(" l5,5 l-5,5 l-5,-5 z\"/>");
        }
        svg.append("</svg>");
        if (!line.targetText().isEmpty()) {
            svg.append("<figcaption>").append(HtmlText.escape(language.pick("目标:", "Target: ") + line.targetText()
                    + (line.status().isEmpty() ? "" : " · " + line.status()))).append("</figcaption>");
        }
        return svg.append("</figure>\n").toString();
    }

    private static double scale(double value, double min, double max) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value - min) / (max - min));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** The fill of a status cell, as the workbook colours it. */
    private static String status(ReportCell.Kind kind) {
        return switch (kind) {
            case GOOD -> "met";
            case NEARLY -> "nearly";
            case BAD -> "missed";
            default -> "pending";
        };
    }


    /**
     * How the reports' pages set a table, shared by the front page: a phone scrolls a wide table
     * under its first column, nothing wraps on screen, and paper is A4 landscape.
     */
    static final String TABLE_CSS = """
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
                   margin: 1rem; color: #222; }
            h1 { font-size: 1.4rem; }
            h2 { font-size: 1.1rem; margin-top: 1.5rem; }
            .table { overflow-x: auto; border-left: 1px solid #bbb; }
            /* separate borders: a sticky cell keeps its own while the years scroll under it */
            table { border-collapse: separate; border-spacing: 0; font-size: 0.9rem; }
            /* no cell wraps (亿/美/元 one character a line): a table wider than the screen scrolls */
            th, td { border: 1px solid #bbb; border-width: 0 1px 1px 0; padding: 0.3rem 0.5rem; background: #fff;
                     white-space: nowrap; }
            tr:first-child th { border-top-width: 1px; }
            th { background: #eee; }
            /* the first column (the indicator, the region) in view while a phone scrolls the rest */
            th:first-child, td:first-child { position: sticky; left: 0; z-index: 1; }
            th:first-child { z-index: 2; }
            td.num { text-align: right; }
            .notes { font-size: 0.8rem; color: #555; padding-left: 1.2rem; }
            @media (max-width: 600px) { body { margin: 0.5rem; } h1 { font-size: 1.2rem; }
                                        th, td { padding: 0.3rem 0.4rem; } }
            @page { size: A4 landscape; margin: 12mm; }
            @media print { body { margin: 0; } .table { overflow: visible; } th:first-child, td:first-child { position: static; }
                           th, td { white-space: normal; }
                           td.num, td:nth-child(2), td.met, td.missed, td.pending, td.nearly { white-space: nowrap; } }
            """;

    private static final String CSS = TABLE_CSS + """
            nav.back { font-size: 0.9rem; }
            td.met { background: #C6EFCE; text-align: center; }
            td.missed { background: #FFC7CE; text-align: center; }
            td.pending { background: #D9D9D9; text-align: center; }
            td.nearly { background: #FFEB9C; text-align: center; }
            .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 1rem; }
            figure { margin: 0; border: 1px solid #ddd; padding: 0.3rem; }
            svg { width: 100%; height: auto; }
            svg polyline { fill: none; stroke: #c0392b; stroke-width: 2; }
            svg circle { fill: #c0392b; }
            svg .axis { stroke: #999; }
            svg .target { stroke: #2c7be5; stroke-width: 1.5; stroke-dasharray: 5 4; }
            svg .marker { fill: #2c7be5; }
            svg text { font-size: 11px; text-anchor: middle; fill: #333; }
            svg text.t { font-size: 13px; text-anchor: start; font-weight: bold; }
            figcaption { font-size: 0.8rem; color: #555; }
            @media print { nav.back { display: none; } .charts { grid-template-columns: repeat(3, 1fr); }
                           figure { break-inside: avoid; } }
            """;
}
