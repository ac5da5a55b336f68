package org.kaifang.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.TestWarehouse;

/**
 * A byte flipped in a lake file (a failing disk, a bad copy): {@code verify} names the file,
 * the next nightly run refuses to build over it, and {@code repair} loads its source again with
 * its first vintage, after which every view is as before.
 */
class DamagedLakeTest {

    private static final String DATE = "2026-11-26";

    @TempDir
    Path root;

    @Test
    void aFlippedByteIsFoundRefusedAndRepaired() throws Exception {
        TestWarehouse warehouse = new TestWarehouse(root).inEnglish();
        assertEquals(0, warehouse.nightly(DATE).exitCode());
        TestWarehouse.Run sound = warehouse.kaifang("verify");
        assertEquals(0, sound.exitCode(), sound.out() + sound.err());
        assertTrue(sound.out().contains(", 0 damaged or missing"), sound.out());
        assertTrue(sound.out().contains(", 0 failing"), sound.out());
        Map<String, String> before = ReliabilityIT.checksums(warehouse.catalog());

        Path speech = onlyFile(warehouse.warehouse().resolve("lake/observation"), "xiangtan_2011_speech");
        flipByteInTheMiddle(speech);

        TestWarehouse.Run verify = warehouse.kaifang("verify");
        assertEquals(1, verify.exitCode(), verify.out() + verify.err());
        assertTrue(verify.out().contains("damaged: " + speech + ": checksum "), verify.out());
        assertTrue(verify.out().contains(", 1 damaged or missing"), verify.out());

        FileTime catalogTime = Files.getLastModifiedTime(warehouse.catalog());
        TestWarehouse.Run refused = warehouse.nightly(DATE, "--rerun");
        assertEquals(1, refused.exitCode(), refused.out() + refused.err());
        assertTrue(refused.err().contains("error: lake file " + speech + " is damaged: checksum "), refused.err());
        assertTrue(refused.err().contains("run ./kaifang repair"), refused.err());
        assertEquals(catalogTime, Files.getLastModifiedTime(warehouse.catalog()), "the published catalog stays");

        TestWarehouse.Run repair = warehouse.kaifang("repair");
        assertEquals(0, repair.exitCode(), repair.out() + repair.err());
        assertTrue(repair.out().contains("set aside damaged observation/" + speech.getFileName()), repair.out());
        assertTrue(repair.out().contains("reloaded sources/observations/xiangtan_2011_speech.csv (observation) as of "),
                repair.out());
        // loaded again under its own name: the vintage it first had, so the lake's history is whole
        assertTrue(Files.isRegularFile(speech), "the source reloaded into the same file name");
        assertTrue(Files.exists(warehouse.warehouse().resolve("lake/_damaged")), "the damaged file is kept aside");
        assertEquals(0, warehouse.kaifang("verify").exitCode());
        assertEquals(before, ReliabilityIT.checksums(warehouse.catalog()));
    }

    @Test
    void verifyNamesAMissingFileAndAViewThatNoLongerAnswers() throws Exception {
        TestWarehouse warehouse = new TestWarehouse(root).inEnglish();
        assertEquals(0, warehouse.nightly(DATE).exitCode());
        Path targets = onlyFile(warehouse.warehouse().resolve("lake/target"), "xiangtan_2012_targets");
        Files.delete(targets);

        TestWarehouse.Run verify = warehouse.kaifang("verify");
        assertEquals(1, verify.exitCode(), verify.out() + verify.err());
        assertTrue(verify.out().contains("damaged: " + targets + ": missing"), verify.out());
        assertTrue(verify.out().contains("failing: view lake_target: "), verify.out());
    }

    private static Path onlyFile(Path folder, String containing) throws Exception {
        try (var files = Files.list(folder)) {
            List<Path> matching = files.filter(p -> p.getFileName().toString().contains(containing)).toList();
            assertEquals(1, matching.size(), matching.toString());
            return matching.get(0);
        }
    }

    private static void flipByteInTheMiddle(Path file) throws Exception {
        try (RandomAccessFile bytes = new RandomAccessFile(file.toFile(), "rw")) {
            long middle = bytes.length() / 2;
            bytes.seek(middle);
            int b = bytes.read();
            bytes.seek(middle);
            bytes.write(b ^ 0x01);
        }
    }
}
