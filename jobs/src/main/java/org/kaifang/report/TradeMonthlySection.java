package org.kaifang.report;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.kaifang.config.Language;

/**
 * 外贸进出口情况(1-N月), a section of the leaders' report read from rpt_trade_monthly: the region's
 * trade to the latest month with customs detail, then by trade mode and enterprise type where the
 * detail gives them, by market and by product group, as a city's 外贸月报 lists them. It picks the
 * lines a leader reads (those with trade, or whose trade stopped) and the notes those lines need.
 */
final class TradeMonthlySection {

    private final Connection catalog;
    private final Language language;
    private final String zh;

    TradeMonthlySection(Connection catalog, Language language) {
        this.catalog = catalog;
        this.language = language;
        this.zh = language == Language.ZH ? "zh" : "en";
    }

    ReportSection of(String regionCode, int year) {
        Citations citations = new Citations();
        String source = language.pick("海关进出口明细", "Customs trade detail");
        int[] month = {12};
        int[] uncodedLimit = {0};
        List<String> breakdowns = new ArrayList<>();
        Set<String> items = new LinkedHashSet<>();
        List<List<ReportCell>> lines = CatalogRows.forRegionYear(catalog, "select month, breakdown, item_code, item_name_" + zh
                + " as item, unit, trade_100m_usd, trade_yoy_pct, trade_note_" + zh + " as trade_note, exports_100m_usd,"
                + " exports_yoy_pct, exports_note_" + zh + " as exports_note, imports_100m_usd, imports_yoy_pct,"
                + " imports_note_" + zh + " as imports_note, share_pct, pull_pp, uncoded_limit_pct, " + Citations.vintageText("vintage")
                + " as vintage, region_code, year"
                + " from rpt_trade_monthly where is_latest_month"
                // a line with trade, or whose trade stopped (-100%); a division the detail does not
                // give (all of it 未注明) says nothing and is left out
                + " and (breakdown = 'total' or (trade_100m_usd > 0 or trade_yoy_pct = -100)"
                + " and not (item_code = 'not_given' and share_pct = 100))"
                + " order by display_order", regionCode, year, rs -> {
                    citations.add(source, rs.getString("vintage"), false);
                    month[0] = rs.getInt("month");
                    uncodedLimit[0] = rs.getInt("uncoded_limit_pct");
                    breakdowns.add(rs.getString("breakdown"));
                    items.add(rs.getString("item_code"));
                    String unit = rs.getString("unit");
                    return List.of(ReportCell.text(rs.getString("item")),
                            ReportCell.amount(CatalogRows.number(rs, "trade_100m_usd"), unit),
                            growth(rs, "trade"),
                            ReportCell.amount(CatalogRows.number(rs, "exports_100m_usd"), unit),
                            growth(rs, "exports"),
                            ReportCell.amount(CatalogRows.number(rs, "imports_100m_usd"), unit),
                            growth(rs, "imports"),
                            ReportCell.share(CatalogRows.number(rs, "share_pct")),
                            ReportCell.rate(CatalogRows.number(rs, "pull_pp")));
                });
        // each breakdown under a line of its own, as bulletins print 按贸易方式分 above its lines
        List<List<ReportCell>> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String breakdown = breakdowns.get(i);
            if (!breakdown.equals("total") && (i == 0 || !breakdown.equals(breakdowns.get(i - 1)))) {
                List<ReportCell> label = new ArrayList<>(List.of(ReportCell.text(breakdownLabel(breakdown))));
                while (label.size() < lines.get(i).size()) {
                    label.add(ReportCell.text(""));
                }
                rows.add(label);
            }
            rows.add(lines.get(i));
        }
        List<String> footnotes = new ArrayList<>(notes(year, month[0], uncodedLimit[0], items));
        footnotes.addAll(citations.footnotes(language));
        return new ReportSection(language.pick("外贸进出口", "Trade breakdown"),
                language.pick("外贸进出口情况(" + ReportSections.period(language, month[0]) + ")", "Foreign trade, " + ReportSections.period(language, month[0]) + " " + year),
                List.of(language.pick("项目", "Item"), language.pick("进出口(亿美元)", "Trade (100 million USD)"),
                        language.pick("增长(%)", "Growth (%)"), language.pick("出口(亿美元)", "Exports (100 million USD)"),
                        language.pick("增长(%)", "Growth (%)"), language.pick("进口(亿美元)", "Imports (100 million USD)"),
                        language.pick("增长(%)", "Growth (%)"), language.pick("占进出口比重(%)", "Share of trade (%)"),
                        language.pick("拉动(百分点)", "Contribution (points)")),
                rows, footnotes);
    }

    /** A flow's growth, or 新增 / 由有到无 where there is no rate, as the partners' section prints it. */
    private static ReportCell growth(ResultSet rs, String flow) throws SQLException {
        Double rate = CatalogRows.number(rs, flow + "_yoy_pct");
        String note = rs.getString(flow + "_note");
        return rate == null && note != null ? ReportCell.text(note) : ReportCell.rate(rate);
    }

    /** What a leader must know to read the lines printed, and only for the lines printed. */
    private List<String> notes(int year, int month, int uncodedLimit, Set<String> items) {
        StringBuilder zhNote = new StringBuilder("注:金额为" + year + "年" + ReportSections.period(language, month) + "累计,增速与上年同期比较,"
                + "拉动为对本地区进出口增长的拉动(百分点)。市场按报告期成员口径计算,上年同期按相同成员比较");
        StringBuilder enNote = new StringBuilder("Note: amounts are for " + ReportSections.period(language, month) + " " + year + ", growth on the"
                + " same months a year before, and the last column the points of the region's trade growth each line gave."
                + " A market group is taken with its members of the period in both years");
        if (items.contains("eu") && (year == 2020 || year == 2021)) {
            zhNote.append("(欧盟自2020年2月起不含英国)");
            enNote.append(" (the EU without the United Kingdom from February 2020)");
        }
        zhNote.append("。");
        enNote.append('.');
        if (items.contains("rcep")) {
            zhNote.append("RCEP其他成员国包括东盟、日本、韩国等,各市场有交叉,不宜相加。");
            enNote.append(" Other RCEP members include ASEAN, Japan and Korea: market lines overlap and do not add up.");
        }
        if (items.contains("latam")) {
            zhNote.append("拉丁美洲含加勒比地区。");
            enNote.append(" Latin America includes the Caribbean.");
        }
        if (items.contains("agri")) {
            zhNote.append("农产品按世贸组织《农业协定》附件1范围并含水产品计算。");
            enNote.append(" Agricultural products are the WTO Agreement on Agriculture's Annex 1 with fish.");
        }
        if (items.contains("not_given")) {
            zhNote.append("未注明为海关明细未列贸易方式或企业性质的部分;未注明超过" + uncodedLimit + "%的分类不计算增速。");
            enNote.append(" Not given is detail without a trade mode or enterprise type; a division more than " + uncodedLimit
                    + "% of which is not given has no growth.");
        }
        return List.of(language.pick(zhNote.toString(), enNote.toString()));
    }

    private String breakdownLabel(String breakdown) {
        return switch (breakdown) {
            case "trade_mode" -> language.pick("按贸易方式分", "By trade mode");
            case "enterprise_type" -> language.pick("按企业性质分", "By enterprise type");
            case "product_group" -> language.pick("按商品类别分", "By product group");
            default -> language.pick("按主要市场分", "By market");
        };
    }

}
