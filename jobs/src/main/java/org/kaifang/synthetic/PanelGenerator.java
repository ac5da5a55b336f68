package org.kaifang.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kaifang.reference.Region;
import org.kaifang.source.ReferenceLoader;

/**
 * Writes a realistic, deterministic, clearly synthetic data folder for a province and its
 * cities: yearly figures 2006–2015 with published growth rates, cumulative monthly figures
 * (1–2月 as one release, then 1–N月) for 2014–2015 and January–June 2016, yearly and five-year-plan targets, a revision
 * set to load as a later vintage, and a small number of planted inconsistencies listed in
 * {@code planted.csv}, which the data checks must find, and nothing else.
 */
public final class PanelGenerator {

    static final int FIRST_YEAR = 2006;
    static final int LAST_YEAR = 2015;
    static final int PARTIAL_YEAR = 2016;
    static final int PARTIAL_MONTHS = 6;
    static final int FIRST_MONTHLY_YEAR = 2014;
    static final String PROVINCE = "430000";

    /** Indicators with yearly levels, their unit, and a typical yearly nominal growth. */
    private record Spec(String code, String unit, int places, double growth, double volatility, double base) {
    }

    private static final List<Spec> MONEY = List.of(
            new Spec("trade_export", "亿美元", 2, 0.14, 0.10, 8),
            new Spec("trade_import", "亿美元", 2, 0.12, 0.12, 6),
            new Spec("fdi_actual", "万美元", 0, 0.15, 0.08, 20000),
            new Spec("gdp", "亿元", 2, 0.13, 0.03, 600),
            new Spec("fiscal_revenue", "亿元", 2, 0.16, 0.05, 50),
            new Spec("fai", "亿元", 2, 0.22, 0.07, 250));
    private static final List<String> MONTHLY = List.of("trade_total", "trade_export", "trade_import",
            "fdi_actual", "fiscal_revenue", "fai");
    /** Share of the year's value falling in each month: January and February are slow. */
    private static final double[] SEASON = {0.06, 0.06, 0.08, 0.08, 0.085, 0.09, 0.085, 0.085, 0.085, 0.09, 0.09, 0.11};

    private final Path referenceDir;
    private final long seed;

    public PanelGenerator(Path dataDir, long seed) {
        this.referenceDir = dataDir.resolve("reference");
        this.seed = seed;
    }

    /** A figure: the level for a year (month 0) or cumulative to a month, and its published rate. */
    record Figure(String region, String indicator, int year, int month, BigDecimal value, String unit, BigDecimal rate) {
    }

    /** A planted inconsistency and the check that must report it. */
    record Planted(String check, String region, String indicator, int year, String description) {
    }

    /** What was written: the counts a caller reports. */
    public record Summary(int figures, int targets, int revisions, int planted) {
    }

    public Summary write(Path out) {
        List<Region> cities = new ReferenceLoader(referenceDir.getParent()).load().regions().values().stream()
                .filter(r -> PROVINCE.equals(r.parentCode())).toList();
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Map<String, BigDecimal[]>> levels = new LinkedHashMap<>();
        for (Region city : cities) {
            levels.put(city.code(), cityLevels(city, random.split()));
        }
        levels.put(PROVINCE, provinceLevels(levels));

        List<Figure> figures = new ArrayList<>();
        List<Planted> planted = new ArrayList<>();
        for (var region : levels.entrySet()) {
            figures.addAll(yearly(region.getKey(), region.getValue()));
            figures.addAll(monthly(region.getKey(), region.getValue()));
        }
        figures.addAll(newOverseasEnterprises(levels.keySet(), random.split()));
        plant(figures, planted);
        List<List<String>> targets = targets(levels, planted, random.split());
        List<Figure> revisions = revisions(levels);

        try {
            copyReference(out.resolve("reference"));
            String source = "synthetic: kaifang generate --panel --seed " + seed;
            writeFigures(out.resolve("sources/observations/synthetic_panel.csv"), figures, source, "", "");
            writeTargets(out.resolve("sources/targets/synthetic_targets.csv"), targets, source);
            writeFigures(out.resolve("revisions/observations/synthetic_revisions_2015.csv"), revisions,
                    "synthetic: final verification (最终核实) of 2015, kaifang generate --panel --seed " + seed,
                    FINAL_VERIFICATION_DATE, "最终核实");
            writePlanted(out.resolve("planted.csv"), planted);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic panel to " + out, e);
        }
        return new Summary(figures.size(), targets.size(), revisions.size(), planted.size());
    }

    /** Levels from 2005 (the unpublished base of 2006's rates) to the partial year. */
    private Map<String, BigDecimal[]> cityLevels(Region city, SplittableRandom random) {
        double size = city.code().equals("430100") ? 3.0 : 0.4 + random.nextDouble() * 1.2;
        double dynamism = random.nextDouble() * 0.06 - 0.03;
        Map<String, BigDecimal[]> byIndicator = new LinkedHashMap<>();
        for (Spec spec : MONEY) {
            BigDecimal[] series = new BigDecimal[PARTIAL_YEAR - FIRST_YEAR + 2];
            double level = spec.base() * size * (0.8 + random.nextDouble() * 0.4);
            for (int i = 0; i < series.length; i++) {
                int year = FIRST_YEAR - 1 + i;
                double crisis = year == 2009 && spec.code().startsWith("trade") ? -0.25 : 0;
                double growth = spec.growth() + dynamism + crisis + (random.nextDouble() * 2 - 1) * spec.volatility();
                level = i == 0 ? level : level * (1 + growth);
                series[i] = Series.round(level, spec.places());
            }
            byIndicator.put(spec.code(), series);
        }
        BigDecimal[] total = new BigDecimal[byIndicator.get("trade_export").length];
        for (int i = 0; i < total.length; i++) {
            total[i] = byIndicator.get("trade_export")[i].add(byIndicator.get("trade_import")[i]);
        }
        byIndicator.put("trade_total", total);
        return byIndicator;
    }

    private static Map<String, BigDecimal[]> provinceLevels(Map<String, Map<String, BigDecimal[]>> cities) {
        Map<String, BigDecimal[]> province = new LinkedHashMap<>();
        for (Map<String, BigDecimal[]> city : cities.values()) {
            for (var series : city.entrySet()) {
                BigDecimal[] sum = province.computeIfAbsent(series.getKey(), k -> zeros(series.getValue().length));
                for (int i = 0; i < sum.length; i++) {
                    sum[i] = sum[i].add(series.getValue()[i]);
                }
            }
        }
        return province;
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] zeros = new BigDecimal[n];
        Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }

    private static BigDecimal level(Map<String, BigDecimal[]> series, String indicator, int year) {
        return series.get(indicator)[year - FIRST_YEAR + 1];
    }

    private static String unit(String indicator) {
        return MONEY.stream().filter(s -> s.code().equals(indicator)).map(Spec::unit).findFirst().orElse("亿美元");
    }

    private List<Figure> yearly(String region, Map<String, BigDecimal[]> series) {
        List<Figure> figures = new ArrayList<>();
        for (String indicator : series.keySet()) {
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                BigDecimal value = level(series, indicator, year);
                BigDecimal rate = indicator.equals("gdp")
                        ? realGdpRate(value, level(series, indicator, year - 1), region, year)
                        : Series.rate(value, level(series, indicator, year - 1));
                figures.add(new Figure(region, indicator, year, 0, value, unit(indicator), rate));
            }
        }
        return figures;
    }

    /** GDP growth is published at comparable prices: nominal growth less a deflator of 3–6%. */
    private BigDecimal realGdpRate(BigDecimal value, BigDecimal previous, String region, int year) {
        double deflator = 3 + new SplittableRandom(seed ^ region.hashCode() ^ year).nextDouble() * 3;
        return Series.rate(value, previous).subtract(Series.round(deflator, 1));
    }

    private static List<Figure> monthly(String region, Map<String, BigDecimal[]> series) {
        List<Figure> figures = new ArrayList<>();
        for (String indicator : MONTHLY) {
            int places = indicator.equals("fdi_actual") ? 0 : 2;
            for (int year = FIRST_MONTHLY_YEAR; year <= PARTIAL_YEAR; year++) {
                int months = year == PARTIAL_YEAR ? PARTIAL_MONTHS : 12;
                // January and February are one release (1–2月, around the Spring Festival): no January figure
                for (int month = 2; month <= months; month++) {
                    BigDecimal value = cumulative(series, indicator, year, month, places);
                    BigDecimal rate = Series.rate(value, cumulative(series, indicator, year - 1, month, places));
                    figures.add(new Figure(region, indicator, year, month, value, unit(indicator), rate));
                }
            }
        }
        return figures;
    }

    /** Cumulative 1–N月: the year's level spread by season; December is the year exactly. */
    private static BigDecimal cumulative(Map<String, BigDecimal[]> series, String indicator, int year, int month,
                                         int places) {
        if (indicator.equals("trade_total")) {
            return cumulative(series, "trade_export", year, month, places)
                    .add(cumulative(series, "trade_import", year, month, places));
        }
        BigDecimal level = level(series, indicator, year);
        if (month == 12) {
            return level;
        }
        double share = 0;
        for (int m = 0; m < month; m++) {
            share += SEASON[m];
        }
        return Series.round(level.doubleValue() * share, places);
    }

    /** New overseas enterprises: small whole counts; a rate only where last year's count was not zero. */
    private List<Figure> newOverseasEnterprises(Collection<String> regions, SplittableRandom random) {
        List<Figure> figures = new ArrayList<>();
        Map<Integer, Long> provinceCounts = new LinkedHashMap<>();
        Map<Integer, Long> provincePrevious = new LinkedHashMap<>();
        for (String region : regions) {
            if (region.equals(PROVINCE)) {
                continue;
            }
            long previous = 1 + random.nextInt(4);
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                long count = Math.max(0, previous + random.nextInt(5) - 1 + (year - FIRST_YEAR) / 3);
                figures.add(count(region, year, count, previous));
                provinceCounts.merge(year, count, Long::sum);
                provincePrevious.merge(year, previous, Long::sum);
                previous = count;
            }
        }
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            figures.add(count(PROVINCE, year, provinceCounts.get(year), provincePrevious.get(year)));
        }
        return figures;
    }

    private static Figure count(String region, int year, long count, long previous) {
        return new Figure(region, "odi_enterprises_new", year, 0, BigDecimal.valueOf(count), "家",
                previous > 0 ? Series.rate(BigDecimal.valueOf(count), BigDecimal.valueOf(previous)) : null);
    }

    /** Plants one inconsistency of each kind the checks look for, and records it. */
    private static void plant(List<Figure> figures, List<Planted> planted) {
        replace(figures, "430700", "fiscal_revenue", 2012, 0, f -> withRate(f, f.rate().add(new BigDecimal("1.3"))));
        planted.add(new Planted("chk_growth_consistency", "430700", "fiscal_revenue", 2012,
                "published growth 1.3 points above what the levels give"));
        replace(figures, "431000", "trade_export", 2013, 0, f -> withRate(f, f.rate().subtract(new BigDecimal("2.0"))));
        planted.add(new Planted("chk_growth_consistency", "431000", "trade_export", 2013,
                "published growth 2.0 points below what the levels give"));

        replace(figures, "430900", "odi_enterprises_new", FIRST_YEAR, 0, f -> {
            BigDecimal rate = f.rate() == null ? new BigDecimal("33.3") : f.rate().add(new BigDecimal("7.7"));
            BigDecimal count = f.value().max(new BigDecimal(3));
            while (Series.wholeBaseFits(count.longValue(), rate)) {
                rate = rate.add(new BigDecimal("0.7"));
            }
            return new Figure(f.region(), f.indicator(), f.year(), 0, count, f.unit(), rate);
        });
        planted.add(new Planted("chk_count_implied_base", "430900", "odi_enterprises_new", FIRST_YEAR,
                "published growth implies a fractional count of enterprises the year before"));

        BigDecimal june = figures.stream().filter(f -> is(f, "431200", "fai", 2015, 6)).findFirst()
                .orElseThrow().value();
        // published without a rate: the rate of the figure before it was mistyped would contradict it
        replace(figures, "431200", "fai", 2015, 7, f -> new Figure(f.region(), f.indicator(), f.year(), 7,
                june.subtract(BigDecimal.ONE), f.unit(), null));
        planted.add(new Planted("chk_cumulative_monotonic", "431200", "fai", 2015,
                "cumulative 1-7月 below cumulative 1-6月"));

        figures.removeIf(f -> f.region().equals("431300") && f.indicator().equals("fdi_actual") && f.year() >= 2014);
        planted.add(new Planted("chk_freshness", "431300", "fdi_actual", 2013,
                "series stops after 2013 while every other region reports to 2015"));
    }

    private static boolean is(Figure f, String region, String indicator, int year, int month) {
        return f.region().equals(region) && f.indicator().equals(indicator) && f.year() == year && f.month() == month;
    }

    private static void replace(List<Figure> figures, String region, String indicator, int year, int month,
                                UnaryOperator<Figure> change) {
        for (int i = 0; i < figures.size(); i++) {
            if (is(figures.get(i), region, indicator, year, month)) {
                figures.set(i, change.apply(figures.get(i)));
                return;
            }
        }
        throw new IllegalStateException("no figure " + region + " " + indicator + " " + year + "/" + month);
    }

    private static Figure withRate(Figure f, BigDecimal rate) {
        return new Figure(f.region(), f.indicator(), f.year(), f.month(), f.value(), f.unit(), rate);
    }

    /**
     * Yearly growth targets 2011–2016 near each city's pace (some met, some missed), the
     * 十二五 plan (2011–2015): average GDP growth and a 2015 trade level; and one target for an
     * indicator nobody reports (planted: it has no actual).
     */
    private static List<List<String>> targets(Map<String, Map<String, BigDecimal[]>> levels, List<Planted> planted,
                                              SplittableRandom random) {
        List<List<String>> rows = new ArrayList<>();
        Map<String, Double> typical = new LinkedHashMap<>();
        typical.put("gdp", 11.0);
        typical.put("fiscal_revenue", 15.0);
        typical.put("fai", 22.0);
        typical.put("trade_total", 12.0);
        for (var region : levels.entrySet()) {
            for (int year = 2011; year <= PARTIAL_YEAR; year++) {
                for (var target : typical.entrySet()) {
                    double value = Math.round(target.getValue() + random.nextInt(7) - 3);
                    rows.add(List.of(region.getKey(), target.getKey(), String.valueOf(year), "growth_pct",
                            String.valueOf((long) value), "%", target.getKey().equals("gdp") ? "binding" : "expected",
                            "synthetic: " + year + "年政府工作报告", ""));
                }
            }
            rows.add(List.of(region.getKey(), "gdp", "2015", "growth_pct", String.valueOf(9 + random.nextInt(4)), "%",
                    "expected", "synthetic: 十二五规划纲要", "2011"));
            BigDecimal trade2010 = level(region.getValue(), "trade_total", 2010);
            double factor = Math.pow(1.10 + random.nextDouble() * 0.06, 5);
            rows.add(List.of(region.getKey(), "trade_total", "2015", "level",
                    Series.round(trade2010.doubleValue() * factor, 2).toPlainString(), "亿美元", "expected",
                    "synthetic: 十二五规划纲要", "2011"));
        }
        rows.add(List.of("430500", "fie_new", "2013", "growth_pct", "10", "%", "expected",
                "synthetic: 2013年政府工作报告", ""));
        planted.add(new Planted("chk_target_without_actual", "430500", "fie_new", 2013,
                "a target for an indicator with no figures"));
        return rows;
    }

    /** 2015 fiscal revenue of three cities, verified 0.4% higher than first published, with its rate. */
    private static List<Figure> revisions(Map<String, Map<String, BigDecimal[]>> levels) {
        List<Figure> revised = new ArrayList<>();
        for (String region : List.of("430100", "430200", "430600")) {
            Map<String, BigDecimal[]> series = levels.get(region);
            BigDecimal fiscal = Series.round(level(series, "fiscal_revenue", 2015).doubleValue() * 1.004, 2);
            revised.add(new Figure(region, "fiscal_revenue", 2015, 0, fiscal, "亿元",
                    Series.rate(fiscal, level(series, "fiscal_revenue", 2014))));
        }
        return revised;
    }

    private static final String[] OBSERVATION_HEADER = {"region_code", "indicator_code", "year", "month", "value",
        "unit", "reported_yoy_pct", "source", "release_date", "release_status"};

    /** The release of the 2015 final verification: the later release, whatever order files load in. */
    static final String FINAL_VERIFICATION_DATE = "2016-09-30";

    private static void writeFigures(Path file, List<Figure> figures, String source, String releaseDate,
                                     String releaseStatus) throws IOException {
        try (CSVPrinter printer = printer(file, OBSERVATION_HEADER)) {
            for (Figure f : figures) {
                printer.printRecord(f.region(), f.indicator(), f.year(), f.month() == 0 ? "" : f.month(),
                        f.value().toPlainString(), f.unit(), f.rate() == null ? "" : f.rate().toPlainString(), source,
                        releaseDate, releaseStatus);
            }
        }
    }

    private static void writeTargets(Path file, List<List<String>> targets, String source) throws IOException {
        try (CSVPrinter printer = printer(file, new String[] {"region_code", "indicator_code", "year", "kind", "value",
            "unit", "binding", "source_doc", "plan_start"})) {
            for (List<String> row : targets) {
                printer.printRecord(row);
            }
        }
    }

    private static void writePlanted(Path file, List<Planted> planted) throws IOException {
        try (CSVPrinter printer = printer(file, new String[] {"check_name", "region_code", "indicator_code", "year",
            "description"})) {
            for (Planted p : planted) {
                printer.printRecord(p.check(), p.region(), p.indicator(), p.year(), p.description());
            }
        }
    }

    private static CSVPrinter printer(Path file, String[] header) throws IOException {
        Files.createDirectories(file.getParent());
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').get().print(writer);
    }

    private void copyReference(Path target) throws IOException {
        ReferenceLoader.copy(referenceDir, target);
    }
}
