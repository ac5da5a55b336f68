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
 * Sequences that begin alike share those steps: the warehouse a beginning reached is copied and
 * the sequence goes on from there, each step run and checked once.
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
    private static final int DELETED = -1;

    @TempDir
    static Path root;

    /** Fresh builds, by the fingerprint of the folder they were built from. */
    private final Map<String, Map<String, String>> fresh = new HashMap<>();

    /** The warehouse each beginning of a sequence reached, by its changes. */
    private final Map<List<Change>, Reached> reached = new HashMap<>();

    /** One change to the folder: a file written in one of its contents, or deleted. */
    private record Change(String file, int variant, String story) {
    }

    /** A warehouse after some steps, with the lake's state time and the observations after each. */
    private record Reached(TestWarehouse warehouse, List<String> states, List<String> snapshots) {
    }

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
            List<Change> changes = changes(random.split());
            Reached before = null;
            for (int step = 1; step <= changes.size(); step++) {
                List<Change> beginning = List.copyOf(changes.subList(0, step));
                Reached previous = before;
                before = reached.computeIfAbsent(beginning, b -> step(previous, b, variants));
            }
        }
    }

    /** Runs the last change of {@code changes} on a copy of the warehouse the others reached, and checks it. */
    private Reached step(Reached before, List<Change> changes, Map<String, List<List<String>>> variants) {
        Path at = root.resolve("s" + reached.size());
        TestWarehouse warehouse;
        if (before == null) {
            warehouse = new TestWarehouse(at).inEnglish();
            TestWarehouse.clear(warehouse.data().resolve("sources"));
        } else {
            warehouse = before.warehouse().copyTo(at);
        }
        Change change = changes.get(changes.size() - 1);
        apply(warehouse.data().resolve("sources").resolve("observations"), change, variants);
        TestWarehouse.Run run = warehouse.nightly("2026-11-26");
        String context = "after " + changes.stream().map(Change::story).toList();
        assertTrue(run.exitCode() == 0 || run.exitCode() == 3, context + "\n" + run.out() + run.err());
        TestWarehouse.Catalog catalog = new TestWarehouse.Catalog(warehouse.catalog());
        assertEquals(freshBuild(warehouse.data()), catalog.contentsOfCurrentViews(), context);
        List<String> now = catalog.values(List.of(
                "select strftime(max(state_time), '%Y-%m-%d %H:%M:%S.%f') from lake_state",
                TestWarehouse.contentsQuery("observation_as_of(null)")));
        List<String> states = new ArrayList<>(before == null ? List.of() : before.states());
        List<String> snapshots = new ArrayList<>(before == null ? List.of() : before.snapshots());
        states.add(now.get(0));
        snapshots.add(now.get(1));
        List<String> asOf = catalog.values(states.stream()
                .map(state -> TestWarehouse.contentsQuery("observation_as_of(timestamp '" + state + "')")).toList());
        for (int earlier = 0; earlier < states.size(); earlier++) {
            assertEquals(snapshots.get(earlier), asOf.get(earlier), context + ": as of step " + earlier);
        }
        return new Reached(warehouse, states, snapshots);
    }

    /** A sequence of random changes to the folder, each an add, edit, revert or delete of a file. */
    private static List<Change> changes(SplittableRandom random) {
        Map<String, Integer> present = new LinkedHashMap<>();
        Map<String, List<Integer>> written = new HashMap<>();
        List<Change> changes = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            Change change = change(random, present, written);
            if (change.variant() == DELETED) {
                present.remove(change.file());
            } else {
                present.put(change.file(), change.variant());
                written.computeIfAbsent(change.file(), k -> new ArrayList<>()).add(change.variant());
            }
            changes.add(change);
        }
        return changes;
    }

    private static Change change(SplittableRandom random, Map<String, Integer> present,
                                 Map<String, List<Integer>> written) {
        List<String> absent = FILES.stream().filter(f -> !present.containsKey(f)).toList();
        int kind = present.isEmpty() ? 0 : absent.isEmpty() ? 1 + random.nextInt(3) : random.nextInt(4);
        if (kind == 0) {
            String file = absent.get(random.nextInt(absent.size()));
            int variant = random.nextInt(VARIANTS);
            return new Change(file, variant, "add " + file + "#" + variant);
        }
        // in the order of FILES, as the folder lists them, whichever was added first
        List<String> files = FILES.stream().filter(present::containsKey).toList();
        String file = files.get(random.nextInt(files.size()));
        int now = present.get(file);
        if (kind == 1) {
            int variant = (now + 1 + random.nextInt(VARIANTS - 1)) % VARIANTS;
            return new Change(file, variant, "edit " + file + "#" + variant);
        }
        List<Integer> earlier = written.get(file).stream().filter(v -> v != now).distinct().toList();
        if (kind == 2 && !earlier.isEmpty()) {
            int variant = earlier.get(random.nextInt(earlier.size()));
            return new Change(file, variant, "revert " + file + "#" + variant);
        }
        return new Change(file, DELETED, "delete " + file);
    }

    private static void apply(Path folder, Change change, Map<String, List<List<String>>> variants) {
        try {
            if (change.variant() == DELETED) {
                Files.delete(folder.resolve(change.file()));
            } else {
                Files.createDirectories(folder);
                Files.write(folder.resolve(change.file()), variants.get(change.file()).get(change.variant()),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private Map<String, String> freshBuild(Path data) {
        String key = folderFingerprint(data.resolve("sources"));
        return fresh.computeIfAbsent(key, k -> {
            Path copy = root.resolve("fresh-" + fresh.size());
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
