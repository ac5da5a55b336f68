package org.kaifang.report;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.kaifang.config.Language;

/**
 * The brief of months 1-N of a year (1-6月), from fct_ytd_progress: the cumulative figures
 * against the same months a year before (同比), each target against 序时进度 (快于/慢于序时进度X个
 * 百分点; real growth against the target growth), and what fell or is behind.
 */
final class MonthBriefComposer {

    private static final String YTD = "fct_ytd_progress";

    private final Connection catalog;
    private final Language language;
    private final BriefTemplates templates;
    private final String lang;

    MonthBriefComposer(Connection catalog, Language language) {
        this.catalog = catalog;
        this.language = language;
        this.templates = new BriefTemplates(language);
        this.lang = language == Language.ZH ? "zh" : "en";
    }

    /** Where an indicator stands after months 1-N. */
    private record Progress(String code, String name, String unit, Double value, Double yoy, boolean synthetic,
                            String basis, Double share, Double gap, String status, boolean cap, String regionName,
                            BriefCell cell) {
    }

    Optional<Brief> compose(String regionCode, int year, int month) {
        BriefNumbers numbers = new BriefNumbers();
        List<Progress> rows = progress(regionCode, year, month);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> periodKey = BriefCell.key("region_code", regionCode, "year", year, "month", month);
        String vintage = rows.get(0).cell().vintage();
        List<Map<String, Object>> figures = new ArrayList<>();
        List<Map<String, Object>> paces = new ArrayList<>();
        List<Map<String, Object>> watch = new ArrayList<>();
        for (Progress p : rows) {
            Map<String, Object> item = new LinkedHashMap<>(Map.of("name", p.name(), "unit", p.unit(),
                    "synthetic", p.synthetic()));
            if (p.value() != null) {
                item.put("value", numbers.add(Numbers.value(p.value(), p.unit()), p.cell(), "ytd_value", p.value()));
            }
            if (p.yoy() != null) {
                Map<String, Object> growth = numbers.bySign(p.yoy(), Numbers::rate, p.cell(), "ytd_yoy_pct", "rose",
                        "fell", "flat", "rate");
                growth.put("sameMonths", true);
                item.put("growth", growth);
                if (growth.containsKey("fell")) {
                    watch.add(new LinkedHashMap<>(Map.of("name", p.name(), "fell", true, "sameMonths", true,
                            "rate", numbers.add(Numbers.rate(Math.abs(p.yoy())), p.cell(), "ytd_yoy_pct", p.yoy()))));
                }
            }
            figures.add(item);
            if (p.status() != null && p.gap() != null) {
                paces.add(pace(p, numbers));
                if ("behind".equals(p.status())) {
                    watch.add(new LinkedHashMap<>(Map.of("name", p.name(), "behind", true)));
                }
            }
        }
        // each mention of the period is numbers of its own, traced where it stands
        Supplier<String> period = () -> numbers.add(String.valueOf(year), YTD, periodKey, "year", year, null, null,
                vintage) + language.pick("年", " ") + months(month, numbers, periodKey, vintage);
        String region = rows.get(0).regionName();
        List<Brief.Section> sections = new ArrayList<>();
        BriefComposer.add(sections, language.pick("总体情况", "Overview"), templates.render("overview_months",
                Map.of("region", region, "period", period.get(), "items", BriefTemplates.items(figures))));
        if (!paces.isEmpty()) {
            BriefComposer.add(sections, language.pick("目标完成情况", "Targets"),
                    templates.render("pace", Map.of("items", BriefTemplates.items(paces))));
        }
        if (!watch.isEmpty()) {
            BriefComposer.add(sections, language.pick("需要关注的问题", "Points to watch"),
                    templates.render("issues", Map.of("items", BriefTemplates.items(watch))));
        }
        String titlePeriod = period.get();
        return Optional.of(new Brief(regionCode, year, language.pick(region + titlePeriod + "开放型经济运行情况",
                region + ": the open economy, " + titlePeriod), BriefComposer.numbered(sections, language), numbers));
    }

    /** 1-6月 as bulletins print it (1-2月 is one release; January alone is 1月). */
    private String months(int month, BriefNumbers numbers, Map<String, Object> key, String vintage) {
        String last = numbers.add(String.valueOf(month), YTD, key, "month", month, null, null, vintage);
        if (month == 1) {
            return language.pick(last + "月", "month " + last);
        }
        String first = numbers.add("1", YTD, key, "first_month", 1, null, null, vintage);
        return language.pick(first + "-" + last + "月", "months " + first + "-" + last);
    }

    /**
     * A target against 序时进度: the share of the year's target reached and how far ahead or
     * behind the year elapsed; for real growth, the growth so far against the target growth.
     * Ahead or behind is the view's verdict (an at-most target over its pace is behind), the
     * points its gap without sign; a cap (控制在…以内) reads 超出 or 低于控制进度.
     */
    private Map<String, Object> pace(Progress p, BriefNumbers numbers) {
        Map<String, Object> item = new LinkedHashMap<>(Map.of("name", p.name(), "synthetic", p.synthetic(),
                "cap", p.cap()));
        boolean realGrowth = "real_growth".equals(p.basis());
        if (!realGrowth && p.share() != null) {
            item.put("share", numbers.add(Numbers.rate(p.share()), p.cell(), "target_share_pct", p.share()));
        }
        if (realGrowth && p.yoy() != null) {
            item.put("growth", numbers.bySign(p.yoy(), Numbers::rate, p.cell(), "ytd_yoy_pct", "rose", "fell",
                    "flat", "rate"));
        }
        Map<String, Object> judged = new LinkedHashMap<>();
        String gap = Numbers.rate(Math.abs(p.gap()));
        if (gap.equals(Numbers.rate(0.0)) || "on_pace".equals(p.status())) {
            judged.put("even", true);
        } else {
            judged.put("ahead".equals(p.status()) ? "ahead" : "behind", true);
            judged.put("gap", numbers.add(gap, p.cell(), "progress_gap_pp", p.gap()));
        }
        item.put(realGrowth ? "target" : "pace", judged);
        return item;
    }

    private List<Progress> progress(String regionCode, int year, int month) {
        return CatalogRows.query(catalog, "select p.indicator_code, i.name_" + lang + " as name, p.unit, p.ytd_value,"
                + " p.ytd_yoy_pct, p.is_synthetic, p.source_file, p.source_line, " + Citations.vintageText("p.vintage")
                + " as vintage, p.progress_basis, p.target_share_pct, p.progress_gap_pp, p.progress_status,"
                + " p.direction = 'at_most' as is_cap,"
                + " coalesce(r.name_" + lang + ", c.name_" + lang + ") as region_name"
                + " from fct_ytd_progress p join dim_indicator i using (indicator_code)"
                + " left join dim_region r on r.region_code = p.region_code left join dim_country c on c.iso3 = p.region_code"
                + " where p.region_code = ? and p.year = ? and p.month = ? order by i.display_order, p.indicator_code",
                List.of(regionCode, year, month), rs -> {
                    Map<String, Object> key = BriefCell.key("region_code", regionCode, "year", year,
                            "month", month);
                    key.put("indicator_code", rs.getString("indicator_code"));
                    return new Progress(rs.getString("indicator_code"), rs.getString("name"), rs.getString("unit"),
                            CatalogRows.number(rs, "ytd_value"), CatalogRows.number(rs, "ytd_yoy_pct"),
                            rs.getBoolean("is_synthetic"), rs.getString("progress_basis"),
                            CatalogRows.number(rs, "target_share_pct"), CatalogRows.number(rs, "progress_gap_pp"),
                            rs.getString("progress_status"), rs.getBoolean("is_cap"), rs.getString("region_name"),
                            new BriefCell(YTD, key, rs.getString("source_file"), BriefComposer.whole(rs, "source_line"),
                                    rs.getString("vintage")));
                });
    }
}
