package org.kaifang.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.TestWarehouse;
import org.kaifang.lake.LakeChecksums;
import org.kaifang.lake.LakeManifest;

/**
 * A warehouse on a small filesystem (a tmpfs the test mounts) that fills while customs detail
 * loads: the run fails saying the disk is full and where, nothing half-written is published,
 * and once space is freed a plain rerun ends with the views of a run that never lacked space.
 */
class DiskFullIT {

    private static final String DATE = "2026-11-26";

    @TempDir
    Path root;

    @Test
    void aDiskThatFillsDuringALoadFailsClearlyAndARerunAfterFreeingSpaceRecovers() throws Exception {
        Path data = root.resolve("data");
        TestWarehouse.dataWithCustomsDetail(data, root, 300_000);
        Path small = Files.createDirectories(root.resolve("small"));
        assumeTrue(mount("-t", "tmpfs", "-o", "size=4m", "tmpfs", small.toString()),
                "cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN)");
        try {
            Path warehouse = small.resolve("warehouse");
            TestWarehouse.Run full = run(data, warehouse);
            assertEquals(1, full.exitCode(), full.out() + full.err());
            assertTrue(full.err().contains("error: the disk is full: "), full.err());
            assertTrue(full.err().contains("MB free of 4.2 MB"), full.err());
            assertTrue(full.err().contains("run the same command again"), full.err());
            assertTrue(Files.notExists(warehouse.resolve("kaifang.duckdb")), "no catalog is published");
            List<LakeChecksums.Finding> lake = LakeManifest.read(warehouse.resolve("lake")).verify();
            assertEquals(List.of(), lake.stream().filter(LakeChecksums.Finding::damaged).toList(),
                    "every file the lake lists is whole");

            assertTrue(mount("-o", "remount,size=64m", small.toString()), "remount larger");
            TestWarehouse.Run rerun = run(data, warehouse);
            assertEquals(0, rerun.exitCode(), rerun.out() + rerun.err());

            Path roomy = root.resolve("roomy");
            assertEquals(0, run(data, roomy).exitCode());
            Map<String, String> expected = ReliabilityIT.checksums(roomy.resolve("kaifang.duckdb"));
            assertEquals(expected, ReliabilityIT.checksums(warehouse.resolve("kaifang.duckdb")));
        } finally {
            // the in-process run's log may still be open on it: detach it lazily if need be
            if (!mount("-u", small.toString())) {
                mount("-u", "-l", small.toString());
            }
        }
    }

    private static TestWarehouse.Run run(Path data, Path warehouse) {
        return TestWarehouse.run("nightly", "--date", DATE, "--lang", "en", "--data", data.toString(), "--warehouse",
                warehouse.toString());
    }

    /** mount, or umount for {@code -u}: true when it succeeded. */
    private static boolean mount(String... args) throws Exception {
        boolean unmount = args[0].equals("-u");
        List<String> command = new ArrayList<>(List.of(unmount ? "umount" : "mount"));
        command.addAll(List.of(args).subList(unmount ? 1 : 0, args.length));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(OutputStream.nullOutputStream());
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
