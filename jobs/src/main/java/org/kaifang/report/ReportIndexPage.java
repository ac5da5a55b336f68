package org.kaifang.report;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kaifang.config.HtmlText;
import org.kaifang.catalog.CatalogException;
import org.kaifang.config.Language;
import org.kaifang.config.WholeFile;

/**
 * {@code reports/index.html}: the way in to every report. One static page, offline, from
 * {@code rpt_report_index}: the years as links at the top, then the year the page opens on (the
 * province's latest with figures), the province and its cities side by side, then every other
 * year from the latest down. Figures print as in the reports (qualifier, release mark, growth
 * note, 待核实); each region's name leads to its report, and every report's page leads back.
 */
public final class ReportIndexPage {

    public static final String FILE_NAME = "index.html";

    private final Language language;

    public ReportIndexPage(Language language) {
        this.language = language;
    }

    /** The link from a report's page back to this one, relative to the page's folder. */
    static String linkFrom(Path reportsDir, Path reportFolder) {
        return reportFolder.relativize(reportsDir.resolve(FILE_NAME)).toString().replace('\\', '/');
    }

    /** One region's row of a year, its cells as printed. */
    private record Entry(String name, String link, String trade, String tradeGrowth, String rank, String fdi,
                         String fdiGrowth, String targets, boolean synthetic) {
    }

    /** Writes the page from the catalog's reports, replacing the last one whole. */
    public Path write(Connection catalog, Path reportsDir) {
        Map<Integer, List<Entry>> byYear = new LinkedHashMap<>();
        String province = null;
        String[] units = new String[2];
        try (Statement statement = catalog.createStatement();
             ResultSet rs = statement.executeQuery("select * from rpt_report_index"
                     + " order by is_latest_year desc, year desc, region_order, region_code")) {
            while (rs.next()) {
                String code = rs.getString("region_code");
                int year = rs.getInt("year");
                String name = rs.getString(pick("region_name_zh", "region_name_en"));
                if (rs.getInt("region_order") == 1 && province == null) {
                    province = name;
                }
                // an indicator's unit is the same every year; a year of targets alone may not give it
                units[0] = units[0] == null ? rs.getString("trade_total_unit") : units[0];
                units[1] = units[1] == null ? rs.getString("fdi_actual_unit") : units[1];
                Path folder = WrittenReports.folder(reportsDir, code, year);
                byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(new Entry(name,
                        reportsDir.relativize(folder.resolve(TrendTableReport.PAGE)).toString().replace('\\', '/'),
                        figure(rs, "trade_total"), growth(rs, "trade_total"), rank(rs), figure(rs, "fdi_actual"),
                        growth(rs, "fdi_actual"), targets(rs), rs.getBoolean("is_synthetic")));
            }
        } catch (SQLException e) {
            throw new CatalogException("cannot read rpt_report_index: " + e.getMessage(), e);
        }
        Path page = reportsDir.resolve(FILE_NAME);
        WholeFile.write(page, render(province, units, byYear));
        return page;
    }

    private String render(String province, String[] units, Map<Integer, List<Entry>> byYear) {
        String title = province == null ? language.pick("开放型经济主要指标报告", "Open-economy reports")
                : language.pick(province + "开放型经济主要指标报告", "Open-economy reports: " + province);
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language.pick("zh-CN", "en")).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(HtmlText.escape(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<h1>").append(HtmlText.escape(title)).append("</h1>\n");
        html.append("<nav class=\"years\">");
        for (int year : byYear.keySet().stream().sorted(Comparator.reverseOrder()).toList()) {
            html.append("<a href=\"#y").append(year).append("\">").append(yearLabel(year)).append("</a> ");
        }
        html.append("</nav>\n");
        boolean anySynthetic = false;
        List<String> header = List.of(language.pick("地区", "Region"),
                language.pick("外贸进出口总额", "Foreign trade") + unit(units[0]),
                language.pick("增长(%)", "Growth (%)"), language.pick("全省位次", "Rank in province"),
                language.pick("实际利用外资", "FDI actually used") + unit(units[1]),
                language.pick("增长(%)", "Growth (%)"), language.pick("年度目标", "Targets of the year"));
        for (Map.Entry<Integer, List<Entry>> year : byYear.entrySet()) {
            html.append("<h2 id=\"y").append(year.getKey()).append("\">").append(yearLabel(year.getKey()))
                    .append("</h2>\n<div class=\"table\"><table>\n<thead><tr>");
            header.forEach(h -> html.append("<th>").append(HtmlText.escape(h)).append("</th>"));
            html.append("</tr></thead>\n<tbody>\n");
            for (Entry e : year.getValue()) {
                anySynthetic |= e.synthetic() || e.rank().endsWith("*");
                html.append("<tr><td><a href=\"").append(HtmlText.escape(e.link())).append("\">")
                        .append(HtmlText.escape(e.name())).append("</a>").append(e.synthetic() ? "*" : "")
                        .append("</td>");
                for (String cell : List.of(e.trade(), e.tradeGrowth(), e.rank(), e.fdi(), e.fdiGrowth())) {
                    html.append("<td class=\"num\">").append(HtmlText.escape(cell)).append("</td>");
                }
                html.append("<td>").append(HtmlText.escape(e.targets())).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table></div>\n");
        }
        if (anySynthetic) {
            html.append("<p class=\"notes\">").append(HtmlText.escape(language.pick(
                    "* 含合成数据（或位次用到合成数据），非公布数", "* includes synthetic figures (or ranks on them), not published ones")))
                    .append("</p>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private String pick(String zh, String en) {
        return language.pick(zh, en);
    }

    private String yearLabel(int year) {
        return language.pick(year + "年", String.valueOf(year));
    }

    private static String unit(String unit) {
        return unit == null ? "" : "(" + unit + ")";
    }

    /** A headline figure as the trend table prints it: 170余, 24.77(初步), or 待核实 where withheld. */
    private String figure(ResultSet rs, String indicator) throws SQLException {
        if (rs.getBoolean("is_" + indicator + "_withheld")) {
            return language.pick("待核实", "withheld");
        }
        Double value = CatalogRows.number(rs, indicator);
        String unit = rs.getString(indicator + "_unit");
        return value == null ? "" : Numbers.figure(value, unit, rs.getString(indicator + "_qualifier"),
                rs.getString(indicator + pick("_release_mark_zh", "_release_mark_en")));
    }

    /** Its growth as the trend table's column prints it: the note (持平, 由负转正) where there is one, else the rate. */
    private String growth(ResultSet rs, String indicator) throws SQLException {
        String note = rs.getString(indicator + pick("_growth_note_zh", "_growth_note_en"));
        return note != null ? note : Numbers.rate(CatalogRows.number(rs, indicator + "_yoy_pct"));
    }

    private static String rank(ResultSet rs) throws SQLException {
        int rank = rs.getInt("trade_total_rank");
        if (rs.wasNull()) {
            return "";
        }
        return rank + "/" + rs.getInt("cities_ranked") + (rs.getBoolean("is_trade_total_rank_synthetic") ? "*" : "");
    }

    /** The year's targets by status, in the trend table's words: 达标 2，基本达标 1，未达标 1，待核实 1. */
    private String targets(ResultSet rs) throws SQLException {
        List<String> parts = new ArrayList<>();
        for (String[] status : List.of(new String[] {"targets_attained", "达标", "attained"},
                new String[] {"targets_nearly", "基本达标", "nearly"}, new String[] {"targets_missed", "未达标", "missed"},
                new String[] {"targets_pending", "待核实", "pending"})) {
            int count = rs.getInt(status[0]);
            if (count > 0) {
                parts.add(pick(status[1], status[2]) + " " + count);
            }
        }
        return String.join(pick("，", ", "), parts);
    }

    private static final String CSS = TrendPage.TABLE_CSS + """
            nav.years a { display: inline-block; margin: 0 0.6rem 0.4rem 0; }
            """;
}
