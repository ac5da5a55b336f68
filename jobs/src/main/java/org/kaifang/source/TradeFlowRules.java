package org.kaifang.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.kaifang.config.Messages;
import org.kaifang.table.LakeTable;
import org.kaifang.table.SqlText;

/**
 * The one contract both trade detail engines apply, written twice side by side: as Java for
 * the Spark engine's tasks, and as SQL for the DuckDB engine. A customs detail line is eight
 * comma-separated fields, unquoted and untrimmed, or ten where the file's header adds
 * trade_mode and enterprise_type; the first rule a line breaks rejects it. The engine parity
 * test loads one file both ways and compares rows and rejects.
 */
public final class TradeFlowRules {

    /** A line's fields at most, in order: the lake table's own columns. */
    public static final List<String> COLUMNS = LakeTable.TRADE_FLOW.ownColumnNames();

    /** The fields every file has: the columns up to quantity; trade_mode and enterprise_type may follow. */
    public static final int REQUIRED_FIELDS = COLUMNS.indexOf("quantity") + 1;

    /** The People's Republic's first year: no statistics of this warehouse are older. */
    private static final int FIRST_YEAR = Years.FIRST;

    /** Which rule a line breaks: no rule, so it loads. */
    public static final int LOADS = -1;

    /** Which rule a line breaks: it does not have the header's number of fields. */
    public static final int FIELD_COUNT = 0;

    /**
     * One rule: the column it judges (1-based), why a line breaks it, the Java test that the
     * field passes, and the same test in DuckDB SQL over {@code f}, the line's list of fields,
     * and the fields cast to their enum types ({@link #duckdbTypedFields()}).
     */
    record Rule(int column, String reason, Predicate<String> passes, String sql) {
    }

    private final int lastYear;
    private final Set<String> regions;
    private final Set<String> countries;
    private final Set<String> tradeModes;
    private final Set<String> enterpriseTypes;
    private final int fieldCount;
    private final List<Rule> rules;
    /** The rules of the fields a file's lines have: made once, read for every line. */
    private final List<Rule> lineRules;

    /** Rules for a file of the eight required fields. */
    public TradeFlowRules(int lastYear, Set<String> regions, Set<String> countries) {
        this(lastYear, regions, countries, Set.of(), Set.of(), REQUIRED_FIELDS);
    }

    /**
     * @param regions         codes a region_code may take: administrative codes and ISO alpha-3
     * @param countries       ISO alpha-3 codes a partner may take
     * @param tradeModes      customs' 贸易方式 codes a trade_mode may take
     * @param enterpriseTypes customs' 企业性质 codes an enterprise_type may take
     * @param fields          the fields of each line, as the file's header has them ({@link #fieldsOf})
     */
    public TradeFlowRules(int lastYear, Set<String> regions, Set<String> countries, Set<String> tradeModes,
                          Set<String> enterpriseTypes, int fields) {
        this.lastYear = lastYear;
        this.regions = regions;
        this.countries = countries;
        this.tradeModes = tradeModes;
        this.enterpriseTypes = enterpriseTypes;
        this.fieldCount = fields;
        this.rules = List.of(
                new Rule(1, Messages.text("trade.year", FIRST_YEAR, lastYear),
                        v -> digits(v, 4, 4) && Integer.parseInt(v) >= FIRST_YEAR && Integer.parseInt(v) <= lastYear,
                        "year_known is not null"),
                new Rule(2, Messages.text("trade.month"),
                        v -> digits(v, 1, 2) && Integer.parseInt(v) >= 1 && Integer.parseInt(v) <= 12,
                        "month_known is not null"),
                new Rule(3, Messages.text("code.unknown_region"), regions::contains,
                        "region_code is not null"),
                new Rule(4, Messages.text("code.unknown_country"),
                        countries::contains,
                        "partner_iso is not null"),
                new Rule(5, Messages.text("trade.hs"), v -> digits(v, 2, 10) && v.length() % 2 == 0,
                        "regexp_full_match(f[5], '[0-9]{2}([0-9]{2}){0,4}')"),
                new Rule(6, Messages.text("trade.flow"), v -> v.equals("export") || v.equals("import"),
                        "flow is not null"),
                new Rule(7, Messages.text("trade.value"),
                        TradeFlowRules::amount,
                        "regexp_full_match(f[7], '[0-9]+([.][0-9]+)?')"),
                new Rule(8, Messages.text("trade.quantity"), v -> v.isEmpty() || amount(v),
                        "(f[8] = '' or regexp_full_match(f[8], '[0-9]+([.][0-9]+)?'))"),
                new Rule(9, Messages.text("trade.trade_mode"), v -> v.isEmpty() || tradeModes.contains(v),
                        knownOrEmpty(9, "trade_mode_known", tradeModes)),
                new Rule(10, Messages.text("trade.enterprise_type"), v -> v.isEmpty() || enterpriseTypes.contains(v),
                        knownOrEmpty(10, "enterprise_type_known", enterpriseTypes)));
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (i >= rules.size() || rules.get(i).column() != i + 1) {
                throw new IllegalStateException("customs detail needs one rule per column of lake_trade_flow, in its"
                        + " order: none for " + COLUMNS.get(i));
            }
        }
        this.lineRules = List.copyOf(rules.subList(0, fieldCount));
    }

    /** An optional code: empty, or one of the codes (the typed field {@code key} when there are any). */
    private static String knownOrEmpty(int column, String key, Set<String> codes) {
        String field = "f[" + column + "]";
        return codes.isEmpty() ? "(" + field + " = '')" : "(" + field + " = '' or " + key + " is not null)";
    }

    /**
     * The number of fields a customs detail file's lines have, from its header: the eight
     * required columns, optionally followed by trade_mode and enterprise_type.
     *
     * @throws SourceException naming the file's first line for any other header
     */
    public static int fieldsOf(String sourceName, String header) {
        String text = header.startsWith("\uFEFF") ? header.substring(1) : header;
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        String required = String.join(",", COLUMNS.subList(0, REQUIRED_FIELDS));
        if (text.equals(required)) {
            return REQUIRED_FIELDS;
        }
        if (text.equals(String.join(",", COLUMNS))) {
            return COLUMNS.size();
        }
        throw new SourceException(sourceName, 1, 0, Messages.text("trade.header", required,
                String.join(",", COLUMNS.subList(REQUIRED_FIELDS, COLUMNS.size()))));
    }

    public int lastYear() {
        return lastYear;
    }

    /** The fields of each line of the file these rules judge: 8, or 10 with the codes. */
    public int fieldCount() {
        return fieldCount;
    }

    public Set<String> tradeModes() {
        return tradeModes;
    }

    public Set<String> enterpriseTypes() {
        return enterpriseTypes;
    }

    public Set<String> regions() {
        return regions;
    }

    public Set<String> countries() {
        return countries;
    }

    /** Why a line is rejected, or null when it loads. */
    public Rejection check(String file, long line, String text) {
        String[] fields = text.split(",", -1);
        int column = rejectColumn(fields);
        if (column == LOADS) {
            return null;
        }
        if (column == FIELD_COUNT) {
            return new Rejection(file, line, 0, "line", text, fieldCountReason());
        }
        return new Rejection(file, line, column, COLUMNS.get(column - 1), fields[column - 1], rules.get(column - 1).reason());
    }

    /**
     * The 1-based column of the first rule a line's fields break, {@link #FIELD_COUNT} when
     * there are not as many as the header's, or {@link #LOADS}: for engines that split the
     * line once and go on to parse the same fields.
     */
    public int rejectColumn(String[] fields) {
        if (fields.length != fieldCount) {
            return FIELD_COUNT;
        }
        for (Rule rule : lineRules) {
            if (!rule.passes().test(fields[rule.column() - 1])) {
                return rule.column();
            }
        }
        return LOADS;
    }

    /** Whether a field is min..max ASCII digits: the SQL twins' {@code [0-9]{min,max}}. */
    private static boolean digits(String value, int min, int max) {
        int length = value.length();
        return length >= min && length <= max && digitsBetween(value, 0, length);
    }

    /** Whether a field reads {@code [0-9]+(.[0-9]+)?}: digits, then at most one point with digits after it. */
    private static boolean amount(String value) {
        int length = value.length();
        int point = value.indexOf('.');
        int whole = point < 0 ? length : point;
        return whole > 0 && digitsBetween(value, 0, whole)
                && (point < 0 || point < length - 1 && digitsBetween(value, point + 1, length));
    }

    private static boolean digitsBetween(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private String fieldCountReason() {
        return Messages.text("trade.fields", fieldCount, String.join(",", COLUMNS.subList(0, fieldCount)));
    }

    /**
     * The enum types the SQL rules' fields are cast to. A cast to an enum is an exact, hashed
     * test of membership, cheaper than a pattern: the year and month types list every string the
     * Java patterns accept ("1900".."lastYear"; "1".."12" and "01".."09"), nothing more.
     */
    public List<String> duckdbTypes() {
        List<String> years = IntStream.rangeClosed(FIRST_YEAR, lastYear).mapToObj(String::valueOf).toList();
        List<String> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(String.valueOf(month));
            if (month < 10) {
                months.add("0" + month);
            }
        }
        List<String> types = new ArrayList<>(List.of(
                enumType("trade_year", years),
                enumType("trade_month", months),
                enumType("known_region", regions.stream().sorted().toList()),
                enumType("known_country", countries.stream().sorted().toList()),
                enumType("trade_flow_direction", List.of("export", "import"))));
        if (!tradeModes.isEmpty()) {
            types.add(enumType("known_trade_mode", tradeModes.stream().sorted().toList()));
        }
        if (!enterpriseTypes.isEmpty()) {
            types.add(enumType("known_enterprise_type", enterpriseTypes.stream().sorted().toList()));
        }
        return types;
    }

    private static String enumType(String name, List<String> values) {
        return "create type " + name + " as enum (" + values.stream().map(SqlText::literal)
                .collect(Collectors.joining(", ")) + ")";
    }

    /**
     * The fields the SQL rules test by membership, each cast once to its enum type of
     * {@link #duckdbTypes()}: a select list over {@code f}, the line's list of fields, naming
     * what {@link #duckdbRejectColumn()} reads. A cast is null where the field is not a
     * member. The engine writes region, partner and flow as cast here, so no code is cast
     * twice; each code's membership test is a hashed lookup in its enum.
     */
    public String duckdbTypedFields() {
        List<String> fields = new ArrayList<>(List.of(
                "try_cast(f[1] as trade_year) as year_known",
                "try_cast(f[2] as trade_month) as month_known",
                "try_cast(f[3] as known_region) as region_code",
                "try_cast(f[4] as known_country) as partner_iso",
                "try_cast(f[6] as trade_flow_direction) as flow"));
        if (fieldCount > REQUIRED_FIELDS && !tradeModes.isEmpty()) {
            fields.add("try_cast(f[9] as known_trade_mode) as trade_mode_known");
        }
        if (fieldCount > REQUIRED_FIELDS && !enterpriseTypes.isEmpty()) {
            fields.add("try_cast(f[10] as known_enterprise_type) as enterprise_type_known");
        }
        return String.join(", ", fields);
    }

    /**
     * The same rules in DuckDB SQL: the 1-based column of the first rule broken, or null;
     * 0 for a line without the header's number of fields. Reads {@code f}, the list of fields,
     * and the typed fields of {@link #duckdbTypedFields()}.
     */
    public String duckdbRejectColumn() {
        StringBuilder sql = new StringBuilder("case when len(f) <> ").append(fieldCount).append(" then 0");
        for (Rule rule : lineRules) {
            sql.append(" when not coalesce(").append(rule.sql()).append(", false) then ").append(rule.column());
        }
        return sql.append(" end").toString();
    }

    /** The name of each reject column ("line" for 0), in DuckDB SQL. */
    public String duckdbColumnName(String columnExpression) {
        return "(['line', " + COLUMNS.stream().map(SqlText::literal).collect(Collectors.joining(", "))
                + "])[" + columnExpression + " + 1]";
    }

    /** The reason for each reject column, in DuckDB SQL. */
    public String duckdbReason(String columnExpression) {
        StringBuilder sql = new StringBuilder("case ").append(columnExpression)
                .append(" when 0 then ").append(SqlText.literal(fieldCountReason()));
        for (Rule rule : rules) {
            sql.append(" when ").append(rule.column()).append(" then ").append(SqlText.literal(rule.reason()));
        }
        return sql.append(" end").toString();
    }

}
