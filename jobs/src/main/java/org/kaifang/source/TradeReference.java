package org.kaifang.source;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.kaifang.config.Messages;
import org.kaifang.reference.Country;
import org.kaifang.table.LakeRow;
import org.kaifang.table.LakeTable;
import org.kaifang.table.ValidRow;

/**
 * The rows of the reference files customs breakdowns read: trade groups (markets, products),
 * their members by date, and customs' codes of trade mode and enterprise type with the groups
 * bulletins report them in. Each row is judged alone here, then the files as a whole: no member
 * twice over the same days, no product prefix under another, one name per code group.
 */
final class TradeReference {

    /** The dimensions of customs detail that reference/trade_code.csv names the codes of. */
    static final List<String> CODE_DIMENSIONS = List.of("trade_mode", "enterprise_type");

    private static final Set<String> GROUP_KINDS = Set.of("market", "product");

    record TradeGroup(String code, String kind, String nameZh, String nameEn, String source) {

        LakeRow lakeRow() {
            return new LakeRow(LakeTable.TRADE_GROUP)
                    .set("group_code", code)
                    .set("kind", kind)
                    .set("name_zh", nameZh)
                    .set("name_en", nameEn)
                    .set("source", source);
        }
    }

    /** A member of a group over a span of days; null ends are open. */
    record GroupMember(String groupCode, String member, LocalDate validFrom, LocalDate validTo, String note) {

        String key() {
            return groupCode + " " + member + " " + validFrom;
        }

        LakeRow lakeRow() {
            return new LakeRow(LakeTable.TRADE_GROUP_MEMBER)
                    .set("group_code", groupCode)
                    .set("member", member)
                    .set("valid_from", micros(validFrom))
                    .set("valid_to", micros(validTo))
                    .set("note", note);
        }
    }

    record TradeCode(String dimension, String code, String nameZh, String nameEn, String categoryCode,
                     String categoryZh, String categoryEn, String source) {

        String key() {
            return dimension + " " + code;
        }

        LakeRow lakeRow() {
            return new LakeRow(LakeTable.TRADE_CODE)
                    .set("dimension", dimension)
                    .set("code", code)
                    .set("name_zh", nameZh)
                    .set("name_en", nameEn)
                    .set("category_code", categoryCode)
                    .set("category_zh", categoryZh)
                    .set("category_en", categoryEn)
                    .set("source", source);
        }
    }

    private TradeReference() {
    }

    static TradeGroup group(SourceRow row) {
        Fields f = new Fields(row);
        String code = f.text("group_code");
        if (!code.matches("[a-z][a-z0-9_]*")) {
            throw f.reject("group_code", Messages.text("reference.group_code"));
        }
        return new TradeGroup(code, f.oneOf("kind", GROUP_KINDS), f.text("name_zh"), f.text("name_en"),
                f.optionalText("source"));
    }

    /** A market's member is a partner economy, a product group's an HS code prefix. */
    static GroupMember member(SourceRow row, Map<String, TradeGroup> groups, Map<String, Country> countries) {
        Fields f = new Fields(row);
        String group = f.text("group_code");
        if (!groups.containsKey(group)) {
            throw f.reject("group_code", Messages.text("reference.group_unknown", group));
        }
        String member = f.text("member");
        boolean product = groups.get(group).kind().equals("product");
        if (product && !member.matches("[0-9]{2}([0-9]{2}){0,4}")) {
            throw f.reject("member", Messages.text("reference.hs_prefix"));
        }
        if (!product && !countries.containsKey(member)) {
            throw f.reject("member", Messages.text("code.unknown_country"));
        }
        LocalDate from = date(f, "valid_from");
        LocalDate to = date(f, "valid_to");
        if (from != null && to != null && to.isBefore(from)) {
            throw f.reject("valid_to", Messages.text("reference.date_order", to, from));
        }
        return new GroupMember(group, member, from, to, f.optionalText("note"));
    }

    static TradeCode code(SourceRow row) {
        Fields f = new Fields(row);
        String dimension = f.oneOf("dimension", new LinkedHashSet<>(CODE_DIMENSIONS));
        String code = f.text("code");
        if (!code.matches("[0-9]{1,2}")) {
            throw f.reject("code", Messages.text("reference.trade_code"));
        }
        String category = f.text("category_code");
        if (!category.matches("[a-z][a-z0-9_]*")) {
            throw f.reject("category_code", Messages.text("reference.category_code"));
        }
        return new TradeCode(dimension, code, f.text("name_zh"), f.text("name_en"), category, f.text("category_zh"),
                f.text("category_en"), f.optionalText("source"));
    }

    /**
     * Within a group no member is listed twice over the same days, and within a product group
     * no prefix lies under another over the same days: a line under both (8471 under 84) would
     * count twice in the group's total. The later line of a pair is named.
     */
    static void refuseOverlaps(List<ValidRow> members, Map<String, TradeGroup> groups) {
        for (ValidRow earlier : members) {
            for (ValidRow later : members) {
                if (later.line() <= earlier.line() || !same(earlier, later, "group_code") || !overlap(earlier, later)) {
                    continue;
                }
                String group = (String) later.row().get("group_code");
                String first = (String) earlier.row().get("member");
                String second = (String) later.row().get("member");
                if (first.equals(second)) {
                    throw new SourceException(later.file(), later.line(), 3, Messages.text("reference.member_overlap",
                            second, group, day(earlier.row().get("valid_from")), day(later.row().get("valid_from"))));
                }
                boolean product = groups.get(group).kind().equals("product");
                String outer = first.length() < second.length() ? first : second;
                String inner = first.length() < second.length() ? second : first;
                if (product && inner.startsWith(outer)) {
                    throw new SourceException(later.file(), later.line(), 2, Messages.text("reference.prefix_nested",
                            inner, outer, group, earlier.line()));
                }
            }
        }
    }

    /** A group of codes (加工贸易) is named the same on every row of it, so bulletins' lines cannot split. */
    static void refuseSplitCategories(List<ValidRow> codes) {
        Map<String, String> names = new TreeMap<>();
        for (ValidRow row : codes) {
            String category = row.row().get("dimension") + " " + row.row().get("category_code");
            String name = row.row().get("category_zh") + " / " + row.row().get("category_en");
            String first = names.putIfAbsent(category, name);
            if (first != null && !first.equals(name)) {
                throw new SourceException(row.file(), row.line(), 6, Messages.text("reference.category_names",
                        row.row().get("category_code"), first, name));
            }
        }
    }

    private static boolean same(ValidRow a, ValidRow b, String column) {
        return a.row().get(column).equals(b.row().get(column));
    }

    /** Whether two members' spans of days share a day; a null end is open. */
    private static boolean overlap(ValidRow a, ValidRow b) {
        Long aFrom = (Long) a.row().get("valid_from");
        Long aTo = (Long) a.row().get("valid_to");
        Long bFrom = (Long) b.row().get("valid_from");
        Long bTo = (Long) b.row().get("valid_to");
        return (aTo == null || bFrom == null || bFrom <= aTo) && (bTo == null || aFrom == null || aFrom <= bTo);
    }

    private static LocalDate date(Fields f, String column) {
        String text = f.optionalText(column);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw f.reject(column, Messages.text("reference.date"));
        }
    }

    /** A day as the lake stores times: microseconds from the epoch at midnight UTC. */
    private static Long micros(LocalDate day) {
        return day == null ? null : ChronoUnit.MICROS.between(Instant.EPOCH, day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static String day(Object micros) {
        return micros == null ? Messages.text("reference.from_start")
                : LocalDate.ofEpochDay(Math.floorDiv((Long) micros, 86_400_000_000L)).toString();
    }
}
