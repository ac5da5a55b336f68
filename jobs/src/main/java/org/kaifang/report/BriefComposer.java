package org.kaifang.report;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kaifang.config.Language;

/**
 * Writes a region's brief for a year from the report views, in the bureau's order: 总体情况,
 * 对外贸易, 利用外资, 对外投资, 目标完成情况, 在全省的位次, 需要关注的问题. A section without data is
 * left out. Every number is read from one cell of a view and registered with where it came
 * from; the wording is the templates' ({@link BriefTemplates}).
 */
final class BriefComposer {

    private static final String TREND = "rpt_trend_table";
    private static final List<String> DOMAINS = List.of("trade", "inward_investment", "outbound_investment");
    private static final String NUMERALS = "一二三四五六七八九";

    private final Connection catalog;
    private final Language language;
    private final BriefTemplates templates;
    private final CheckFindings findings;
    private final String zh;

    BriefComposer(Connection catalog, Language language) {
        this(catalog, language, CheckFindings.read(catalog));
    }

    BriefComposer(Connection catalog, Language language, CheckFindings findings) {
        this.findings = findings;
        this.catalog = catalog;
        this.language = language;
        this.templates = new BriefTemplates(language);
        this.zh = language == Language.ZH ? "zh" : "en";
    }

    /** A row of rpt_trend_table as the brief reads it, by column name. */
    private record Figure(String code, String name, String domain, String unit, Double value, String qualifier,
                          Double yoy, String growthNote, Double change, boolean synthetic, String file, Long line,
                          String vintage, String targetKind, Double completion, Double gap, String status,
                          String statusText, String regionName) {

        BriefCell cell(String regionCode, int year) {
            return new BriefCell(TREND, BriefCell.key(regionCode, code, year), file, line, vintage);
        }
    }

    /** The brief, or nothing when the catalog has no figure for the region and year. */
    Optional<Brief> compose(String regionCode, int year) {
        BriefNumbers numbers = new BriefNumbers();
        List<Figure> figures = figures(regionCode, year).stream()
                .filter(f -> f.value() != null || f.yoy() != null || f.growthNote() != null).toList();
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        String region = figures.get(0).regionName();
        // the year is a number of the text too, traced to the rows' key
        Map<String, Object> yearKey = BriefCell.key("region_code", regionCode, "year", year);
        String vintage = figures.get(0).vintage();
        List<Brief.Section> sections = new ArrayList<>();
        List<Figure> headline = new ArrayList<>();
        for (String domain : DOMAINS) {
            figures.stream().filter(f -> f.domain().equals(domain)).findFirst().ifPresent(headline::add);
        }
        if (headline.isEmpty()) {
            headline.add(figures.get(0));
        }
        Map<String, Object> overview = new LinkedHashMap<>(Map.of("region", region,
                "year", numbers.add(String.valueOf(year), TREND, yearKey, "year", year, null, null, vintage)));
        overview.put("items", items(headline, regionCode, year, numbers, true));
        add(sections, language.pick("总体情况", "Overview"), templates.render("overview", overview));
        List<String> titles = List.of(language.pick("对外贸易", "Foreign trade"),
                language.pick("利用外资", "Inward investment"), language.pick("对外投资", "Outbound investment"),
                language.pick("对外交流", "Exchanges"));
        List<String> domains = List.of("trade", "inward_investment", "outbound_investment", "exchange");
        for (int d = 0; d < domains.size(); d++) {
            String domain = domains.get(d);
            List<Figure> inDomain = figures.stream().filter(f -> f.domain().equals(domain)).toList();
            List<String> paragraphs = new ArrayList<>();
            // a section repeating only the overview's sentence says nothing new
            if (!inDomain.isEmpty() && !(inDomain.size() == 1 && headline.contains(inDomain.get(0)))) {
                paragraphs.add(templates.render("figures", Map.of("items", items(inDomain, regionCode, year, numbers, false))));
            }
            String detail = switch (domain) {
                case "trade" -> partners(regionCode, year, numbers);
                case "outbound_investment" -> destinations(regionCode, year, numbers);
                default -> "";
            };
            if (!detail.isEmpty()) {
                paragraphs.add(detail);
            }
            if (!paragraphs.isEmpty()) {
                sections.add(new Brief.Section(titles.get(d), paragraphs));
            }
        }
        targets(sections, regionCode, year, figures, numbers);
        rank(sections, regionCode, year, numbers);
        issues(sections, regionCode, year, figures, numbers);
        String titleYear = numbers.add(String.valueOf(year), TREND, yearKey, "year", year, null, null, vintage);
        return Optional.of(new Brief(regionCode, year, language.pick(region + titleYear + "年开放型经济运行情况",
                region + ": the open economy in " + titleYear), numbered(sections, language), numbers));
    }

    private List<Map<String, Object>> items(List<Figure> figures, String regionCode, int year, BriefNumbers numbers,
                                            boolean againstTheNation) {
        Map<String, Map<String, Object>> nation = againstTheNation ? nation(regionCode, year, numbers) : Map.of();
        List<Map<String, Object>> items = new ArrayList<>();
        for (Figure f : figures) {
            Map<String, Object> item = new LinkedHashMap<>();
            BriefCell cell = f.cell(regionCode, year);
            item.put("name", f.name());
            item.put("unit", f.unit());
            if (f.value() != null) {
                item.put("value", Numbers.qualified(numbers.add(Numbers.value(f.value(), f.unit()), cell, "value",
                        f.value()), f.qualifier()));
            }
            if (Numbers.isCount(f.unit()) && f.change() != null) {
                item.put("change", change(f, cell, numbers));
            } else if (f.yoy() != null || f.growthNote() != null) {
                item.put("growth", growth(f, cell, numbers));
            }
            if (nation.containsKey(f.code())) {
                item.put("nation", nation.get(f.code()));
            }
            item.put("synthetic", f.synthetic());
            items.add(item);
        }
        return BriefTemplates.items(items);
    }

    /** 增长 / 下降 by the sign of the rate as printed, 持平 for 0.0; the view's words where no rate exists. */
    private static Map<String, Object> growth(Figure f, BriefCell cell, BriefNumbers numbers) {
        if (f.yoy() == null) {
            return new LinkedHashMap<>(Map.of("words", f.growthNote()));
        }
        return numbers.bySign(f.yoy(), Numbers::rate, cell, "yoy_pct", "rose", "fell", "flat", "rate");
    }

    /** 比上年增加/减少N家: a count's change in its own unit. */
    private static Map<String, Object> change(Figure f, BriefCell cell, BriefNumbers numbers) {
        Map<String, Object> change = numbers.bySign(f.change(), v -> String.valueOf(Math.round(v)), cell,
                "change_value", "more", "fewer", "same", "count");
        change.put("unit", f.unit());
        return change;
    }

    /** 占全国的X%, 高于/低于全国X个百分点, by indicator, from rpt_national_comparison. */
    private Map<String, Map<String, Object>> nation(String regionCode, int year, BriefNumbers numbers) {
        Map<String, Map<String, Object>> byIndicator = new LinkedHashMap<>();
        query("select indicator_code, share_of_nation_pct, growth_vs_nation_pp, share_of_province_pct,"
                + " growth_vs_province_pp, source_file, source_line, " + Citations.vintageText("vintage")
                + " as vintage, region_code, year from rpt_national_comparison c"
                + " left join (select region_code, indicator_code, year, source_file, source_line from rpt_trend_table) t"
                + " using (region_code, indicator_code, year)"
                + " order by indicator_code", regionCode, year, rs -> {
                    String code = rs.getString("indicator_code");
                    BriefCell cell = new BriefCell("rpt_national_comparison", BriefCell.key(regionCode, code, year),
                            rs.getString("source_file"), whole(rs, "source_line"), rs.getString("vintage"));
                    Map<String, Object> nation = new LinkedHashMap<>();
                    share(nation, "share", cell, "share_of_nation_pct", CatalogRows.number(rs, "share_of_nation_pct"), numbers);
                    points(nation, "pp", cell, "growth_vs_nation_pp", CatalogRows.number(rs, "growth_vs_nation_pp"), numbers);
                    share(nation, "provinceShare", cell, "share_of_province_pct", CatalogRows.number(rs, "share_of_province_pct"),
                            numbers);
                    points(nation, "provincePp", cell, "growth_vs_province_pp", CatalogRows.number(rs, "growth_vs_province_pp"),
                            numbers);
                    if (!nation.isEmpty()) {
                        byIndicator.put(code, nation);
                    }
                    return null;
                });
        return byIndicator;
    }

    private static void share(Map<String, Object> context, String name, BriefCell cell, String column, Double share,
                              BriefNumbers numbers) {
        if (share != null) {
            context.put(name, numbers.add(Numbers.share(share), cell, column, share));
        }
    }

    /** 高于 / 低于 … X个百分点 by the sign of the difference as printed; 持平 for 0.0. */
    private static void points(Map<String, Object> context, String name, BriefCell cell, String column, Double pp,
                               BriefNumbers numbers) {
        if (pp != null) {
            context.put(name, numbers.bySign(pp, Numbers::rate, cell, column, "above", "below", "level", "points"));
        }
    }

    /** The three leading partners of a whole year of customs detail; nothing for part of a year. */
    private String partners(String regionCode, int year, BriefNumbers numbers) {
        List<Map<String, Object>> items = new ArrayList<>();
        query("select partner_iso, partner_name_" + zh + " as name, trade_100m_usd, share_pct, "
                + Citations.vintageText("vintage") + " as vintage, region_code, year from rpt_trade_partner"
                + " where months_covered = 12 and rank <= 3 order by rank, partner_iso",
                regionCode, year, rs -> {
                    Map<String, Object> key = BriefCell.key("region_code", regionCode, "year", year,
                            "partner_iso", rs.getString("partner_iso"));
                    BriefCell cell = new BriefCell("rpt_trade_partner", key, null, null, rs.getString("vintage"));
                    Map<String, Object> item = new LinkedHashMap<>(Map.of("name", rs.getString("name")));
                    item.put("value", numbers.add(Numbers.value(CatalogRows.number(rs, "trade_100m_usd"), "亿美元"), cell,
                            "trade_100m_usd", CatalogRows.number(rs, "trade_100m_usd")));
                    share(item, "share", cell, "share_pct", CatalogRows.number(rs, "share_pct"), numbers);
                    items.add(item);
                    return null;
                });
        return items.isEmpty() ? "" : templates.render("partners", Map.of("items", BriefTemplates.items(items)));
    }

    /** Where most new overseas enterprises went: the three leading destinations. */
    private String destinations(String regionCode, int year, BriefNumbers numbers) {
        List<Map<String, Object>> items = new ArrayList<>();
        query("select destination_iso, destination_name_" + zh + " as name, new_enterprises, "
                + Citations.vintageText("vintage") + " as vintage, region_code, year from rpt_odi_destination"
                + " where rank <= 3 and new_enterprises > 0"
                + " order by rank, destination_iso", regionCode, year, rs -> {
                    Map<String, Object> key = BriefCell.key("region_code", regionCode, "year", year,
                            "destination_iso", rs.getString("destination_iso"));
                    items.add(new LinkedHashMap<>(Map.of("name", rs.getString("name"), "count", numbers.add(
                            rs.getString("new_enterprises"), "rpt_odi_destination", key, "new_enterprises",
                            rs.getLong("new_enterprises"), null, null, rs.getString("vintage")))));
                    return null;
                });
        return items.isEmpty() ? "" : templates.render("destinations", Map.of("items", BriefTemplates.items(items)));
    }

    /** This year's targets judged, then next year's as set (the seed's 2011 brief states 2012's). */
    private void targets(List<Brief.Section> sections, String regionCode, int year, List<Figure> figures,
                         BriefNumbers numbers) {
        List<String> paragraphs = new ArrayList<>();
        List<Map<String, Object>> judged = new ArrayList<>();
        for (Figure f : figures) {
            if (f.targetKind() == null || f.status() == null || "pending".equals(f.status())) {
                continue;
            }
            BriefCell cell = f.cell(regionCode, year);
            Map<String, Object> item = new LinkedHashMap<>(Map.of("name", f.name(), "status", f.statusText(),
                    "synthetic", f.synthetic()));
            if (f.completion() != null) {
                item.put("completion", numbers.add(Numbers.rate(f.completion()), cell, "completion_pct", f.completion()));
            } else if (f.gap() != null) {
                item.put("points", numbers.bySign(f.gap(), Numbers::rate, cell, "gap_pp", "above", "below", "level",
                        "gap"));
            } else {
                continue;
            }
            judged.add(item);
        }
        if (!judged.isEmpty()) {
            paragraphs.add(templates.render("targets", Map.of("items", BriefTemplates.items(judged))));
        }
        List<Map<String, Object>> next = new ArrayList<>();
        query("select indicator_code, indicator_name_" + zh + " as name, target_kind, target_value, target_unit,"
                + " target_qualifier, target_scope, plan_start, target_source_file, target_source_line, "
                + Citations.vintageText("vintage") + " as vintage, region_code, year from rpt_trend_table"
                + " where target_kind is not null order by display_order",
                regionCode, year + 1, rs -> {
                    double value = rs.getDouble("target_value");
                    Map<String, Object> key = BriefCell.key(regionCode, rs.getString("indicator_code"), year + 1);
                    String file = rs.getString("target_source_file");
                    Long line = whole(rs, "target_source_line");
                    String vintage = rs.getString("vintage");
                    boolean growth = "growth_pct".equals(rs.getString("target_kind"));
                    String number = numbers.add(Numbers.plain(growth ? Math.abs(value) : value), TREND, key,
                            "target_value", value, file, line, vintage);
                    Long planStart = whole(rs, "plan_start");
                    // a plan's years are printed numbers too (2011-2015年年均增长11%): each traced
                    String start = planStart == null ? null : numbers.add(String.valueOf(planStart), TREND, key,
                            "plan_start", planStart, file, line, vintage);
                    String end = planStart == null ? null : numbers.add(String.valueOf(year + 1), TREND, key, "year",
                            year + 1, file, line, vintage);
                    next.add(new LinkedHashMap<>(Map.of("name", rs.getString("name"), "target", TrendTable.target(
                            rs.getString("target_kind"), value, rs.getString("target_unit"),
                            rs.getString("target_qualifier"), rs.getString("target_scope"), start, end, number,
                            language))));
                    return null;
                });
        if (!next.isEmpty()) {
            String nextYear = numbers.add(String.valueOf(year + 1), TREND,
                    BriefCell.key("region_code", regionCode, "year", year + 1), "year", year + 1, null, null,
                    null);
            paragraphs.add(templates.render("next_targets", Map.of("next", nextYear, "items", BriefTemplates.items(next))));
        }
        if (!paragraphs.isEmpty()) {
            sections.add(new Brief.Section(language.pick("目标完成情况", "Targets"), paragraphs));
        }
    }

    /** 居全省第N位, only among two or more cities: a rank of one says nothing. */
    private void rank(List<Brief.Section> sections, String regionCode, int year, BriefNumbers numbers) {
        List<Map<String, Object>> items = new ArrayList<>();
        Set<String> synthetic = new LinkedHashSet<>();
        query("select indicator_code, indicator_name_" + zh + " as name, level_rank, growth_rank, cities_ranked,"
                + " cities_with_growth, share_pct, synthetic_regions_" + zh + " as synthetic_regions, "
                + Citations.vintageText("vintage") + " as vintage, region_code, year from rpt_region_rank"
                + " where level_rank is not null and cities_ranked > 1"
                + " order by display_order", regionCode, year, rs -> {
                    Map<String, Object> key = BriefCell.key(regionCode, rs.getString("indicator_code"), year);
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("name", rs.getString("name"));
                    item.put("rank", numbers.add(rs.getString("level_rank"), "rpt_region_rank", key, "level_rank",
                            rs.getInt("level_rank"), null, null, rs.getString("vintage")));
                    share(item, "share", new BriefCell("rpt_region_rank", key, null, null, rs.getString("vintage")),
                            "share_pct", CatalogRows.number(rs, "share_pct"), numbers);
                    if (rs.getObject("growth_rank") != null && rs.getInt("cities_with_growth") > 1) {
                        item.put("growthRank", numbers.add(rs.getString("growth_rank"), "rpt_region_rank", key,
                                "growth_rank", rs.getInt("growth_rank"), null, null, rs.getString("vintage")));
                    }
                    if (rs.getString("synthetic_regions") != null) {
                        synthetic.addAll(List.of(rs.getString("synthetic_regions").split(language.pick("、", ", "))));
                    }
                    items.add(item);
                    return null;
                });
        if (!items.isEmpty()) {
            Map<String, Object> context = new LinkedHashMap<>(Map.of("items", BriefTemplates.items(items)));
            if (!synthetic.isEmpty()) {
                context.put("syntheticRegions", String.join(language.pick("、", ", "), synthetic));
            }
            add(sections, language.pick("在全省的位次", "Rank in the province"), templates.render("rank", context));
        }
    }

    /** What needs attention, in plain words: falling, targets missed, data checks that found something. */
    private void issues(List<Brief.Section> sections, String regionCode, int year, List<Figure> figures,
                        BriefNumbers numbers) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Figure f : figures) {
            if (f.yoy() != null && f.yoy() < 0 && !Numbers.rate(Math.abs(f.yoy())).equals(Numbers.rate(0.0))) {
                items.add(new LinkedHashMap<>(Map.of("name", f.name(), "fell", true, "rate", numbers.add(
                        Numbers.rate(Math.abs(f.yoy())), f.cell(regionCode, year), "yoy_pct", f.yoy()))));
            }
            if ("missed".equals(f.status())) {
                items.add(new LinkedHashMap<>(Map.of("name", f.name(), "missed", true)));
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        figures.forEach(f -> names.put(f.code(), f.name()));
        for (String code : findings.indicators(regionCode, year)) {
            if (names.containsKey(code)) {
                items.add(new LinkedHashMap<>(Map.of("name", names.get(code), "checked", true)));
            }
        }
        if (!items.isEmpty()) {
            add(sections, language.pick("需要关注的问题", "Points to watch"),
                    templates.render("issues", Map.of("items", BriefTemplates.items(items))));
        }
    }

    private List<Figure> figures(String regionCode, int year) {
        return query("select indicator_code, indicator_name_" + zh + " as name, region_name_" + zh + " as region_name,"
                + " domain, unit, value, qualifier, yoy_pct, growth_note_" + zh + " as growth_note, change_value,"
                + " is_withheld, is_synthetic, source_file, source_line, " + Citations.vintageText("vintage")
                + " as vintage, target_kind, completion_pct, gap_pp, status, status_" + zh + " as status_text,"
                + " region_code, year from rpt_trend_table where not is_withheld"
                + " order by display_order, indicator_code", regionCode, year, rs -> new Figure(
                        rs.getString("indicator_code"), rs.getString("name"), rs.getString("domain"),
                        rs.getString("unit"), CatalogRows.number(rs, "value"), rs.getString("qualifier"), CatalogRows.number(rs, "yoy_pct"),
                        rs.getString("growth_note"), CatalogRows.number(rs, "change_value"), rs.getBoolean("is_synthetic"),
                        rs.getString("source_file"), whole(rs, "source_line"), rs.getString("vintage"),
                        rs.getString("target_kind"), CatalogRows.number(rs, "completion_pct"), CatalogRows.number(rs, "gap_pp"),
                        rs.getString("status"), rs.getString("status_text"), rs.getString("region_name")));
    }

    static void add(List<Brief.Section> sections, String title, String paragraph) {
        if (!paragraph.isBlank()) {
            sections.add(new Brief.Section(title, List.of(paragraph)));
        }
    }

    /**
     * 一、总体情况 … as Chinese documents number their parts, after sections without data are gone;
     * English headings go unnumbered, so the only digits of a brief are its traced numbers.
     */
    static List<Brief.Section> numbered(List<Brief.Section> sections, Language language) {
        List<Brief.Section> numbered = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            String mark = language.pick(NUMERALS.charAt(i) + "、", "");
            numbered.add(new Brief.Section(mark + sections.get(i).title(), sections.get(i).paragraphs()));
        }
        return numbered;
    }

    /** The rows of a query over every region and year that are this region's and year's ({@link CatalogRows#forRegionYear}). */
    private <T> List<T> query(String sql, String regionCode, int year, CatalogRows.Mapper<T> mapper) {
        return CatalogRows.forRegionYear(catalog, sql, regionCode, year, mapper);
    }

    static Long whole(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).longValue();
    }
}
