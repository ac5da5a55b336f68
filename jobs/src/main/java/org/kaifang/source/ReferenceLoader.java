package org.kaifang.source;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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

    /** Files a data folder may leave out: without them no trade groups (欧盟, 东盟…) are reported, and no source is judged late. */
    public static final List<String> OPTIONAL_FILES = List.of("trade_group.csv", "trade_group_member.csv", "trade_code.csv",
            "source_calendar.csv");


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
        readIfPresent("source_calendar.csv", LakeTable.SOURCE_CALENDAR, lakeRows,
                List.of("source_pattern", "name_zh", "name_en", "frequency", "due_day", "grace_days"),
                List.of("due_month", "tracked_from", "skip_months", "note"), SourceCalendarEntry::parse, SourceCalendarEntry::pattern,
                SourceCalendarEntry::lakeRow);
        Map<String, Set<String>> tradeCodes = readTradeCodes(lakeRows);
        Map<Integer, Double> cnyPerUsd = new TreeMap<>();
        rates.values().forEach(r -> cnyPerUsd.put(r.year(), r.cnyPerUsd()));
        return new ReferenceData(indicators, regions, countries, cnyPerUsd, tradeCodes, sha256, lakeRows);
    }

    private record FxRate(int year, double cnyPerUsd, String source, String note) {
    }

    /** The trade groups and their members, when the data folder has them. */
    private void readTradeGroups(Map<String, Country> countries, Map<LakeTable, List<ValidRow>> lakeRows) {
        Map<String, TradeReference.TradeGroup> groups = readIfPresent("trade_group.csv", LakeTable.TRADE_GROUP, lakeRows,
                List.of("group_code", "kind", "name_zh", "name_en"), List.of("source"),
                TradeReference::group, TradeReference.TradeGroup::code, TradeReference.TradeGroup::lakeRow);
        readIfPresent("trade_group_member.csv", LakeTable.TRADE_GROUP_MEMBER, lakeRows,
                List.of("group_code", "member"), List.of("valid_from", "valid_to", "note"),
                row -> TradeReference.member(row, groups, countries), TradeReference.GroupMember::key,
                TradeReference.GroupMember::lakeRow);
        TradeReference.refuseOverlaps(lakeRows.get(LakeTable.TRADE_GROUP_MEMBER), groups);
    }

    /** Customs' codes of trade mode and enterprise type, by dimension; none without reference/trade_code.csv. */
    private Map<String, Set<String>> readTradeCodes(Map<LakeTable, List<ValidRow>> lakeRows) {
        Map<String, TradeReference.TradeCode> codes = readIfPresent("trade_code.csv", LakeTable.TRADE_CODE, lakeRows,
                List.of("dimension", "code", "name_zh", "name_en", "category_code", "category_zh", "category_en"),
                List.of("source"), TradeReference::code, TradeReference.TradeCode::key, TradeReference.TradeCode::lakeRow);
        TradeReference.refuseSplitCategories(lakeRows.get(LakeTable.TRADE_CODE));
        Map<String, Set<String>> byDimension = new TreeMap<>();
        codes.values().forEach(c -> byDimension.computeIfAbsent(c.dimension(), d -> new TreeSet<>()).add(c.code()));
        return byDimension;
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
