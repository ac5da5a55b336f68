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
import java.util.function.Supplier;

import org.kaifang.config.Language;

/**
 * Writes a region's brief for a year from the report views, in the bureau's order: 总体情况,
 * 对外贸易, 利用外资, 对外投资, 目标完成情况, 在全省的位次, 需要关注的问题. A section without data is
 * left out. Every number is read from one cell of a view and registered with where it came
 * from; the wording is the templates' ({@link BriefTemplates}).
 */
final class BriefComposer {

    private static final String TREND = "rpt_trend_table";
    private static final String YTD = "fct_ytd_progress";
    private static final List<String> DOMAINS = List.of("trade", "inward_investment", "outbound_investment");
    private static final String NUMERALS = "一二三四五六七八九";

    private final Connection catalog;
    private final Language language;
    private final BriefTemplates templates;
    private final String zh;

    BriefComposer(Connection catalog, Language language) {
        this.catalog = catalog;
        this.language = language;
        this.templates = new BriefTemplates(language);
        this.zh = language == Language.ZH ? "zh" : "en";
    }

    /** A row of fct_ytd_progress: where an indicator stands after months 1-N. */
    private record Progress(String code, String name, String domain, String unit, Double value, Double yoy,
                            boolean synthetic, String file, Long line, String vintage, String basis,
                            Double share, Double gap, String status, String regionName) {
    }

    /**
     * The brief of months 1-N of a year (1-6月): the cumulative figures against the same months
     * a year before (同比), and each target against 序时进度 (快于/慢于序时进度X个百分点).
     */
    Optional<Brief> composeMonths(String regionCode, int year, int month) {
        BriefNumbers numbers = new BriefNumbers();
        List<Progress> rows = query("select p.indicator_code, i.name_" + zh + " as name, i.domain, p.unit, p.ytd_value,"
                + " p.ytd_yoy_pct, p.is_synthetic, p.source_file, p.source_line, " + Citations.vintageText("p.vintage")
                + " as vintage, p.progress_basis, p.target_share_pct, p.progress_gap_pp, p.progress_status,"
                + " coalesce(r.name_" + zh + ", c.name_" + zh + ") as region_name"
                + " from fct_ytd_progress p join dim_indicator i using (indicator_code)"
                + " left join dim_region r on r.region_code = p.region_code left join dim_country c on c.iso3 = p.region_code"
                + " where p.region_code = ? and p.year = ? and p.month = ? order by i.display_order, p.indicator_code",
                List.of(regionCode, year, month), rs -> new Progress(rs.getString("indicator_code"), rs.getString("name"),
                        rs.getString("domain"), rs.getString("unit"), number(rs, "ytd_value"), number(rs, "ytd_yoy_pct"),
                        rs.getBoolean("is_synthetic"), rs.getString("source_file"), whole(rs, "source_line"),
                        rs.getString("vintage"), rs.getString("progress_basis"), number(rs, "target_share_pct"),
                        number(rs, "progress_gap_pp"), rs.getString("progress_status"), rs.getString("region_name")));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> periodKey = new LinkedHashMap<>(Map.of("region_code", regionCode, "year", year, "month", month));
        String vintage = rows.get(0).vintage();
        String region = rows.get(0).regionName();
        List<Map<String, Object>> figures = new ArrayList<>();
        List<Map<String, Object>> paces = new ArrayList<>();
        List<Map<String, Object>> watch = new ArrayList<>();
        for (Progress p : rows) {
            Map<String, Object> key = new LinkedHashMap<>(periodKey);
            key.put("indicator_code", p.code());
            Cell cell = new Cell(YTD, key, p.file(), p.line(), p.vintage());
            Map<String, Object> item = new LinkedHashMap<>(Map.of("name", p.name(), "unit", p.unit(),
                    "synthetic", p.synthetic()));
            if (p.value() != null) {
                item.put("value", numbers.add(Numbers.value(p.value(), p.unit()), YTD, key, "ytd_value", p.value(),
                        p.file(), p.line(), p.vintage()));
            }
            if (p.yoy() != null) {
                Map<String, Object> growth = new LinkedHashMap<>();
                String printed = Numbers.rate(Math.abs(p.yoy()));
                if (printed.equals(Numbers.rate(0.0))) {
                    growth.put("flat", true);
                } else {
                    growth.put(p.yoy() > 0 ? "rose" : "fell", true);
                    growth.put("rate", numbers.add(printed, YTD, key, "ytd_yoy_pct", p.yoy(), p.file(), p.line(),
                            p.vintage()));
                }
                item.put("growth", growth);
                if (p.yoy() < 0 && !printed.equals(Numbers.rate(0.0))) {
                    watch.add(new LinkedHashMap<>(Map.of("name", p.name(), "fell", true, "rate", numbers.add(printed,
                            YTD, key, "ytd_yoy_pct", p.yoy(), p.file(), p.line(), p.vintage()))));
                }
            }
            figures.add(item);
            if (p.status() != null && p.gap() != null) {
                paces.add(pace(p, cell, numbers));
                if ("behind".equals(p.status())) {
                    watch.add(new LinkedHashMap<>(Map.of("name", p.name(), "behind", true)));
                }
            }
        }
        // each mention of the period is numbers of its own, traced where it stands
        Supplier<String> period = () -> numbers.add(String.valueOf(year), YTD, periodKey, "year", year, null, null,
                vintage) + language.pick("年", " ") + months(month, numbers, periodKey, vintage);
        List<Brief.Section> sections = new ArrayList<>();
        Map<String, Object> overview = new LinkedHashMap<>(Map.of("region", region, "sameMonths", true,
                "period", period.get(), "items", BriefTemplates.items(figures)));
        add(sections, language.pick("总体情况", "Overview"), templates.render("overview_months", overview));
        if (!paces.isEmpty()) {
            add(sections, language.pick("目标完成情况", "Targets"),
                    templates.render("pace", Map.of("items", BriefTemplates.items(paces))));
        }
        if (!watch.isEmpty()) {
            add(sections, language.pick("需要关注的问题", "Points to watch"),
                    templates.render("issues", Map.of("items", BriefTemplates.items(watch))));
        }
        String titlePeriod = period.get();
        return Optional.of(new Brief(regionCode, year, language.pick(region + titlePeriod + "开放型经济运行情况",
                region + ": the open economy, " + titlePeriod), numbered(sections), numbers));
    }

    /** 1-6月 as bulletins print it (1-2月 is one release; January alone is 1月). */
    private String months(int month, BriefNumbers numbers, Map<String, Object> key, String vintage) {
        String monthToken = numbers.add(String.valueOf(month), YTD, key, "month", month, null, null, vintage);
        if (month == 1) {
            return language.pick(monthToken + "月", "month " + monthToken);
        }
        String first = numbers.add("1", YTD, key, "first_month", 1, null, null, vintage);
        return language.pick(first + "-" + monthToken + "月", "months " + first + "-" + monthToken);
    }

    /** A target against 序时进度: the share of the year's target reached, or for real growth the growth against it. */
    private Map<String, Object> pace(Progress p, Cell cell, BriefNumbers numbers) {
        Map<String, Object> item = new LinkedHashMap<>(Map.of("name", p.name(), "synthetic", p.synthetic()));
        boolean realGrowth = "real_growth".equals(p.basis());
        if (!realGrowth && p.share() != null) {
            item.put("share", numbers.add(Numbers.rate(p.share()), YTD, cell.key(), "target_share_pct", p.share(),
                    cell.file(), cell.line(), cell.vintage()));
        }
        if (realGrowth && p.yoy() != null) {
            item.put("growth", numbers.add(Numbers.rate(p.yoy()), YTD, cell.key(), "ytd_yoy_pct", p.yoy(),
                    cell.file(), cell.line(), cell.vintage()));
        }
        String gap = Numbers.rate(Math.abs(p.gap()));
        Map<String, Object> judged = new LinkedHashMap<>();
        if (gap.equals(Numbers.rate(0.0))) {
            judged.put("even", true);
        } else {
            judged.put(p.gap() > 0 ? "ahead" : "behind", true);
            judged.put("gap", numbers.add(gap, YTD, cell.key(), "progress_gap_pp", p.gap(), cell.file(), cell.line(),
                    cell.vintage()));
        }
        item.put(realGrowth ? "target" : "pace", judged);
        return item;
    }

    /** A row of rpt_trend_table as the brief reads it, by column name. */
    private record Figure(String code, String name, String domain, String unit, Double value, String qualifier,
                          Double yoy, String growthNote, Double change, boolean synthetic, String file, Long line,
                          String vintage, String targetKind, Double completion, Double gap, String status,
                          String statusText, String regionName) {
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
        Map<String, Object> yearKey = new LinkedHashMap<>(Map.of("region_code", regionCode, "year", year));
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
                language.pick("利用外资", "Inward investment"), language.pick("对外投资", "Outbound investment"));
        for (int d = 0; d < DOMAINS.size(); d++) {
            String domain = DOMAINS.get(d);
            List<Figure> inDomain = figures.stream().filter(f -> f.domain().equals(domain)).toList();
            // a section repeating only the overview's sentence says nothing new
            if (!inDomain.isEmpty() && !(inDomain.size() == 1 && headline.contains(inDomain.get(0)))) {
                add(sections, titles.get(d), templates.render("figures",
                        Map.of("items", items(inDomain, regionCode, year, numbers, false))));
            }
        }
        targets(sections, regionCode, year, figures, numbers);
        rank(sections, regionCode, year, numbers);
        issues(sections, regionCode, year, figures, numbers);
        String titleYear = numbers.add(String.valueOf(year), TREND, yearKey, "year", year, null, null, vintage);
        return Optional.of(new Brief(regionCode, year, language.pick(region + titleYear + "年开放型经济运行情况",
                region + ": the open economy in " + titleYear), numbered(sections), numbers));
    }

    private List<Map<String, Object>> items(List<Figure> figures, String regionCode, int year, BriefNumbers numbers,
                                            boolean againstTheNation) {
        Map<String, Map<String, Object>> nation = againstTheNation ? nation(regionCode, year, numbers) : Map.of();
        List<Map<String, Object>> items = new ArrayList<>();
        for (Figure f : figures) {
            Map<String, Object> item = new LinkedHashMap<>();
            Map<String, Object> key = key(regionCode, f.code(), year);
            item.put("name", f.name());
            item.put("unit", f.unit());
            if (f.value() != null) {
                item.put("value", Numbers.qualified(numbers.add(Numbers.value(f.value(), f.unit()), TREND, key, "value",
                        f.value(), f.file(), f.line(), f.vintage()), f.qualifier()));
            }
            if (Numbers.isCount(f.unit()) && f.change() != null) {
                item.put("change", change(f, key, numbers));
            } else if (f.yoy() != null || f.growthNote() != null) {
                item.put("growth", growth(f, key, numbers));
            }
            if (nation.containsKey(f.code())) {
                item.put("nation", nation.get(f.code()));
            }
            item.put("synthetic", f.synthetic());
            items.add(item);
        }
        return BriefTemplates.items(items);
    }

    /** 增长 / 下降 by the sign of the rate as printed; 持平 for 0.0; the view's words where no rate exists. */
    private Map<String, Object> growth(Figure f, Map<String, Object> key, BriefNumbers numbers) {
        Map<String, Object> growth = new LinkedHashMap<>();
        if (f.yoy() == null) {
            growth.put("words", f.growthNote());
            return growth;
        }
        String printed = Numbers.rate(Math.abs(f.yoy()));
        if (printed.equals(Numbers.rate(0.0))) {
            growth.put("flat", true);
            return growth;
        }
        growth.put(f.yoy() > 0 ? "rose" : "fell", true);
        growth.put("rate", numbers.add(printed, TREND, key, "yoy_pct", f.yoy(), f.file(), f.line(), f.vintage()));
        return growth;
    }

    /** 比上年增加/减少N家: a count's change in its own unit. */
    private Map<String, Object> change(Figure f, Map<String, Object> key, BriefNumbers numbers) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("unit", f.unit());
        long count = Math.round(Math.abs(f.change()));
        if (count == 0) {
            change.put("same", true);
            return change;
        }
        change.put(f.change() > 0 ? "more" : "fewer", true);
        change.put("count", numbers.add(String.valueOf(count), TREND, key, "change_value", f.change(), f.file(),
                f.line(), f.vintage()));
        return change;
    }

    /** 占全国的X%, 高于/低于全国X个百分点, by indicator, from rpt_national_comparison. */
    private Map<String, Map<String, Object>> nation(String regionCode, int year, BriefNumbers numbers) {
        Map<String, Map<String, Object>> byIndicator = new LinkedHashMap<>();
        query("select indicator_code, share_of_nation_pct, growth_vs_nation_pp, share_of_province_pct,"
                + " growth_vs_province_pp, source_file, source_line, " + Citations.vintageText("vintage")
                + " as vintage from rpt_national_comparison c"
                + " left join (select region_code, indicator_code, year, source_file, source_line from rpt_trend_table) t"
                + " using (region_code, indicator_code, year)"
                + " where region_code = ? and year = ?", List.of(regionCode, year), rs -> {
                    String code = rs.getString("indicator_code");
                    Cell cell = new Cell("rpt_national_comparison", key(regionCode, code, year), rs.getString("source_file"),
                            whole(rs, "source_line"), rs.getString("vintage"));
                    Map<String, Object> nation = new LinkedHashMap<>();
                    share(nation, "share", cell, "share_of_nation_pct", number(rs, "share_of_nation_pct"), numbers);
                    points(nation, "pp", cell, "growth_vs_nation_pp", number(rs, "growth_vs_nation_pp"), numbers);
                    share(nation, "provinceShare", cell, "share_of_province_pct", number(rs, "share_of_province_pct"),
                            numbers);
                    points(nation, "provincePp", cell, "growth_vs_province_pp", number(rs, "growth_vs_province_pp"),
                            numbers);
                    if (!nation.isEmpty()) {
                        byIndicator.put(code, nation);
                    }
                    return null;
                });
        return byIndicator;
    }

    /** Where a number of a comparison comes from: the view's row and the region's own figure. */
    private record Cell(String view, Map<String, Object> key, String file, Long line, String vintage) {
    }

    private static void share(Map<String, Object> context, String name, Cell cell, String column, Double share,
                              BriefNumbers numbers) {
        if (share != null) {
            context.put(name, numbers.add(Numbers.share(share), cell.view(), cell.key(), column, share, cell.file(),
                    cell.line(), cell.vintage()));
        }
    }

    /** 高于 / 低于 … X个百分点 by the sign of the difference as printed; 持平 for 0.0. */
    private static void points(Map<String, Object> context, String name, Cell cell, String column, Double pp,
                               BriefNumbers numbers) {
        if (pp == null) {
            return;
        }
        String printed = Numbers.rate(Math.abs(pp));
        Map<String, Object> gap = new LinkedHashMap<>();
        if (printed.equals(Numbers.rate(0.0))) {
            gap.put("level", true);
        } else {
            gap.put(pp > 0 ? "above" : "below", true);
            gap.put("points", numbers.add(printed, cell.view(), cell.key(), column, pp, cell.file(), cell.line(),
                    cell.vintage()));
        }
        context.put(name, gap);
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
            Map<String, Object> key = key(regionCode, f.code(), year);
            Map<String, Object> item = new LinkedHashMap<>(Map.of("name", f.name(), "status", f.statusText(),
                    "synthetic", f.synthetic()));
            if (f.completion() != null) {
                item.put("completion", numbers.add(Numbers.rate(f.completion()), TREND, key, "completion_pct",
                        f.completion(), f.file(), f.line(), f.vintage()));
            } else if (f.gap() != null) {
                Map<String, Object> points = new LinkedHashMap<>();
                String gap = Numbers.rate(Math.abs(f.gap()));
                if (gap.equals(Numbers.rate(0.0))) {
                    points.put("level", true);
                } else {
                    points.put(f.gap() > 0 ? "above" : "below", true);
                    points.put("gap", numbers.add(gap, TREND, key, "gap_pp", f.gap(), f.file(), f.line(), f.vintage()));
                }
                item.put("points", points);
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
                + Citations.vintageText("vintage") + " as vintage from rpt_trend_table"
                + " where region_code = ? and year = ? and target_kind is not null order by display_order",
                List.of(regionCode, year + 1), rs -> {
                    double value = rs.getDouble("target_value");
                    String printed = Numbers.plain("growth_pct".equals(rs.getString("target_kind")) ? Math.abs(value) : value);
                    String phrase = TrendTable.target(rs.getString("target_kind"), value, rs.getString("target_unit"),
                            rs.getString("target_qualifier"), rs.getString("target_scope"),
                            (Integer) Optional.ofNullable(whole(rs, "plan_start")).map(Long::intValue).orElse(null), year + 1, language);
                    String token = numbers.add(printed, TREND, key(regionCode, rs.getString("indicator_code"), year + 1),
                            "target_value", value, rs.getString("target_source_file"),
                            whole(rs, "target_source_line"), rs.getString("vintage"));
                    int at = phrase.indexOf(printed);
                    next.add(new LinkedHashMap<>(Map.of("name", rs.getString("name"), "target",
                            phrase.substring(0, at) + token + phrase.substring(at + printed.length()))));
                    return null;
                });
        if (!next.isEmpty()) {
            String nextYear = numbers.add(String.valueOf(year + 1), TREND,
                    new LinkedHashMap<>(Map.of("region_code", regionCode, "year", year + 1)), "year", year + 1, null, null,
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
                + Citations.vintageText("vintage") + " as vintage from rpt_region_rank"
                + " where region_code = ? and year = ? and level_rank is not null and cities_ranked > 1"
                + " order by display_order", List.of(regionCode, year), rs -> {
                    Map<String, Object> key = key(regionCode, rs.getString("indicator_code"), year);
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("name", rs.getString("name"));
                    item.put("rank", numbers.add(rs.getString("level_rank"), "rpt_region_rank", key, "level_rank",
                            rs.getInt("level_rank"), null, null, rs.getString("vintage")));
                    share(item, "share", new Cell("rpt_region_rank", key, null, null, rs.getString("vintage")), "share_pct",
                            number(rs, "share_pct"), numbers);
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
                        Numbers.rate(Math.abs(f.yoy())), TREND, key(regionCode, f.code(), year), "yoy_pct", f.yoy(),
                        f.file(), f.line(), f.vintage()))));
            }
            if ("missed".equals(f.status())) {
                items.add(new LinkedHashMap<>(Map.of("name", f.name(), "missed", true)));
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        figures.forEach(f -> names.put(f.code(), f.name()));
        query("select distinct indicator_code from data_quality where region_code = ? and year = ?"
                + " order by indicator_code", List.of(regionCode, year), rs -> {
                    String name = names.get(rs.getString("indicator_code"));
                    if (name != null) {
                        items.add(new LinkedHashMap<>(Map.of("name", name, "checked", true)));
                    }
                    return null;
                });
        if (!items.isEmpty()) {
            add(sections, language.pick("需要关注的问题", "Points to watch"),
                    templates.render("issues", Map.of("items", BriefTemplates.items(items))));
        }
    }

    private List<Figure> figures(String regionCode, int year) {
        return query("select indicator_code, indicator_name_" + zh + " as name, region_name_" + zh + " as region_name,"
                + " domain, unit, value, qualifier, yoy_pct, growth_note_" + zh + " as growth_note, change_value,"
                + " is_withheld, is_synthetic, source_file, source_line, " + Citations.vintageText("vintage")
                + " as vintage, target_kind, completion_pct, gap_pp, status, status_" + zh + " as status_text"
                + " from rpt_trend_table where region_code = ? and year = ? and not is_withheld"
                + " order by display_order, indicator_code", List.of(regionCode, year), rs -> new Figure(
                        rs.getString("indicator_code"), rs.getString("name"), rs.getString("domain"),
                        rs.getString("unit"), number(rs, "value"), rs.getString("qualifier"), number(rs, "yoy_pct"),
                        rs.getString("growth_note"), number(rs, "change_value"), rs.getBoolean("is_synthetic"),
                        rs.getString("source_file"), whole(rs, "source_line"), rs.getString("vintage"),
                        rs.getString("target_kind"), number(rs, "completion_pct"), number(rs, "gap_pp"),
                        rs.getString("status"), rs.getString("status_text"), rs.getString("region_name")));
    }

    private void add(List<Brief.Section> sections, String title, String paragraph) {
        if (!paragraph.isBlank()) {
            sections.add(new Brief.Section(title, List.of(paragraph)));
        }
    }

    /**
     * 一、总体情况 … as Chinese documents number their parts, after sections without data are gone;
     * English headings go unnumbered, so the only digits of a brief are its traced numbers.
     */
    private List<Brief.Section> numbered(List<Brief.Section> sections) {
        List<Brief.Section> numbered = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            String mark = language.pick(NUMERALS.charAt(i) + "、", "");
            numbered.add(new Brief.Section(mark + sections.get(i).title(), sections.get(i).paragraphs()));
        }
        return numbered;
    }

    private static Map<String, Object> key(String regionCode, String indicatorCode, int year) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("region_code", regionCode);
        key.put("indicator_code", indicatorCode);
        key.put("year", year);
        return key;
    }

    private <T> List<T> query(String sql, List<Object> parameters, CatalogRows.Mapper<T> mapper) {
        return CatalogRows.query(catalog, sql, parameters, mapper);
    }

    private static Long whole(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).longValue();
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).doubleValue();
    }
}
