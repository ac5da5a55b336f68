package org.kaifang.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.kaifang.table.Column.optional;
import static org.kaifang.table.Column.required;
import static org.kaifang.table.ColumnType.BOOLEAN;
import static org.kaifang.table.ColumnType.DOUBLE;
import static org.kaifang.table.ColumnType.INT;
import static org.kaifang.table.ColumnType.LONG;
import static org.kaifang.table.ColumnType.STRING;
import static org.kaifang.table.ColumnType.TIMESTAMP;

/**
 * The tables of the Parquet lake. Every row carries where it came from ({@code source_file},
 * {@code source_line}) and when that version of the file was loaded ({@code vintage}); values
 * are in base units (USD, CNY, or the indicator's count unit).
 */
public enum LakeTable {
    INDICATOR("indicator", "Indicators: names, display unit, kind and growth basis", List.of(
            required("indicator_code", STRING, "indicator code, e.g. fdi_actual"),
            required("name_zh", STRING, "official Chinese name"),
            required("name_en", STRING, "English name"),
            required("domain", STRING, "trade, inward_investment, outbound_investment, macro or exchange"),
            required("unit", STRING, "display unit, e.g. 亿美元"),
            required("base_unit", STRING, "unit of stored values: USD, CNY or the count unit"),
            required("unit_factor", DOUBLE, "base units in one display unit (1e8 for 亿美元)"),
            required("kind", STRING, "flow, stock or count"),
            required("growth_basis", STRING, "nominal, or real where official growth is at comparable prices"),
            optional("caliber_zh", STRING, "口径: what the figure counts and who compiles it, in Chinese"),
            optional("caliber_en", STRING, "口径: what the figure counts and who compiles it, in English"),
            optional("national_code", STRING, "the national indicator of the same 口径 to set this one against"))),
    REGION("region", "Administrative regions (GB/T 2260 codes)", List.of(
            required("region_code", STRING, "six-digit administrative code"),
            required("name_zh", STRING, "Chinese name"),
            required("name_en", STRING, "English name"),
            optional("parent_code", STRING, "code of the enclosing region"),
            required("level", STRING, "province or prefecture"))),
    COUNTRY("country", "ISO 3166-1 countries and territories", List.of(
            required("iso3", STRING, "ISO 3166-1 alpha-3 code"),
            required("iso2", STRING, "ISO 3166-1 alpha-2 code"),
            required("name_zh", STRING, "Chinese name"),
            required("name_en", STRING, "English name"))),
    FX_RATE("fx_rate", "Yearly average yuan per US dollar", List.of(
            required("year", INT, "calendar year"),
            required("cny_per_usd", DOUBLE, "yearly average central parity, CNY per USD"),
            optional("source", STRING, "publication the rate is taken from"),
            optional("note", STRING, "how the rate differs from other published yearly averages"))),
    TRADE_GROUP("trade_group", "Groups that customs breakdowns report together: markets (欧盟, 东盟, RCEP…) and products (农产品…)", List.of(
            required("group_code", STRING, "group code, e.g. eu"),
            required("kind", STRING, "market (the members are partner economies) or product (the members are HS code prefixes)"),
            required("name_zh", STRING, "Chinese name, e.g. 欧盟"),
            required("name_en", STRING, "English name"),
            optional("source", STRING, "where the membership and its dates are taken from"))),
    TRADE_GROUP_MEMBER("trade_group_member", "The members of each trade group and when they belonged to it", List.of(
            required("group_code", STRING, "group code, from trade_group"),
            required("member", STRING, "a market's partner economy (ISO alpha-3), or a product group's HS code prefix"),
            optional("valid_from", TIMESTAMP, "first day of membership (midnight UTC); null: a member from the start"),
            optional("valid_to", TIMESTAMP, "last day of membership (midnight UTC); null: a member still"),
            optional("note", STRING, "why the membership ends or starts when it does"))),
    TRADE_CODE("trade_code", "Customs' codes of trade mode (贸易方式) and enterprise type (企业性质), with the groups bulletins report them in", List.of(
            required("dimension", STRING, "trade_mode or enterprise_type"),
            required("code", STRING, "customs' code, e.g. 10 (一般贸易)"),
            required("name_zh", STRING, "Chinese name"),
            required("name_en", STRING, "English name"),
            required("category_code", STRING, "the group bulletins report the code in, e.g. processing (加工贸易)"),
            required("category_zh", STRING, "the group's Chinese name, e.g. 加工贸易"),
            required("category_en", STRING, "the group's English name"),
            optional("source", STRING, "where the codes and their groups are taken from"))),
    SOURCE_CALENDAR("source_calendar", "When each source is due: its frequency, deadline, grace and the first period the office expects on time", List.of(
            required("source_pattern", STRING, "the source files, a glob relative to the data folder, e.g. sources/trade_flows/*"),
            required("name_zh", STRING, "the source's Chinese name, e.g. 海关进出口数据"),
            required("name_en", STRING, "English name"),
            required("frequency", STRING, "monthly or yearly: the period one delivery covers"),
            optional("due_month", INT, "yearly: month of the following year the delivery is due in; empty for monthly"),
            required("due_day", INT, "day of the month it is due by: monthly, of the month after the period"),
            required("grace_days", INT, "days late a delivery is a warning before it is an error"),
            optional("tracked_from", STRING, "first period expected on time (2026-01, or 2026 for yearly); empty: not tracked"),
            optional("skip_months", STRING, "monthly: months never delivered alone, separated by spaces (1 where 1–2月 is one release)"),
            optional("note", STRING, "who delivers it and where the deadline comes from"))),
    OBSERVATION("observation", "Published figures: one value per region, indicator and period", List.of(
            required("region_code", STRING, "administrative code or ISO alpha-3"),
            required("indicator_code", STRING, "indicator code"),
            required("year", INT, "calendar year"),
            optional("month", INT, "month 1-12 of a cumulative 1-N月 figure; null for a yearly figure"),
            optional("value", DOUBLE, "value in base units; null where the source has no figure"),
            required("base_unit", STRING, "USD, CNY or the count unit"),
            required("declared_unit", STRING, "unit as declared in the source row"),
            optional("reported_yoy_pct", DOUBLE, "year-on-year growth as published, percent"),
            optional("reported_yoy_decimals", INT, "decimal places of the published rate"),
            required("source", STRING, "publication the figure is cited from"),
            optional("precedence", INT, "the file's precedence from its mapping; the higher wins a tie"),
            optional("qualifier", STRING, "qualifier published with the figure: 余, 多, 约, 近, 以上, 以下 or 左右; null for an exact figure"),
            optional("released", TIMESTAMP, "the day the figure was released (midnight UTC); null when the source does not say"),
            optional("release_status", STRING, "the round it was released in: 快报, 初步核算, 初步核实, 最终核实, 年报 or 修订"),
            optional("value_rounding", DOUBLE, "half a unit of the value's last written decimal, in base units: how far the exact figure may lie from it"))),
    TARGET("target", "Targets set for a year", List.of(
            required("region_code", STRING, "administrative code"),
            required("indicator_code", STRING, "indicator code"),
            required("year", INT, "year the target is set for"),
            required("kind", STRING, "growth_pct (value in percent) or level (value in base units)"),
            required("value", DOUBLE, "target value: percent, or base units"),
            required("base_unit", STRING, "% for growth targets, else USD, CNY or the count unit"),
            required("declared_unit", STRING, "unit as declared in the source row"),
            required("binding", STRING, "expected (预期性) or binding (约束性)"),
            required("source_doc", STRING, "document that sets the target"),
            optional("plan_start", INT, "first year of a multi-year plan whose final year is year; null for a yearly target"),
            optional("qualifier", STRING, "the target's wording: 以上 or 不低于 (at least), 以内, 不高于 or 控制在 (at most), 左右 (approximately); null for at least"),
            optional("tolerance_pp", DOUBLE, "points an approximate (左右) target may be missed by and still count as nearly met; null for the default"))),
    TRADE_FLOW("trade_flow", "Customs trade detail by month, partner and HS code", true, List.of(
            required("year", INT, "calendar year"),
            required("month", INT, "month 1-12 (the month's own figure)"),
            required("region_code", STRING, "administrative code"),
            required("partner_iso", STRING, "partner country, ISO alpha-3"),
            required("hs_code", STRING, "HS code, 2 to 10 digits"),
            required("flow", STRING, "export or import"),
            required("value_usd", DOUBLE, "value in US dollars"),
            optional("quantity", DOUBLE, "quantity in the HS code's unit"),
            optional("trade_mode", STRING, "customs' 贸易方式 code, e.g. 10 (一般贸易); null where the file does not give it"),
            optional("enterprise_type", STRING, "customs' 企业性质 code, e.g. 6 (私营企业); null where the file does not give it"))),
    ODI_ENTERPRISE("odi_enterprise", "Enterprises investing abroad (走出去)", List.of(
            required("year", INT, "year of record"),
            required("region_code", STRING, "administrative code of the investing enterprise"),
            required("enterprise", STRING, "enterprise name"),
            required("destination_iso", STRING, "destination country, ISO alpha-3"),
            optional("sector", STRING, "sector of the investment"),
            optional("investment_usd", DOUBLE, "investment in US dollars"),
            required("is_new", BOOLEAN, "true when established abroad in this year"))),
    MART_TRADE_MONTHLY("mart_trade_monthly", "Customs trade detail summed by region, year, month and flow", false, List.of(
            required("source_file", STRING, "the customs detail file summed: each file has marts of its own, which stg_ views add up"),
            required("region_code", STRING, "administrative code"),
            required("year", INT, "calendar year"),
            required("month", INT, "month 1-12 (the month's own figure)"),
            required("flow", STRING, "export or import"),
            required("value_usd", DOUBLE, "value in US dollars"),
            required("records", LONG, "detail records summed"),
            required("vintage", TIMESTAMP, "latest vintage of the detail summed, UTC"))),
    MART_TRADE_PARTNER("mart_trade_partner", "Customs trade detail summed by region, partner, month and flow", false, List.of(
            required("source_file", STRING, "the customs detail file summed: each file has marts of its own, which stg_ views add up"),
            required("region_code", STRING, "administrative code"),
            required("partner_iso", STRING, "partner country, ISO alpha-3"),
            required("year", INT, "calendar year"),
            required("month", INT, "month 1-12 (the month's own figure): breakdowns compare the same months"),
            required("flow", STRING, "export or import"),
            required("value_usd", DOUBLE, "value in US dollars"),
            required("records", LONG, "detail records summed"),
            required("vintage", TIMESTAMP, "latest vintage of the detail summed, UTC"))),
    MART_TRADE_HS("mart_trade_hs", "Customs trade detail summed by region, HS chapter, month and flow", false, List.of(
            required("source_file", STRING, "the customs detail file summed: each file has marts of its own, which stg_ views add up"),
            required("region_code", STRING, "administrative code"),
            required("hs_chapter", STRING, "HS chapter: the first two digits of the HS code"),
            required("year", INT, "calendar year"),
            required("month", INT, "month 1-12 (the month's own figure): breakdowns compare the same months"),
            required("flow", STRING, "export or import"),
            required("value_usd", DOUBLE, "value in US dollars"),
            required("records", LONG, "detail records summed"),
            required("vintage", TIMESTAMP, "latest vintage of the detail summed, UTC"))),
    MART_TRADE_PRODUCT("mart_trade_product", "Customs trade detail summed by region, HS code prefix of a product group, month and flow", false, List.of(
            required("source_file", STRING, "the customs detail file summed: each file has marts of its own, which stg_ views add up"),
            required("region_code", STRING, "administrative code"),
            required("hs_prefix", STRING, "an HS code prefix that is a member of a product group (trade_group_member)"),
            required("year", INT, "calendar year"),
            required("month", INT, "month 1-12 (the month's own figure)"),
            required("flow", STRING, "export or import"),
            required("value_usd", DOUBLE, "value in US dollars"),
            required("records", LONG, "detail records summed"),
            required("vintage", TIMESTAMP, "latest vintage of the detail summed, UTC"))),
    MART_TRADE_CATEGORY("mart_trade_category", "Customs trade detail summed by region and by trade mode or by enterprise type, month and flow", false, List.of(
            required("source_file", STRING, "the customs detail file summed: each file has marts of its own, which stg_ views add up"),
            required("region_code", STRING, "administrative code"),
            required("dimension", STRING, "trade_mode or enterprise_type"),
            optional("code", STRING, "customs' code of the dimension; null where the detail does not give it"),
            required("year", INT, "calendar year"),
            required("month", INT, "month 1-12 (the month's own figure)"),
            required("flow", STRING, "export or import"),
            required("value_usd", DOUBLE, "value in US dollars"),
            required("records", LONG, "detail records summed"),
            required("vintage", TIMESTAMP, "latest vintage of the detail summed, UTC")));

    /** The stamp every lake row carries, after the table's own columns. */
    public static final List<Column> STAMP = List.of(
            required("source_file", STRING, "source file, relative to the data folder"),
            required("source_line", LONG, "line of the row in the source file (1 is the header)"),
            required("vintage", TIMESTAMP, "when this version of the source file was loaded, UTC"));

    private final String tableName;
    private final String description;
    private final boolean stamped;
    private final boolean partitioned;
    private final List<Column> ownColumns;
    private final Map<String, Integer> positions = new HashMap<>();

    LakeTable(String tableName, String description, List<Column> ownColumns) {
        this(tableName, description, true, false, ownColumns);
    }

    /** A detail table loaded in bulk, stored as folders of Parquet files partitioned by year. */
    LakeTable(String tableName, String description, boolean partitioned, List<Column> ownColumns) {
        this(tableName, description, !tableName.startsWith("mart_"), partitioned, ownColumns);
    }

    LakeTable(String tableName, String description, boolean stamped, boolean partitioned, List<Column> ownColumns) {
        this.tableName = tableName;
        this.description = description;
        this.stamped = stamped;
        this.partitioned = partitioned;
        this.ownColumns = ownColumns;
        for (int i = 0; i < ownColumns.size(); i++) {
            positions.put(ownColumns.get(i).name(), i);
        }
    }

    /** The position of one of the table's own columns; a name it does not have fails at once. */
    public int indexOf(String column) {
        Integer position = positions.get(column);
        if (position == null) {
            throw new IllegalArgumentException("lake_" + tableName + " has no column " + column + "; its columns: "
                    + ownColumns.stream().map(Column::name).toList());
        }
        return position;
    }

    /** The names of the table's own columns, in order: the header of a source file that is the table itself. */
    public List<String> ownColumnNames() {
        return ownColumns.stream().map(Column::name).toList();
    }

    /** The table a file names, e.g. {@code mart_trade_hs} for sql/marts/mart_trade_hs.sql. */
    public static LakeTable named(String name) {
        for (LakeTable table : values()) {
            if (table.tableName.equals(name)) {
                return table;
            }
        }
        throw new IllegalArgumentException("no lake table " + name + "; the tables: "
                + Arrays.stream(values()).map(LakeTable::tableName).toList());
    }

    /** Whether rows carry source_file, source_line and vintage: every table loaded from a source. */
    public boolean isStamped() {
        return stamped;
    }

    /** Whether a lake file of this table is a folder of Parquet files partitioned by year. */
    public boolean isPartitioned() {
        return partitioned;
    }

    /** Whether this table holds the sums of a query of {@code sql/marts/}, one file per customs detail file. */
    public boolean isMart() {
        return tableName.startsWith("mart_");
    }

    public String tableName() {
        return tableName;
    }

    public String description() {
        return description;
    }

    /** The table's own columns, without the stamp. */
    public List<Column> ownColumns() {
        return ownColumns;
    }

    /** Every column as stored: the table's own, then the stamp of a table loaded from sources. */
    public List<Column> columns() {
        List<Column> all = new ArrayList<>(ownColumns);
        if (stamped) {
            all.addAll(STAMP);
        }
        return all;
    }
}
