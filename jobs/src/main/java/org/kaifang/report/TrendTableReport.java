package org.kaifang.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.kaifang.catalog.CatalogException;
import org.kaifang.config.Language;

/**
 * The leaders' trend table in Markdown, one file per region and year:
 * {@code reports/<region>/<year>/trend.md}. Every figure comes from {@code rpt_trend_table};
 * this class only lays it out.
 */
public final class TrendTableReport {

    static final int YEARS_SHOWN = 5;

    private final Connection catalog;
    private final Language language;

    public TrendTableReport(Connection catalog, Language language) {
        this.catalog = catalog;
        this.language = language;
    }

    /**
     * Writes a table for every region and year the catalog has figures or targets for. The
     * trend view is read once: computing it is the cost, laying it out is cheap.
     */
    public List<Path> writeAll(Path reportsDir) {
        Map<String, List<TrendRow>> byRegion = new LinkedHashMap<>();
        for (TrendRow row : rows("1 = 1", List.of())) {
            byRegion.computeIfAbsent(row.regionCode(), k -> new ArrayList<>()).add(row);
        }
        List<Path> written = new ArrayList<>();
        for (var region : byRegion.entrySet()) {
            Set<Integer> years = new TreeSet<>();
            region.getValue().forEach(r -> years.add(r.year()));
            for (int year : years) {
                written.add(write(reportsDir, region.getKey(), year, region.getValue()));
            }
        }
        return written;
    }

    public Path write(Path reportsDir, String regionCode, int year) {
        return write(reportsDir, regionCode, year, rows("region_code = ?", List.of(regionCode)));
    }

    private Path write(Path reportsDir, String regionCode, int year, List<TrendRow> regionRows) {
        Path file = reportsDir.resolve(regionCode).resolve(String.valueOf(year)).resolve("trend.md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, render(regionCode, year, regionRows), StandardCharsets.UTF_8);
            new TrendWorkbook(language, year, YEARS_SHOWN).write(file.resolveSibling("trend.xlsx"), regionCode,
                    regionRows);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private String render(String regionCode, int year, List<TrendRow> regionRows) {
        List<TrendRow> rows = regionRows.stream()
                .filter(r -> r.year() > year - YEARS_SHOWN && r.year() <= year)
                .toList();
        if (rows.isEmpty()) {
            throw new CatalogException("rpt_trend_table has no figures for region " + regionCode
                    + " in " + (year - YEARS_SHOWN + 1) + "-" + year);
        }
        Map<String, Map<Integer, TrendRow>> byIndicator = new LinkedHashMap<>();
        for (TrendRow row : rows) {
            byIndicator.computeIfAbsent(row.indicatorCode(), k -> new LinkedHashMap<>()).put(row.year(), row);
        }
        StringBuilder md = new StringBuilder();
        md.append("# ").append(rows.get(0).regionName()).append(' ')
                .append(language.pick(year + "年开放型经济主要指标", "open-economy indicators, " + year)).append("\n\n");
        List<String> header = new ArrayList<>(List.of(language.pick("指标", "Indicator"), language.pick("单位", "Unit")));
        for (int y = year - YEARS_SHOWN + 1; y <= year; y++) {
            header.add(language.pick(y + "年", String.valueOf(y)));
        }
        header.addAll(List.of(language.pick("比上年增长(%)", "Growth on previous year (%)"),
                language.pick("三年年均增长(%)", "3-year average growth (%)"),
                language.pick(year + "年目标", year + " target"), language.pick("完成情况", "Status")));
        md.append(line(header));
        md.append(line(header.stream().map(h -> "---").toList()));

        Set<String> sources = new TreeSet<>();
        boolean synthetic = false;
        for (Map<Integer, TrendRow> series : byIndicator.values()) {
            TrendRow any = series.values().iterator().next();
            TrendRow current = series.get(year);
            List<String> cells = new ArrayList<>(List.of(any.indicatorName(), any.unit()));
            for (int y = year - YEARS_SHOWN + 1; y <= year; y++) {
                TrendRow r = series.get(y);
                cells.add(r == null ? "" : Numbers.value(r.value(), r.unit()));
            }
            cells.add(current == null ? "" : Numbers.rate(current.yoyPct()));
            cells.add(current == null ? "" : Numbers.rate(current.cagr3yPct()));
            cells.add(current == null ? "" : target(current));
            cells.add(current == null || current.status() == null ? "" : current.status());
            md.append(line(cells));
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
        md.append('\n').append(language.pick("资料来源:", "Sources:")).append('\n');
        for (String source : sources) {
            md.append("- ").append(source).append('\n');
        }
        if (synthetic) {
            md.append('\n').append(language.pick("注:部分数据为合成数据(synthetic),仅供测试,不是公布数。",
                    "Note: some figures are synthetic (generated for testing), not published figures.")).append('\n');
        }
        return md.toString();
    }

    private String target(TrendRow row) {
        if (row.targetKind() == null) {
            return "";
        }
        if (row.targetKind().equals("growth_pct")) {
            return language.pick("增长", "+") + Numbers.rate(row.targetValue()) + "%";
        }
        return Numbers.value(row.targetValue(), row.targetUnit()) + " " + row.targetUnit();
    }

    private static String line(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()) + " |\n";
    }

    /** Rows of rpt_trend_table matching a condition, in the order reports list them. */
    private List<TrendRow> rows(String condition, List<Object> parameters) {
        String zh = language == Language.ZH ? "zh" : "en";
        String sql = "select region_code, region_name_" + zh + ", indicator_code, indicator_name_" + zh
                + ", domain, display_order, unit, year, value, yoy_pct, cagr_3y_pct, target_kind, target_value, target_unit,"
                + " status_" + zh + ", is_attained, source, target_source, is_synthetic"
                + " from rpt_trend_table where " + condition
                + " order by region_code, display_order, year";
        return query(sql, parameters, rs -> new TrendRow(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getString(7), rs.getInt(8), (Double) rs.getObject(9), (Double) rs.getObject(10),
                (Double) rs.getObject(11), rs.getString(12), (Double) rs.getObject(13), rs.getString(14),
                rs.getString(15), (Boolean) rs.getObject(16), rs.getString(17), rs.getString(18), rs.getBoolean(19)));
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> parameters, RowMapper<T> mapper) {
        try (PreparedStatement statement = catalog.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<T> result = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(mapper.map(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new CatalogException("cannot read rpt_trend_table: " + e.getMessage(), e);
        }
    }
}
