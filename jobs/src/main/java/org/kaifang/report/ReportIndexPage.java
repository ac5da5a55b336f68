package org.kaifang.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kaifang.catalog.CatalogException;
import org.kaifang.config.Language;

/**
 * {@code reports/index.html}: the way in to every report. One static page, offline, from
 * {@code rpt_report_index}: the years as links at the top, then each year (the latest with
 * figures first, then the rest from the latest down)
 * with the province and its cities side by side (foreign trade and its growth and rank, foreign
 * investment actually used and its growth, the targets' tally), each region's name leading to
 * its report. Every report's page links back here.
 */
public final class ReportIndexPage {

    public static final String FILE_NAME = "index.html";

    private final Language language;

    public ReportIndexPage(Language language) {
        this.language = language;
    }

    /** One region's row of a year, as the view gives it. */
    private record Entry(String regionCode, String name, int year, boolean country, String tradeUnit, Double trade,
                         Double tradeGrowth, boolean tradeWithheld, Integer tradeRank, Integer citiesRanked,
                         String fdiUnit, Double fdi, Double fdiGrowth, boolean fdiWithheld, int met, int missed,
                         int pending, boolean synthetic, String path) {
    }

    /** Writes the page from the catalog's reports, replacing the last one whole. */
    public Path write(Connection catalog, Path reportsDir) {
        Map<Integer, List<Entry>> byYear = new LinkedHashMap<>();
        String province = "";
        try (Statement statement = catalog.createStatement();
             // the latest year with figures first, then every year from the latest down
            ResultSet rs = statement.executeQuery("select * from rpt_report_index"
                     + " order by is_latest_year desc, year desc, region_order, region_code")) {
            while (rs.next()) {
                Entry entry = new Entry(rs.getString("region_code"),
                        rs.getString(language == Language.ZH ? "region_name_zh" : "region_name_en"), rs.getInt("year"),
                        rs.getBoolean("is_country"), rs.getString("trade_total_unit"), number(rs, "trade_total"),
                        number(rs, "trade_total_yoy_pct"), rs.getBoolean("trade_total_withheld"),
                        integer(rs, "trade_total_rank"), integer(rs, "cities_ranked"), rs.getString("fdi_actual_unit"),
                        number(rs, "fdi_actual"), number(rs, "fdi_actual_yoy_pct"), rs.getBoolean("fdi_actual_withheld"),
                        rs.getInt("targets_met"), rs.getInt("targets_missed"), rs.getInt("targets_pending"),
                        rs.getBoolean("is_synthetic"), rs.getString("report_path"));
                byYear.computeIfAbsent(entry.year(), y -> new ArrayList<>()).add(entry);
                if (rs.getInt("region_order") == 1) {
                    province = entry.name();
                }
            }
        } catch (SQLException e) {
            throw new CatalogException("cannot read rpt_report_index: " + e.getMessage(), e);
        }
        Path page = reportsDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(reportsDir);
            Path partial = Files.createTempFile(reportsDir, FILE_NAME, ".partial");
            Files.writeString(partial, render(province, byYear), StandardCharsets.UTF_8);
            Files.move(partial, page, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + page, e);
        }
    }

    private String render(String province, Map<Integer, List<Entry>> byYear) {
        String title = language.pick(province + " 开放型经济主要指标报告", "Open-economy reports" + (province.isEmpty() ? ""
                : ": " + province));
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language.pick("zh-CN", "en")).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(TrendPage.escape(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<h1>").append(TrendPage.escape(title)).append("</h1>\n");
        html.append("<nav class=\"years\">");
        for (int year : byYear.keySet().stream().sorted(Comparator.reverseOrder()).toList()) {
            html.append("<a href=\"#y").append(year).append("\">").append(yearLabel(year)).append("</a> ");
        }
        html.append("</nav>\n");
        boolean anySynthetic = false;
        // an indicator's unit is the same every year; a year of targets alone may have no row giving it
        String tradeUnit = byYear.values().stream().flatMap(List::stream).map(Entry::tradeUnit)
                .filter(u -> u != null).findFirst().orElse(null);
        String fdiUnit = byYear.values().stream().flatMap(List::stream).map(Entry::fdiUnit)
                .filter(u -> u != null).findFirst().orElse(null);
        for (Map.Entry<Integer, List<Entry>> year : byYear.entrySet()) {
            List<Entry> entries = year.getValue();
            html.append("<h2 id=\"y").append(year.getKey()).append("\">").append(yearLabel(year.getKey()))
                    .append("</h2>\n<div class=\"table\"><table>\n<thead><tr>");
            for (String h : List.of(language.pick("地区", "Region"),
                    language.pick("外贸进出口总额", "Foreign trade") + unit(tradeUnit),
                    language.pick("增长(%)", "Growth (%)"), language.pick("全省位次", "Rank in province"),
                    language.pick("实际利用外资", "FDI actually used") + unit(fdiUnit),
                    language.pick("增长(%)", "Growth (%)"), language.pick("年度目标", "Targets of the year"))) {
                html.append("<th>").append(TrendPage.escape(h)).append("</th>");
            }
            html.append("</tr></thead>\n<tbody>\n");
            for (Entry e : entries) {
                anySynthetic |= e.synthetic();
                html.append("<tr><td><a href=\"").append(TrendPage.escape(e.path())).append("\">")
                        .append(TrendPage.escape(e.name())).append("</a>")
                        .append(e.synthetic() ? "*" : "").append("</td>")
                        .append(cell(figure(e.trade(), e.tradeWithheld(), 2))).append(cell(figure(e.tradeGrowth(), e.tradeWithheld(), 1)))
                        .append(cell(e.tradeRank() == null ? "" : e.tradeRank() + "/" + e.citiesRanked()))
                        .append(cell(figure(e.fdi(), e.fdiWithheld(), 2))).append(cell(figure(e.fdiGrowth(), e.fdiWithheld(), 1)))
                        .append("<td>").append(TrendPage.escape(targets(e))).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table></div>\n");
        }
        if (anySynthetic) {
            html.append("<p class=\"notes\">").append(TrendPage.escape(language.pick(
                    "* 含合成数据，非公布数", "* includes synthetic figures, not published ones"))).append("</p>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private String yearLabel(int year) {
        return language.pick(year + "年", String.valueOf(year));
    }

    private static String unit(String unit) {
        return unit == null ? "" : "(" + unit + ")";
    }

    private static String cell(String text) {
        return "<td class=\"num\">" + TrendPage.escape(text) + "</td>";
    }

    private String figure(Double value, boolean withheld, int places) {
        if (withheld) {
            return language.pick("待核实", "withheld");
        }
        return value == null ? "" : BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    private String targets(Entry e) {
        if (e.met() + e.missed() + e.pending() == 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (e.met() > 0) {
            parts.add(language.pick("达标 ", "met ") + e.met());
        }
        if (e.missed() > 0) {
            parts.add(language.pick("未达标 ", "missed ") + e.missed());
        }
        if (e.pending() > 0) {
            parts.add(language.pick("待定 ", "pending ") + e.pending());
        }
        return String.join(language.pick("，", ", "), parts);
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static final String CSS = """
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
                   margin: 1rem; color: #222; }
            h1 { font-size: 1.4rem; }
            h2 { font-size: 1.1rem; margin-top: 1.5rem; }
            nav.years a { display: inline-block; margin: 0 0.6rem 0.4rem 0; }
            .table { overflow-x: auto; border-left: 1px solid #bbb; }
            table { border-collapse: separate; border-spacing: 0; font-size: 0.9rem; }
            th, td { border: 1px solid #bbb; border-width: 0 1px 1px 0; padding: 0.3rem 0.5rem; background: #fff;
                     white-space: nowrap; }
            tr:first-child th { border-top-width: 1px; }
            th { background: #eee; }
            th:first-child, td:first-child { position: sticky; left: 0; z-index: 1; }
            th:first-child { z-index: 2; }
            td.num { text-align: right; }
            .notes { font-size: 0.8rem; color: #555; }
            @media (max-width: 600px) { body { margin: 0.5rem; } h1 { font-size: 1.2rem; } }
            @page { size: A4 landscape; margin: 12mm; }
            @media print { .table { overflow: visible; } th:first-child, td:first-child { position: static; } }
            """;
}
