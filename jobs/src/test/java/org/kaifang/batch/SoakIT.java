package org.kaifang.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.ChildJvm;
import org.kaifang.TestWarehouse;

/**
 * A year of nights in minutes: nightly runs over data with customs detail, each killed with
 * {@code kill -9} at a random moment (a quarter of them within the first second), the rerun
 * sometimes killed too, and every last rerun bounded in time and ending with the views of a run
 * that was never interrupted. Prints kills, hangs, stuck reruns and differences.
 *
 * <p>Inside {@code mvn -B verify} it kills 12 times on 20,000 rows of detail. The full soak:
 * <pre>
 * mvn -B verify -pl jobs -Dit.test=SoakIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dkaifang.soak.kills=100 -Dkaifang.soak.rows=100000 -Dkaifang.soak.hog=true \
 *     -Dkaifang.soak.readers.rows=10000000
 * </pre>
 * {@code hog} keeps every core busy with a spinning process throughout; {@code readers.rows} adds
 * the readers' soak: 8 reader processes querying leaders' views during a nightly that loads that
 * many rows of detail, each answer equal to the state before or after it.
 */
class SoakIT {

    private static final String DATE = "2026-11-26";
    private static final int KILLS = Integer.getInteger("kaifang.soak.kills", 12);
    private static final int ROWS = Integer.getInteger("kaifang.soak.rows", 20_000);
    private static final boolean HOG = Boolean.getBoolean("kaifang.soak.hog");
    private static final int READER_ROWS = Integer.getInteger("kaifang.soak.readers.rows", 0);

    @TempDir
    Path root;

    @Test
    void killedAtRandomMomentsEveryRerunEndsAsAnUninterruptedRun() throws Exception {
        Path data = root.resolve("data");
        TestWarehouse.dataWithCustomsDetail(data, root, ROWS);
        ChildJvm.trainArchive();
        ChildJvm hog = HOG ? ChildJvm.start(root, Map.of(), null, CpuHog.class.getName()) : null;
        try {
            long started = System.nanoTime();
            Path clean = root.resolve("clean");
            ChildJvm uninterrupted = nightly(data, clean);
            assertEquals(0, uninterrupted.waitFor(), uninterrupted.output());
            double runSeconds = (System.nanoTime() - started) / 1e9;
            Map<String, String> expected = ReliabilityIT.checksums(clean.resolve("kaifang.duckdb"));
            // a rerun may redo the whole run and recover first: three runs' time, never less than a minute
            long bound = Math.max(60, Math.round(3 * runSeconds));

            Random random = new Random(Long.getLong("kaifang.soak.seed", 20261130L));
            int kills = 0;
            int inFirstSecond = 0;
            int hangs = 0;
            int stuck = 0;
            int differences = 0;
            double slowestRerun = 0;
            List<String> problems = new ArrayList<>();
            for (int cycle = 1; kills < KILLS; cycle++) {
                Path warehouse = root.resolve("w" + cycle);
                // the first run, and one rerun in three, killed at a random moment
                boolean killAgain = true;
                while (killAgain && kills < KILLS) {
                    long delay = random.nextInt(4) == 0 ? random.nextInt(1000) : (long) (random.nextDouble() * runSeconds * 1000);
                    ChildJvm run = nightly(data, warehouse);
                    Thread.sleep(delay);
                    run.kill();
                    kills++;
                    inFirstSecond += delay < 1000 ? 1 : 0;
                    killAgain = random.nextInt(3) == 0;
                }
                long rerunStarted = System.nanoTime();
                ChildJvm rerun = nightly(data, warehouse);
                if (!rerun.process().waitFor(bound, TimeUnit.SECONDS)) {
                    hangs++;
                    problems.add("cycle " + cycle + ": rerun still running after " + bound + " s:\n" + threadDump(rerun));
                    rerun.kill();
                    continue;
                }
                slowestRerun = Math.max(slowestRerun, (System.nanoTime() - rerunStarted) / 1e9);
                if (rerun.process().exitValue() != 0) {
                    stuck++;
                    problems.add("cycle " + cycle + ": rerun exit " + rerun.process().exitValue() + ":\n" + rerun.output());
                    continue;
                }
                if (!expected.equals(ReliabilityIT.checksums(warehouse.resolve("kaifang.duckdb")))) {
                    differences++;
                    problems.add("cycle " + cycle + ": views differ from the uninterrupted run");
                }
                TestWarehouse.clear(warehouse);
            }
            System.out.printf("soak: %d kills (%d in the first second) over %d rows of detail%s; %d hangs, %d stuck"
                            + " reruns, %d differences; an uninterrupted run %.1f s, slowest rerun %.1f s (bound %d s)%n",
                    kills, inFirstSecond, ROWS, HOG ? ", every core kept busy" : "", hangs, stuck, differences,
                    runSeconds, slowestRerun, bound);
            assertEquals(List.of(), problems);
        } finally {
            if (hog != null) {
                hog.kill();
            }
        }
    }

    @Test
    void readersDuringALargeNightlySeeTheStateBeforeOrAfterNeverAnError() throws Exception {
        assumeTrue(READER_ROWS > 0, "the readers' soak runs with -Dkaifang.soak.readers.rows=N");
        Path data = root.resolve("readers-data");
        TestWarehouse.copyTree(TestWarehouse.PROJECT_DATA, data);
        Path warehouse = root.resolve("readers");
        ChildJvm before = nightly(data, warehouse);
        assertEquals(0, before.waitFor(), before.output());
        Path catalog = warehouse.resolve("kaifang.duckdb");
        String query = "select (" + CatalogReader.QUERY + ") || '|' || (select count(*) || ':'"
                + " || coalesce(sum(hash(b)), 0) from fct_trade_breakdown b)";

        TestWarehouse.dataWithCustomsDetail(data, root, READER_ROWS);
        Path stop = root.resolve("readers-stop");
        List<ChildJvm> readers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            readers.add(ChildJvm.start(root, Map.of(), null, CatalogReader.class.getName(), catalog.toString(),
                    stop.toString(), query));
        }
        Thread.sleep(2000);
        ChildJvm.trainArchive();
        long started = System.nanoTime();
        ChildJvm nightly = nightly(data, warehouse);
        assertEquals(0, nightly.waitFor(), nightly.output());
        double seconds = (System.nanoTime() - started) / 1e9;
        Thread.sleep(2000);
        Files.createFile(stop);

        Map<String, Integer> answers = new HashMap<>();
        int errors = 0;
        for (ChildJvm reader : readers) {
            assertEquals(0, reader.waitFor(), reader.output());
            for (String line : reader.output().lines().toList()) {
                String[] parts = line.split(" ");
                if (line.startsWith("answer ")) {
                    answers.merge(parts[1], Integer.parseInt(parts[2]), Integer::sum);
                } else if (line.startsWith("error ")) {
                    errors += Integer.parseInt(parts[1]);
                    System.out.println("reader " + line);
                }
            }
        }
        System.out.printf("readers: 8 processes, %d answers during and around a %.1f s nightly of %d rows of detail;"
                + " %d distinct answers, %d errors%n", answers.values().stream().mapToInt(Integer::intValue).sum(),
                seconds, READER_ROWS, answers.size(), errors);
        assertEquals(0, errors);
        assertEquals(2, answers.size(), "the state before and the state after, nothing between: " + answers);
    }

    private ChildJvm nightly(Path data, Path warehouse) throws IOException {
        return ChildJvm.kaifang(root, Map.of(), null, "nightly", "--date", DATE, "--lang", "en", "--data",
                data.toString(), "--warehouse", warehouse.toString());
    }

    private static String threadDump(ChildJvm child) throws Exception {
        Path jstack = Path.of(System.getProperty("java.home"), "bin", "jstack");
        Process dump = new ProcessBuilder(jstack.toString(), String.valueOf(child.process().pid()))
                .redirectErrorStream(true).start();
        String text = new String(dump.getInputStream().readAllBytes());
        dump.waitFor(30, TimeUnit.SECONDS);
        int main = text.indexOf("\"main\"");
        return main < 0 ? text : text.substring(main, Math.min(text.length(), main + 3000));
    }
}
