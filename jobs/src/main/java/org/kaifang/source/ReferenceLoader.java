package org.kaifang.source;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.kaifang.config.Messages;
import org.kaifang.reference.Country;
import org.kaifang.reference.Indicator;
import org.kaifang.reference.ReferenceData;
import org.kaifang.reference.Region;
import org.kaifang.reference.Unit;
import org.kaifang.table.Fingerprint;
import org.kaifang.table.LakeRow;
import org.kaifang.table.LakeTable;
import org.kaifang.table.ValidRow;

/**
 * Loads {@code data/reference/}. Reference tables must be perfect: the first bad row stops
 * the load with its file, line and column, since every source row is judged against them.
 */
public final class ReferenceLoader {

    public static final List<String> FILES = List.of("indicator.csv", "region.csv", "country.csv", "fx_rate.csv");

    /** Files a data folder may leave out: without them no trade groups (欧盟, 东盟…) are reported. */
    public static final List<String> OPTIONAL_FILES = List.of("trade_group.csv", "trade_group_member.csv", "trade_code.csv");

    private static final Set<String> GROUP_KINDS = Set.of("market", "product");

    /** The dimensions of customs detail that reference/trade_code.csv names the codes of. */
    public static final List<String> TRADE_CODE_DIMENSIONS = List.of("trade_mode", "enterprise_type");

    private static final Set<String> KINDS = Set.of("flow", "stock", "count");
    private static final Set<String> GROWTH_BASES = Set.of("nominal", "real");
    private static final Set<String> DOMAINS =
            Set.of("trade", "inward_investment", "outbound_investment", "macro", "exchange");
    private static final Set<String> LEVELS = Set.of("province", "prefecture", "county");

    private final Path dataDir;

    public ReferenceLoader(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** The fingerprint of the reference files' bytes, without parsing them. */
    public String fingerprint() {
        List<Path> files = new ArrayList<>(FILES.stream().map(f -> dataDir.resolve("reference").resolve(f)).toList());
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new SourceException(name(file), 0, 0, Messages.text("reference.missing"));
            }
        }
        OPTIONAL_FILES.stream().map(f -> dataDir.resolve("reference").resolve(f)).filter(Files::isRegularFile)
                .forEach(files::add);
        return Fingerprint.ofFiles(files);
    }

    /** Copies a reference folder's files, the optional ones where present: a generated data folder's reference. */
    public static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (String file : FILES) {
            Files.copy(from.resolve(file), to.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        for (String file : OPTIONAL_FILES) {
            if (Files.isRegularFile(from.resolve(file))) {
                Files.copy(from.resolve(file), to.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    public ReferenceData load() {
        String sha256 = fingerprint();
        Map<LakeTable, List<ValidRow>> lakeRows = new EnumMap<>(LakeTable.class);

        Map<String, Indicator> indicators = read("indicator.csv", LakeTable.INDICATOR, lakeRows,
                List.of("indicator_code", "name_zh", "name_en", "domain", "unit", "kind", "growth_basis"),
                List.of("caliber_zh", "caliber_en", "national_code"),
                ReferenceLoader::indicator, Indicator::code, i -> new LakeRow(LakeTable.INDICATOR)
                        .set("indicator_code", i.code())
                        .set("name_zh", i.nameZh())
                        .set("name_en", i.nameEn())
                        .set("domain", i.domain())
                        .set("unit", i.unit())
                        .set("base_unit", i.baseUnit())
                        .set("unit_factor", i.unitFactor().doubleValue())
                        .set("kind", i.kind())
                        .set("growth_basis", i.growthBasis())
                        .set("caliber_zh", i.caliberZh())
                        .set("caliber_en", i.caliberEn())
                        .set("national_code", i.nationalCode()));
        Map<String, Region> regions = read("region.csv", LakeTable.REGION, lakeRows,
                List.of("region_code", "name_zh", "name_en", "parent_code", "level"), List.of(),
                ReferenceLoader::region, Region::code, r -> new LakeRow(LakeTable.REGION)
                        .set("region_code", r.code())
                        .set("name_zh", r.nameZh())
                        .set("name_en", r.nameEn())
                        .set("parent_code", r.parentCode())
                        .set("level", r.level()));
        Map<String, Country> countries = read("country.csv", LakeTable.COUNTRY, lakeRows,
                List.of("iso3", "iso2", "name_zh", "name_en"), List.of(),
                ReferenceLoader::country, Country::iso3, c -> new LakeRow(LakeTable.COUNTRY)
                        .set("iso3", c.iso3())
                        .set("iso2", c.iso2())
                        .set("name_zh", c.nameZh())
                        .set("name_en", c.nameEn()));
        Map<Integer, FxRate> rates = read("fx_rate.csv", LakeTable.FX_RATE, lakeRows,
                List.of("year", "cny_per_usd"), List.of("source", "note"),
                ReferenceLoader::fxRate, FxRate::year, r -> new LakeRow(LakeTable.FX_RATE)
                        .set("year", r.year())
                        .set("cny_per_usd", r.cnyPerUsd())
                        .set("source", r.source())
                        .set("note", r.note()));

        // a figure is only ever set against a series of the same 口径: one that exists, and grows on the same basis
        for (ValidRow row : lakeRows.get(LakeTable.INDICATOR)) {
            Indicator indicator = indicators.get((String) row.row().get("indicator_code"));
            Indicator national = indicators.get(indicator.nationalCode());
            if (national == null || !national.growthBasis().equals(indicator.growthBasis())) {
                throw new SourceException(row.file(), row.line(), 0,
                        Messages.text("reference.national_code", indicator.code(), indicator.nationalCode()));
            }
        }
        for (Region region : regions.values()) {
            if (region.parentCode() != null && !regions.containsKey(region.parentCode())) {
                throw new SourceException("reference/region.csv", 0, 4, Messages.text("reference.parent", region.code(), region.parentCode()));
            }
        }
        readTradeGroups(countries, lakeRows);
        Map<String, Set<String>> tradeCodes = readTradeCodes(lakeRows);
        Map<Integer, Double> cnyPerUsd = new TreeMap<>();
        rates.values().forEach(r -> cnyPerUsd.put(r.year(), r.cnyPerUsd()));
        return new ReferenceData(indicators, regions, countries, cnyPerUsd, tradeCodes, sha256, lakeRows);
    }

    private record FxRate(int year, double cnyPerUsd, String source, String note) {
    }

    private record TradeGroup(String code, String kind, String nameZh, String nameEn, String source) {
    }

    /** A member of a group over a span of days; null ends are open. */
    private record GroupMember(String groupCode, String member, LocalDate validFrom, LocalDate validTo, String note) {
    }

    /**
     * The trade groups and their members, when the data folder has them: a member belongs to a
     * group over days that no other row of the same member and group also covers.
     */
    private void readTradeGroups(Map<String, Country> countries, Map<LakeTable, List<ValidRow>> lakeRows) {
        Map<String, TradeGroup> groups = readIfPresent("trade_group.csv", LakeTable.TRADE_GROUP, lakeRows,
                List.of("group_code", "kind", "name_zh", "name_en"), List.of("source"),
                ReferenceLoader::tradeGroup, TradeGroup::code, g -> new LakeRow(LakeTable.TRADE_GROUP)
                        .set("group_code", g.code())
                        .set("kind", g.kind())
                        .set("name_zh", g.nameZh())
                        .set("name_en", g.nameEn())
                        .set("source", g.source()));
        readIfPresent("trade_group_member.csv", LakeTable.TRADE_GROUP_MEMBER, lakeRows,
                List.of("group_code", "member"), List.of("valid_from", "valid_to", "note"),
                row -> groupMember(row, groups, countries), m -> m.groupCode() + " " + m.member() + " " + m.validFrom(),
                m -> new LakeRow(LakeTable.TRADE_GROUP_MEMBER)
                        .set("group_code", m.groupCode())
                        .set("member", m.member())
                        .set("valid_from", micros(m.validFrom()))
                        .set("valid_to", micros(m.validTo()))
                        .set("note", m.note()));
        refuseNestedPrefixes(lakeRows.get(LakeTable.TRADE_GROUP_MEMBER), groups);
        Map<String, ValidRow> latest = new TreeMap<>();
        List<ValidRow> byStart = new ArrayList<>(lakeRows.get(LakeTable.TRADE_GROUP_MEMBER));
        byStart.sort(Comparator.comparing((ValidRow r) -> (Long) r.row().get("valid_from"),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        for (ValidRow row : byStart) {
            String key = row.row().get("group_code") + " " + row.row().get("member");
            ValidRow before = latest.put(key, row);
            if (before == null) {
                continue;
            }
            Long end = (Long) before.row().get("valid_to");
            Long start = (Long) row.row().get("valid_from");
            if (end == null || start == null || start <= end) {
                throw new SourceException(row.file(), row.line(), 3, Messages.text("reference.member_overlap",
                        row.row().get("member"), row.row().get("group_code"), day(before.row().get("valid_from")),
                        day(start)));
            }
        }
    }

    private record TradeCode(String dimension, String code, String nameZh, String nameEn, String categoryCode,
                             String categoryZh, String categoryEn, String source) {
    }

    /**
     * Customs' codes of trade mode and enterprise type, by dimension; a group (category) is named
     * the same on every row of it, so bulletins' lines cannot split.
     */
    private Map<String, Set<String>> readTradeCodes(Map<LakeTable, List<ValidRow>> lakeRows) {
        Map<String, TradeCode> codes = readIfPresent("trade_code.csv", LakeTable.TRADE_CODE, lakeRows,
                List.of("dimension", "code", "name_zh", "name_en", "category_code", "category_zh", "category_en"),
                List.of("source"), ReferenceLoader::tradeCode, c -> c.dimension() + " " + c.code(),
                c -> new LakeRow(LakeTable.TRADE_CODE)
                        .set("dimension", c.dimension())
                        .set("code", c.code())
                        .set("name_zh", c.nameZh())
                        .set("name_en", c.nameEn())
                        .set("category_code", c.categoryCode())
                        .set("category_zh", c.categoryZh())
                        .set("category_en", c.categoryEn())
                        .set("source", c.source()));
        Map<String, String> categoryNames = new TreeMap<>();
        for (ValidRow row : lakeRows.get(LakeTable.TRADE_CODE)) {
            String category = row.row().get("dimension") + " " + row.row().get("category_code");
            String names = row.row().get("category_zh") + " / " + row.row().get("category_en");
            String first = categoryNames.putIfAbsent(category, names);
            if (first != null && !first.equals(names)) {
                throw new SourceException(row.file(), row.line(), 6, Messages.text("reference.category_names",
                        row.row().get("category_code"), first, names));
            }
        }
        Map<String, Set<String>> byDimension = new TreeMap<>();
        codes.values().forEach(c -> byDimension.computeIfAbsent(c.dimension(), d -> new TreeSet<>()).add(c.code()));
        return byDimension;
    }

    private static TradeCode tradeCode(SourceRow row) {
        Fields f = new Fields(row);
        String dimension = f.oneOf("dimension", new LinkedHashSet<>(TRADE_CODE_DIMENSIONS));
        String code = f.text("code");
        if (!code.matches("[0-9]{1,2}")) {
            throw f.reject("code", Messages.text("reference.trade_code"));
        }
        String category = f.text("category_code");
        if (!category.matches("[a-z][a-z0-9_]*")) {
            throw f.reject("category_code", Messages.text("reference.group_code"));
        }
        return new TradeCode(dimension, code, f.text("name_zh"), f.text("name_en"), category, f.text("category_zh"),
                f.text("category_en"), f.optionalText("source"));
    }

    /**
     * Within a product group no member is a prefix of another over the same days: a line under
     * both (8471 under 84) would count twice in the group's total.
     */
    private static void refuseNestedPrefixes(List<ValidRow> members, Map<String, TradeGroup> groups) {
        List<ValidRow> products = members.stream()
                .filter(r -> groups.get((String) r.row().get("group_code")).kind().equals("product")).toList();
        for (ValidRow outer : products) {
            for (ValidRow inner : products) {
                String prefix = (String) outer.row().get("member");
                String code = (String) inner.row().get("member");
                if (inner != outer && outer.row().get("group_code").equals(inner.row().get("group_code"))
                        && code.length() > prefix.length() && code.startsWith(prefix) && overlap(outer, inner)) {
                    throw new SourceException(inner.file(), inner.line(), 2, Messages.text("reference.prefix_nested",
                            code, prefix, inner.row().get("group_code"), outer.line()));
                }
            }
        }
    }

    /** Whether two members' spans of days share a day; a null end is open. */
    private static boolean overlap(ValidRow a, ValidRow b) {
        Long aFrom = (Long) a.row().get("valid_from");
        Long aTo = (Long) a.row().get("valid_to");
        Long bFrom = (Long) b.row().get("valid_from");
        Long bTo = (Long) b.row().get("valid_to");
        return (aTo == null || bFrom == null || bFrom <= aTo) && (bTo == null || aFrom == null || aFrom <= bTo);
    }

    private <K, T> Map<K, T> readIfPresent(String fileName, LakeTable table, Map<LakeTable, List<ValidRow>> lakeRows,
                                           List<String> header, List<String> optional, Function<SourceRow, T> parse,
                                           Function<T, K> key, Function<T, LakeRow> toLake) {
        if (!Files.isRegularFile(dataDir.resolve("reference").resolve(fileName))) {
            lakeRows.put(table, List.of());
            return Map.of();
        }
        return read(fileName, table, lakeRows, header, optional, parse, key, toLake);
    }

    private <K, T> Map<K, T> read(String fileName, LakeTable table, Map<LakeTable, List<ValidRow>> lakeRows,
                                  List<String> header, List<String> optional, Function<SourceRow, T> parse, Function<T, K> key,
                                  Function<T, LakeRow> toLake) {
        Path file = dataDir.resolve("reference").resolve(fileName);
        Map<K, T> result = new LinkedHashMap<>();
        List<ValidRow> rows = new ArrayList<>();
        try (CsvSource csv = new CsvSource(file, name(file), header, optional)) {
            while (csv.hasNext()) {
                SourceRow row = csv.next();
                T value;
                try {
                    value = parse.apply(row);
                } catch (RowRejectedException e) {
                    var r = e.rejection();
                    throw new SourceException(r.file(), r.line(), r.column(),
                            r.columnName() + " '" + r.value() + "': " + r.reason());
                }
                if (result.put(key.apply(value), value) != null) {
                    throw new SourceException(row.file(), row.line(), 1,
                            Messages.text("reference.twice", key.apply(value)));
                }
                rows.add(new ValidRow(row.file(), row.line(), toLake.apply(value)));
            }
        }
        lakeRows.put(table, rows);
        return result;
    }

    private String name(Path file) {
        return dataDir.relativize(file).toString().replace('\\', '/');
    }

    private static Indicator indicator(SourceRow row) {
        Fields f = new Fields(row);
        String unit = f.text("unit");
        Unit display = Unit.display(unit);
        String code = f.text("indicator_code");
        if (!code.matches("[a-z][a-z0-9_]*")) {
            throw f.reject("indicator_code", Messages.text("reference.indicator_code"));
        }
        return new Indicator(code, f.text("name_zh"), f.text("name_en"), f.oneOf("domain", DOMAINS),
                unit, display.baseUnit(), display.factor(), f.oneOf("kind", KINDS),
                f.oneOf("growth_basis", GROWTH_BASES), f.optionalText("caliber_zh"), f.optionalText("caliber_en"),
                Objects.requireNonNullElse(f.optionalText("national_code"), code));
    }

    private static Region region(SourceRow row) {
        Fields f = new Fields(row);
        String code = f.text("region_code");
        if (!code.matches("\\d{6}")) {
            throw f.reject("region_code", Messages.text("reference.region_code"));
        }
        return new Region(code, f.text("name_zh"), f.text("name_en"), f.optionalText("parent_code"),
                f.oneOf("level", LEVELS));
    }

    private static Country country(SourceRow row) {
        Fields f = new Fields(row);
        String iso3 = f.text("iso3");
        String iso2 = f.text("iso2");
        if (!iso3.matches("[A-Z]{3}")) {
            throw f.reject("iso3", Messages.text("reference.iso3"));
        }
        if (!iso2.matches("[A-Z]{2}")) {
            throw f.reject("iso2", Messages.text("reference.iso2"));
        }
        return new Country(iso3, iso2, f.text("name_zh"), f.text("name_en"));
    }

    private static TradeGroup tradeGroup(SourceRow row) {
        Fields f = new Fields(row);
        String code = f.text("group_code");
        if (!code.matches("[a-z][a-z0-9_]*")) {
            throw f.reject("group_code", Messages.text("reference.group_code"));
        }
        return new TradeGroup(code, f.oneOf("kind", GROUP_KINDS), f.text("name_zh"), f.text("name_en"),
                f.optionalText("source"));
    }

    private static GroupMember groupMember(SourceRow row, Map<String, TradeGroup> groups, Map<String, Country> countries) {
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
        return micros == null ? "-" : LocalDate.ofEpochDay(Math.floorDiv((Long) micros, 86_400_000_000L)).toString();
    }

    private static FxRate fxRate(SourceRow row) {
        Fields f = new Fields(row);
        int year = f.integer("year", 1949, 2100);
        BigDecimal rate = f.number("cny_per_usd");
        if (rate.signum() <= 0) {
            throw f.reject("cny_per_usd", Messages.text("reference.rate"));
        }
        return new FxRate(year, rate.doubleValue(), f.optionalText("source"), f.optionalText("note"));
    }
}
