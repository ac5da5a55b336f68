package org.kaifang.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.TestWarehouse;
import org.kaifang.table.Fingerprint;

/**
 * The data folder is the truth: after any sequence of files added, edited, reverted to an
 * earlier content and deleted, with a nightly run after each step, the warehouse equals a fresh
 * one built from the folder as it stands, and observation_as_of at each earlier step's time
 * gives what was current then. Random sequences from a fixed seed, so a failure reproduces.
 */
class DataFolderHistoryIT {

    private static final int SEQUENCES = Integer.getInteger("kaifang.history.sequences", 50);
    private static final int STEPS = 3;
    private static final String HEADER =
            "region_code,indicator_code,year,month,value,unit,reported_yoy_pct,source,release_status";
    private static final String[] REGIONS = {"430100", "430200"};
    private static final String[] INDICATORS = {"fdi_actual", "fiscal_revenue"};
    private static final String[] STATUSES = {"", "", "快报", "最终核实"};
    /** Two files, each in one of three contents: few folders, so fresh builds are shared across sequences. */
    private static final List<String> FILES = List.of("a.csv", "b.csv");
    private static final int VARIANTS = 3;

    @TempDir
    static Path root;

    /** Fresh builds, by the fingerprint of the folder they were built from. */
    private final Map<String, Map<String, String>> fresh = new HashMap<>();

    @Test
    void anySequenceOfEditsGivesTheWarehouseOfTheFolderAsItStands() {
        SplittableRandom random = new SplittableRandom(20261130L);
        Map<String, List<List<String>>> variants = new LinkedHashMap<>();
        for (String file : FILES) {
            List<List<String>> contents = new ArrayList<>();
            for (int v = 0; v < VARIANTS; v++) {
                contents.add(rows(random));
            }
            variants.put(file, contents);
        }
        for (int sequence = 0; sequence < SEQUENCES; sequence++) {
            run(sequence, random.split(), variants);
        }
    }

    private void run(int sequence, SplittableRandom random, Map<String, List<List<String>>> variants) {
        TestWarehouse warehouse = new TestWarehouse(root.resolve("s" + sequence)).inEnglish();
        Path folder = warehouse.data().resolve("sources");
        TestWarehouse.clear(folder);
        Path observations = folder.resolve("observations");
        Map<String, List<Integer>> written = new LinkedHashMap<>();
        List<String> states = new ArrayList<>();
        List<String> snapshots = new ArrayList<>();
        List<String> story = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            story.add(change(observations, random, variants, written));
            TestWarehouse.Run run = warehouse.nightly("2026-11-26");
            String context = "sequence " + sequence + " after " + story;
            assertTrue(run.exitCode() == 0 || run.exitCode() == 3, context + "\n" + run.out() + run.err());
            assertEquals(freshBuild(warehouse.data(), sequence, step), new TestWarehouse.Catalog(warehouse.catalog())
                    .contentsOfCurrentViews(), context);
            states.add(warehouse.value("select strftime(max(state_time), '%Y-%m-%d %H:%M:%S.%f') from lake_state"));
            snapshots.add(warehouse.contents("observation_as_of(null)"));
            for (int earlier = 0; earlier <= step; earlier++) {
                assertEquals(snapshots.get(earlier), warehouse.contents("observation_as_of(timestamp '"
                        + states.get(earlier) + "')"), context + ": as of step " + earlier);
            }
        }
    }

    /** One random change to the folder: add, edit, revert or delete a file; returns what it did. */
    private static String change(Path folder, SplittableRandom random, Map<String, List<List<String>>> variants,
                                 Map<String, List<Integer>> written) {
        List<String> present = FILES.stream().filter(f -> Files.exists(folder.resolve(f))).toList();
        List<String> absent = FILES.stream().filter(f -> !present.contains(f)).toList();
        int kind = present.isEmpty() ? 0 : absent.isEmpty() ? 1 + random.nextInt(3) : random.nextInt(4);
        if (kind == 0) {
            String file = absent.get(random.nextInt(absent.size()));
            int variant = random.nextInt(VARIANTS);
            write(folder, file, variant, variants, written);
            return "add " + file + "#" + variant;
        }
        String file = present.get(random.nextInt(present.size()));
        List<Integer> history = written.get(file);
        int now = history.get(history.size() - 1);
        if (kind == 1) {
            int variant = (now + 1 + random.nextInt(VARIANTS - 1)) % VARIANTS;
            write(folder, file, variant, variants, written);
            return "edit " + file + "#" + variant;
        }
        List<Integer> earlier = history.stream().filter(v -> v != now).distinct().toList();
        if (kind == 2 && !earlier.isEmpty()) {
            int variant = earlier.get(random.nextInt(earlier.size()));
            write(folder, file, variant, variants, written);
            return "revert " + file + "#" + variant;
        }
        try {
            Files.delete(folder.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "delete " + file;
    }

    /** A few figures of two regions, two indicators and two years, some in a stated release. */
    private static List<String> rows(SplittableRandom random) {
        List<String> rows = new ArrayList<>(List.of(HEADER));
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String indicator = INDICATORS[random.nextInt(INDICATORS.length)];
            rows.add(String.join(",", REGIONS[random.nextInt(REGIONS.length)], indicator,
                    String.valueOf(2010 + random.nextInt(2)), "", String.valueOf(1 + random.nextInt(20)),
                    indicator.equals("fiscal_revenue") ? "亿元" : "亿美元", "", "synthetic: test",
                    STATUSES[random.nextInt(STATUSES.length)]));
        }
        return rows;
    }

    private static void write(Path folder, String file, int variant, Map<String, List<List<String>>> variants,
                              Map<String, List<Integer>> written) {
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(file), variants.get(file).get(variant), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.computeIfAbsent(file, k -> new ArrayList<>()).add(variant);
    }

    private Map<String, String> freshBuild(Path data, int sequence, int step) {
        String key = folderFingerprint(data.resolve("sources"));
        return fresh.computeIfAbsent(key, k -> {
            Path copy = root.resolve("fresh-" + sequence + "-" + step);
            TestWarehouse warehouse = new TestWarehouse(copy);
            TestWarehouse.clear(warehouse.data().resolve("sources"));
            TestWarehouse.copyTree(data.resolve("sources"), warehouse.data().resolve("sources"));
            TestWarehouse.Run run = warehouse.nightly("2026-11-26");
            assertTrue(run.exitCode() == 0 || run.exitCode() == 3, run.out() + run.err());
            return new TestWarehouse.Catalog(warehouse.catalog()).contentsOfCurrentViews();
        });
    }

    private static String folderFingerprint(Path folder) {
        List<String> texts = new ArrayList<>();
        for (Path file : files(folder.resolve("observations"))) {
            texts.add(file.getFileName().toString());
            try {
                texts.add(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Fingerprint.ofTexts(texts);
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
