package org.kaifang.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

import org.kaifang.reference.Country;
import org.kaifang.reference.ReferenceData;
import org.kaifang.reference.Region;
import org.kaifang.source.ReferenceLoader;
import org.kaifang.source.TradeFlowRules;

/**
 * Writes customs-style trade detail in the {@code sources/trade_flows} format, deterministic
 * for a seed: the province's 14 cities (Changsha by far the largest), about 200 partner
 * economies with the skew of Hunan's real trade (a few partners carry most of it), 8-digit
 * tariff lines under the real HS chapters (machinery, electronics and steel heaviest), every
 * month of 2014 and 2015, exports and imports, each with customs' trade mode and enterprise
 * type in about the shares of an inland province's trade (一般贸易 two thirds, 民营企业 about
 * three quarters); plus a few planted bad rows, listed with their line and column in
 * {@code planted_rejects.csv}.
 */
public final class TradeDetailGenerator {

    /** Hunan's largest partners first; the rest follow with a Zipf-like tail. */
    private static final List<String> LEADING_PARTNERS = List.of("HKG", "USA", "KOR", "JPN", "DEU", "TWN", "VNM",
            "AUS", "BRA", "IND", "SGP", "MYS", "THA", "NLD", "GBR", "RUS", "IDN", "ZAF", "CHL", "FRA");
    /** HS chapters (77 is reserved) and how much of the trade each carries, by rough weight. */
    private static final int[] HEAVY_CHAPTERS = {84, 85, 72, 26, 87, 90, 61, 62, 94, 95, 39, 29, 73, 74, 64, 28};
    /** Customs' 贸易方式 codes and their rough shares of trade, in percent. */
    private static final Map<String, Double> TRADE_MODES = Map.ofEntries(Map.entry("10", 68.0), Map.entry("15", 7.0),
            Map.entry("14", 3.0), Map.entry("33", 4.0), Map.entry("34", 8.0), Map.entry("19", 1.0), Map.entry("39", 6.0),
            Map.entry("16", 0.5), Map.entry("20", 0.5), Map.entry("22", 1.0), Map.entry("25", 0.5), Map.entry("13", 0.5));
    /** Customs' 企业性质 codes and their rough shares of trade, in percent. */
    private static final Map<String, Double> ENTERPRISE_TYPES = Map.of("6", 62.0, "5", 3.0, "7", 8.0, "4", 9.0,
            "3", 5.0, "2", 1.0, "1", 9.0, "8", 1.0, "9", 2.0);
    private static final int FIRST_YEAR = 2014;
    private static final int YEARS = 2;

    private final Path dataDir;
    private final long seed;

    public TradeDetailGenerator(Path dataDir, long seed) {
        this.dataDir = dataDir;
        this.seed = seed;
    }

    /** What was written. */
    public record Summary(long rows, int planted, double seconds) {
        public double rowsPerSecond() {
            return rows / Math.max(seconds, 1e-9);
        }
    }

    /** @param progress where to report progress (every million rows), or null for none */
    public Summary write(Path out, long rows, PrintWriter progress) {
        ReferenceData reference = new ReferenceLoader(dataDir).load();
        List<String> cities = reference.regions().values().stream()
                .filter(r -> "430000".equals(r.parentCode())).map(Region::code).toList();
        List<String> partners = partners(reference);
        List<String> chapters = chapters();
        Weighted<String> city = new Weighted<>(cities, i -> cities.get(i).equals("430100") ? 8.0 : 1.0 / (1 + i * 0.15));
        Weighted<String> partner = new Weighted<>(partners, i -> 1.0 / Math.pow(i + 1, 1.1));
        Weighted<String> chapter = new Weighted<>(chapters, i -> i < HEAVY_CHAPTERS.length ? 12.0 / (1 + i * 0.3) : 0.4);
        Weighted<String> tradeMode = weighted(TRADE_MODES);
        Weighted<String> enterpriseType = weighted(ENTERPRISE_TYPES);

        long planted = Math.max(6, rows / 1_000_000);
        long spacing = Math.max(1, rows / planted);
        SplittableRandom random = new SplittableRandom(seed);
        // the codes draw from a stream of their own: the other fields are as before they existed
        SplittableRandom codes = new SplittableRandom(seed + 1);
        long started = System.nanoTime();
        Path file = out.resolve("sources/trade_flows/customs_detail.csv");
        List<String[]> plantedRows = new ArrayList<>();
        try {
            copyReference(out.resolve("reference"));
            Files.createDirectories(file.getParent());
            try (Writer writer = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
                writer.write(String.join(",", TradeFlowRules.COLUMNS) + "\n");
                StringBuilder line = new StringBuilder(96);
                for (long i = 0; i < rows; i++) {
                    line.setLength(0);
                    int year = FIRST_YEAR + (int) (i * YEARS / rows);
                    line.append(year).append(',').append(1 + random.nextInt(12)).append(',')
                            .append(city.pick(random)).append(',').append(partner.pick(random)).append(',')
                            .append(chapter.pick(random));
                    for (int d = 0; d < 3; d++) {
                        int part = 1 + random.nextInt(d == 0 ? 20 : 9) ;
                        line.append(part < 10 ? "0" : "").append(part);
                    }
                    boolean export = random.nextInt(10) < 6;
                    long value = (long) Math.exp(6 + random.nextDouble() * 8 + (export ? 0.3 : 0));
                    line.append(export ? ",export," : ",import,").append(value).append(',');
                    if (random.nextInt(10) > 0) {
                        line.append(1 + value / (1 + random.nextInt(200)));
                    }
                    line.append(',').append(tradeMode.pick(codes)).append(',').append(enterpriseType.pick(codes));
                    if (i % spacing == spacing / 2 && plantedRows.size() < planted) {
                        plantedRows.add(plant(line, plantedRows.size(), i + 2));
                    }
                    writer.append(line).append('\n');
                    if (progress != null && (i + 1) % 1_000_000 == 0) {
                        double seconds = (System.nanoTime() - started) / 1e9;
                        progress.printf("generated %,d of %,d rows (%,.0f rows/s)%n", i + 1, rows, (i + 1) / seconds);
                        progress.flush();
                    }
                }
            }
            writePlanted(out.resolve("planted_rejects.csv"), plantedRows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write trade detail to " + out, e);
        }
        return new Summary(rows, plantedRows.size(), (System.nanoTime() - started) / 1e9);
    }

    /** Spoils one field of the line, by turn: the kinds of mistake customs extracts contain. */
    private static String[] plant(StringBuilder line, int n, long lineNumber) {
        String[] fields = line.toString().split(",", -1);
        int column;
        switch (n % 6) {
            case 0 -> { fields[1] = "13"; column = 2; }
            case 1 -> { fields[2] = "999999"; column = 3; }
            case 2 -> { fields[3] = "XXX"; column = 4; }
            case 3 -> { fields[4] = "85A1"; column = 5; }
            case 4 -> { fields[5] = "both"; column = 6; }
            default -> { fields[6] = "-" + fields[6]; column = 7; }
        }
        line.setLength(0);
        line.append(String.join(",", fields));
        return new String[] {String.valueOf(lineNumber), String.valueOf(column), fields[column - 1]};
    }

    private static Weighted<String> weighted(Map<String, Double> shares) {
        List<String> keys = shares.keySet().stream().sorted().toList();
        return new Weighted<>(keys, i -> shares.get(keys.get(i)));
    }

    private static List<String> partners(ReferenceData reference) {
        List<String> partners = new ArrayList<>(LEADING_PARTNERS);
        reference.countries().values().stream().map(Country::iso3)
                .filter(c -> !c.equals("CHN") && !partners.contains(c))
                .sorted()
                .limit(200 - LEADING_PARTNERS.size())
                .forEach(partners::add);
        return partners;
    }

    private static List<String> chapters() {
        List<String> chapters = new ArrayList<>();
        for (int c : HEAVY_CHAPTERS) {
            chapters.add(String.format("%02d", c));
        }
        for (int c = 1; c <= 97; c++) {
            String code = String.format("%02d", c);
            if (c != 77 && !chapters.contains(code)) {
                chapters.add(code);
            }
        }
        return chapters;
    }

    private static void writePlanted(Path file, List<String[]> planted) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("file,line,column,value\n");
            for (String[] p : planted) {
                writer.write("sources/trade_flows/customs_detail.csv," + p[0] + "," + p[1] + "," + p[2] + "\n");
            }
        }
    }

    private void copyReference(Path target) throws IOException {
        ReferenceLoader.copy(dataDir.resolve("reference"), target);
    }

    /** Picks items with given weights in O(log n): cumulative weights and a binary search. */
    private static final class Weighted<T> {
        private final List<T> items;
        private final double[] cumulative;

        Weighted(List<T> items, IntToDoubleFunction weight) {
            this.items = items;
            this.cumulative = new double[items.size()];
            double sum = 0;
            for (int i = 0; i < items.size(); i++) {
                sum += weight.applyAsDouble(i);
                cumulative[i] = sum;
            }
        }

        T pick(SplittableRandom random) {
            double x = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, x);
            return items.get(i >= 0 ? i : Math.min(-i - 1, items.size() - 1));
        }
    }
}
