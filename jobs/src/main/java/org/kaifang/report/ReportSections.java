package org.kaifang.report;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kaifang.config.Language;

/**
 * The tables a leaders' report shows beside the trend table, each read from its report view
 * for one region and year: progress within the year against 序时进度 (rpt_ytd_progress), the
 * city against the nation and the province (rpt_national_comparison), the city's rank in the
 * province (rpt_region_rank), foreign trade by trade mode, enterprise type, market and product
 * from January ({@link TradeMonthlySection}), leading trade partners (rpt_trade_partner)
 * and where new overseas enterprises went (rpt_odi_destination). A table without rows for the
 * region and year is left out. Every figure is a view's; this class only picks labels.
 */
final class ReportSections {

    private final Connection catalog;
    private final Language language;
    private final String zh;

    ReportSections(Connection catalog, Language language) {
        this.catalog = catalog;
        this.language = language;
        this.zh = language == Language.ZH ? "zh" : "en";
    }

    List<ReportSection> of(String regionCode, int year) {
        List<ReportSection> sections = new ArrayList<>();
        for (ReportSection section : List.of(ytdProgress(regionCode, year), nationalComparison(regionCode, year),
                regionRank(regionCode, year), new TradeMonthlySection(catalog, language).of(regionCode, year),
                tradePartners(regionCode, year),
                odiDestinations(regionCode, year))) {
            if (!section.rows().isEmpty()) {
                sections.add(section);
            }
        }
        return sections;
    }

    private ReportSection ytdProgress(String regionCode, int year) {
        Citations citations = new Citations();
        boolean[] realGrowth = {false};
        boolean[] stock = {false};
        List<List<ReportCell>> rows = CatalogRows.forRegionYear(catalog, "select indicator_name_" + zh + ", unit, month, ytd_value,"
                + " ytd_yoy_pct, elapsed_pct, target_kind, target_value, target_share_pct, progress_gap_pp,"
                + " progress_status_" + zh + ", progress_status, source, " + Citations.vintageText("vintage")
                + ", is_synthetic, progress_basis, region_code, year from rpt_ytd_progress"
                + " order by display_order, indicator_code", regionCode, year, rs -> {
                    citations.add(rs.getString(13), rs.getString(14), rs.getBoolean(15));
                    String unit = rs.getString(2);
                    boolean growthTarget = "growth_pct".equals(rs.getString(7));
                    String status = rs.getString(12);
                    if ("real_growth".equals(rs.getString(16)) && rs.getString(7) != null) {
                        realGrowth[0] = true;
                    }
                    if ("stock_increment".equals(rs.getString(16)) && rs.getString(7) != null) {
                        stock[0] = true;
                    }
                    return List.of(ReportCell.text(rs.getString(1)), ReportCell.text(unit),
                            ReportCell.text(period(rs.getInt(3))),
                            ReportCell.amount(CatalogRows.number(rs, 4), unit),
                            ReportCell.rate(CatalogRows.number(rs, 5)),
                            ReportCell.rate(CatalogRows.number(rs, 6)),
                            growthTarget ? ReportCell.rate(CatalogRows.number(rs, 8))
                                    : ReportCell.amount(CatalogRows.number(rs, 8), unit),
                            ReportCell.text(rs.getString(7) == null ? "" : growthTarget ? "%" : unit),
                            ReportCell.rate(CatalogRows.number(rs, 9)),
                            ReportCell.rate(CatalogRows.number(rs, 10)),
                            ReportCell.status(rs.getString(11), "behind".equals(status)
                                    ? ReportCell.Kind.BAD : ReportCell.Kind.GOOD));
                });
        List<String> footnotes = new ArrayList<>(citations.footnotes(language));
        if (stock[0]) {
            footnotes.add(0, language.pick(
                    "境外企业累计等存量指标:完成全年目标的比例自上年末起算,即(本期末 − 上年末)÷(目标 − 上年末)。",
                    "Stocks (overseas enterprises in total): the share of the target is measured from last"
                            + " year-end, (now - last year-end) / (target - last year-end)."));
        }
        if (realGrowth[0]) {
            footnotes.add(0, language.pick(
                    "地区生产总值按可比价计算:累计增速与目标增速比较,差值以百分点计,不计算完成全年目标的比例。",
                    "GDP grows at comparable prices: its growth so far is set against the target growth, in"
                            + " points; no share of a level is computed."));
        }
        return new ReportSection(language.pick("序时进度", "Year to date"), language.pick("年内累计进度(对照序时进度)", "Progress within the year against time elapsed"),
                List.of(language.pick("指标", "Indicator"), language.pick("单位", "Unit"),
                        language.pick("累计期间", "Period"), language.pick("累计值", "Year to date"),
                        language.pick("累计增长(%)", "Growth year to date (%)"),
                        language.pick("序时进度(%)", "Year elapsed (%)"), language.pick("全年目标", "Year's target"),
                        language.pick("目标单位", "Target unit"),
                        language.pick("完成全年目标(%)", "Share of target reached (%)"),
                        language.pick("与序时进度差(百分点)", "Ahead of time elapsed (points)"),
                        language.pick("进度", "Pace")),
                rows, footnotes);
    }

    /** 1-N月 as bulletins name it: 1-2月 is one release; a lone January (customs) is 1月. */
    private String period(int month) {
        return period(language, month);
    }

    static String period(Language language, int month) {
        return month == 1 ? language.pick("1月", "Jan") : language.pick("1-" + month + "月", "Jan-" + month(month));
    }

    /**
     * The region against the nation and its province, indicator by indicator, only where a
     * series of the same 口径 exists. The region's figures are the main table's, cited there; the
     * nation's and the province's are cited here, with each indicator's 口径. Columns are read by
     * name: twenty positions would be one misplaced number away from a wrong figure.
     */
    private ReportSection nationalComparison(String regionCode, int year) {
        Citations citations = new Citations();
        Map<String, String> calibers = new LinkedHashMap<>();
        List<List<ReportCell>> rows = CatalogRows.forRegionYear(catalog, "select indicator_name_" + zh + " as name, unit,"
                + " value, qualifier, yoy_pct, nation_indicator_name_" + zh + " as nation_name, nation_unit, nation_value,"
                + " nation_yoy_pct, share_of_nation_pct, growth_vs_nation_pp, province_value, province_yoy_pct,"
                + " share_of_province_pct, growth_vs_province_pp, nation_source, province_source, "
                + Citations.vintageText("vintage") + " as vintage, is_synthetic, caliber_" + zh + " as caliber, region_code, year"
                + " from rpt_national_comparison order by display_order, indicator_code",
                regionCode, year, rs -> {
                    citations.add(rs.getString("nation_source"), rs.getString("vintage"), rs.getBoolean("is_synthetic"));
                    citations.add(rs.getString("province_source"), rs.getString("vintage"), false);
                    String name = rs.getString("name");
                    if (rs.getString("caliber") != null) {
                        calibers.put(name, rs.getString("caliber"));
                    }
                    String unit = rs.getString("unit");
                    String nationUnit = rs.getString("nation_unit");
                    String nationName = rs.getString("nation_name");
                    return List.of(ReportCell.text(name), ReportCell.text(unit),
                            ReportCell.amount(CatalogRows.number(rs, "value"), unit, rs.getString("qualifier")),
                            ReportCell.rate(CatalogRows.number(rs, "yoy_pct")),
                            ReportCell.text(nationName.equals(name) ? nationUnit
                                    : nationName + language.pick("(", " (") + nationUnit + ")"),
                            ReportCell.amount(CatalogRows.number(rs, "nation_value"), nationUnit),
                            ReportCell.rate(CatalogRows.number(rs, "nation_yoy_pct")),
                            ReportCell.share(CatalogRows.number(rs, "share_of_nation_pct")),
                            ReportCell.rate(CatalogRows.number(rs, "growth_vs_nation_pp")),
                            ReportCell.amount(CatalogRows.number(rs, "province_value"), unit),
                            ReportCell.rate(CatalogRows.number(rs, "province_yoy_pct")),
                            ReportCell.share(CatalogRows.number(rs, "share_of_province_pct")),
                            ReportCell.rate(CatalogRows.number(rs, "growth_vs_province_pp")));
                });
        boolean province = rows.stream().anyMatch(r -> r.get(9).value() != null || r.get(10).value() != null);
        List<String> footnotes = new ArrayList<>(List.of(language.pick(
                "本地区数值与增速见主要指标表,来源见该表;全国数为世界银行最新修订数。增速差为两个增速按表列一位小数相减,"
                        + "正数为高于、负数为低于。单位不同的(地区生产总值以亿元计、全国以亿美元计)只比较增速,不计算比重。",
                "The region's values and growth are the main table's, cited there; the nation's are the World"
                        + " Bank's latest revision. A growth difference subtracts the two rates as listed (1 place),"
                        + " positive when faster. Where the units differ (GDP in yuan against the nation's in US"
                        + " dollars) only growth is compared, no share.")));
        calibers.forEach((name, caliber) -> footnotes.add(Citations.caliber(name, caliber, language)));
        citations.sources(language).forEach(source -> footnotes.add(
                language.pick("全国、全省数据来源:", "National and provincial figures: ") + source));
        if (citations.synthetic()) {
            footnotes.add(Citations.syntheticNote(language));
        }
        List<String> header = List.of(language.pick("指标", "Indicator"), language.pick("单位", "Unit"),
                language.pick("本地区", "This region"), language.pick("比上年增长(%)", "Growth (%)"),
                language.pick("全国指标(单位)", "National series (unit)"), language.pick("全国", "Nation"),
                language.pick("全国增长(%)", "National growth (%)"),
                language.pick("占全国比重(%)", "Share of the nation (%)"),
                language.pick("增速与全国差(百分点)", "Growth minus the nation's (points)"),
                language.pick("全省", "Province"), language.pick("全省增长(%)", "Provincial growth (%)"),
                language.pick("占全省比重(%)", "Share of the province (%)"),
                language.pick("增速与全省差(百分点)", "Growth minus the province's (points)"));
        if (!province) {
            // no provincial figure for any indicator: the columns would only ever be empty
            return new ReportSection(language.pick("与全国比较", "Against the nation"),
                    language.pick("与全国比较", "Against the nation"), header.subList(0, 9),
                    rows.stream().map(r -> r.subList(0, 9)).toList(), footnotes);
        }
        return new ReportSection(language.pick("与全国比较", "Against the nation"),
                language.pick("与全国、全省比较", "Against the nation and the province"), header, rows, footnotes);
    }

    private ReportSection regionRank(String regionCode, int year) {
        Set<String> syntheticRegions = new LinkedHashSet<>();
        List<List<ReportCell>> rows = CatalogRows.forRegionYear(catalog, "select indicator_name_" + zh + ", unit, value,"
                + " level_rank, cities_ranked, yoy_pct, growth_rank, share_pct, synthetic_regions_" + zh + ","
                + " contribution_pct, pull_pp, qualifier, region_code, year from rpt_region_rank"
                + " order by display_order, indicator_code",
                regionCode, year, rs -> {
                    if (rs.getString(9) != null) {
                        syntheticRegions.addAll(List.of(rs.getString(9).split(language.pick("、", ", "))));
                    }
                    String unit = rs.getString(2);
                    return List.of(ReportCell.text(rs.getString(1)), ReportCell.text(unit),
                            ReportCell.amount(CatalogRows.number(rs, 3), unit, rs.getString(12)),
                            ReportCell.count((Number) rs.getObject(4)), ReportCell.count((Number) rs.getObject(5)),
                            ReportCell.rate(CatalogRows.number(rs, 6)), ReportCell.count((Number) rs.getObject(7)),
                            ReportCell.share(CatalogRows.number(rs, 8)), ReportCell.rate(CatalogRows.number(rs, 10)),
                            ReportCell.rate(CatalogRows.number(rs, 11)));
                });
        // the values and rates are the trend table's own, whose footnotes cite them
        List<String> footnotes = new ArrayList<>(List.of(language.pick(
                "位次:在全省有该指标数据的市州中的名次,1 为最大(最快);数值与增速见主要指标表,来源见该表。"
                        + "贡献率:本市增量占全省增量的比重;拉动:本市增量占全省上年总量的百分点。",
                "Rank: place among the province's cities with a figure, 1 = largest (fastest); values and"
                        + " growth are the trend table's, cited there. Contribution: the city's share of the"
                        + " province's change; pull: the city's change in points of the province's last-year level.")));
        if (!syntheticRegions.isEmpty()) {
            // a rank uses every city's figure: name whose are synthetic, the city's own or a neighbour's
            String names = String.join(language.pick("、", ", "), syntheticRegions);
            footnotes.add(language.pick("注:位次、比重和贡献率所依据的" + names + "数据为合成数据(synthetic),仅供测试,不是公布数。",
                    "Note: the ranks, shares and contributions use synthetic figures of " + names
                            + " (generated for testing), not published figures."));
        }
        return new ReportSection(language.pick("全省位次", "Provincial rank"), language.pick("在全省的位次", "Rank in the province"),
                List.of(language.pick("指标", "Indicator"), language.pick("单位", "Unit"),
                        language.pick("数值", "Value"), language.pick("全省位次", "Rank"),
                        language.pick("参与排名市州数", "Cities ranked"),
                        language.pick("比上年增长(%)", "Growth on previous year (%)"),
                        language.pick("增速位次", "Growth rank"),
                        language.pick("占全省比重(%)", "Share of province (%)"),
                        language.pick("贡献率(%)", "Contribution (%)"),
                        language.pick("拉动(百分点)", "Pull (points)")),
                rows, footnotes);
    }

    private ReportSection tradePartners(String regionCode, int year) {
        Citations citations = new Citations();
        String source = language.pick("海关进出口明细", "Customs trade detail");
        int[] months = {12};
        boolean[] fromJanuary = {true};
        List<List<ReportCell>> rows = CatalogRows.forRegionYear(catalog, "select rank, partner_name_" + zh + ", unit,"
                + " trade_100m_usd, exports_100m_usd, imports_100m_usd, share_pct, yoy_pct, "
                + Citations.vintageText("vintage") + ", months_covered, presence_note_" + zh + ", months_from_january,"
                + " region_code, year from rpt_trade_partner"
                + " order by rank, partner_iso", regionCode, year, rs -> {
                    citations.add(source, rs.getString(9), false);
                    months[0] = rs.getInt(10);
                    fromJanuary[0] = rs.getBoolean(12);
                    String unit = rs.getString(3);
                    Double growth = CatalogRows.number(rs, 8);
                    return List.of(ReportCell.count((Number) rs.getObject(1)), ReportCell.text(rs.getString(2)),
                            ReportCell.amount(CatalogRows.number(rs, 4), unit),
                            ReportCell.amount(CatalogRows.number(rs, 5), unit),
                            ReportCell.amount(CatalogRows.number(rs, 6), unit),
                            ReportCell.share(CatalogRows.number(rs, 7)),
                            growth == null && rs.getString(11) != null ? ReportCell.text(rs.getString(11))
                                    : ReportCell.rate(growth));
                });
        List<String> footnotes = new ArrayList<>(citations.footnotes(language));
        if (months[0] < 12 && fromJanuary[0]) {
            footnotes.add(0, language.pick("注:海关明细只有" + year + "年1-" + months[0] + "月,金额为1-" + months[0]
                            + "月累计,增速与上年同期(1-" + months[0] + "月)比较。",
                    "Note: customs detail covers January-" + month(months[0]) + " " + year + " only: amounts are"
                            + " for those months, growth is on the same months a year before."));
        } else if (months[0] < 12) {
            footnotes.add(0, language.pick("注:海关明细只有" + year + "年中的" + months[0] + "个月(有缺月),金额为这些月份合计,"
                            + "增速与上年相同月份比较。",
                    "Note: customs detail covers " + months[0] + " months of " + year + " with a gap: amounts are"
                            + " for those months, growth is on the same months a year before."));
        }
        return new ReportSection(language.pick("贸易伙伴", "Trade partners"), language.pick("主要贸易伙伴", "Leading trade partners"),
                List.of(language.pick("位次", "Rank"), language.pick("贸易伙伴", "Partner"),
                        language.pick("进出口(亿美元)", "Trade (100 million USD)"),
                        language.pick("出口(亿美元)", "Exports (100 million USD)"),
                        language.pick("进口(亿美元)", "Imports (100 million USD)"),
                        language.pick("占进出口比重(%)", "Share of trade (%)"),
                        language.pick("比上年同期增长(%)", "Growth on the same period (%)")),
                rows, footnotes);
    }

    private ReportSection odiDestinations(String regionCode, int year) {
        Citations citations = new Citations();
        List<List<ReportCell>> rows = CatalogRows.forRegionYear(catalog, "select rank, destination_name_" + zh + ","
                + " new_enterprises, investment_10k_usd, investment_unit, share_pct, source_files, "
                + Citations.vintageText("vintage") + ", region_code, year from rpt_odi_destination"
                + " order by rank, destination_iso", regionCode, year, rs -> {
                    citations.add(rs.getString(7), rs.getString(8), false);
                    return List.of(ReportCell.count((Number) rs.getObject(1)), ReportCell.text(rs.getString(2)),
                            ReportCell.count((Number) rs.getObject(3)),
                            ReportCell.amount(CatalogRows.number(rs, 4), rs.getString(5)),
                            ReportCell.share(CatalogRows.number(rs, 6)));
                });
        return new ReportSection(language.pick("境外企业", "Overseas enterprises"), language.pick("新增境外企业的投资目的地", "Where new overseas enterprises went"),
                List.of(language.pick("位次", "Rank"), language.pick("目的地", "Destination"),
                        language.pick("新增境外企业(家)", "New overseas enterprises"),
                        language.pick("投资额(万美元)", "Investment (10 thousand USD)"),
                        language.pick("占新增企业比重(%)", "Share of new enterprises (%)")),
                rows, citations.footnotes(language));
    }

    private static String month(int month) {
        return Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
