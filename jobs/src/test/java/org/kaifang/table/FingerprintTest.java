package org.kaifang.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source's fingerprint is the same whichever JVM computes it, and means name and bytes. */
class FingerprintTest {

    @TempDir
    Path root;

    @Test
    void aLargeFileIsHashedByAnOptimizingJvmToTheSameFingerprint() throws Exception {
        // the tests run with the JIT's first tier only, as the launcher runs a nightly
        assumeFalse(Fingerprint.optimizing(), "a JVM with the optimizing compiler hashes in itself");
        Path detail = root.resolve("customs_detail.csv");
        byte[] line = "2015,3,430100,USA,847130,export,1234.5,,10,2\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(detail)) {
            for (long written = 0; written <= Fingerprint.CHILD_BYTES; written += line.length) {
                out.write(line);
            }
        }
        Path mapping = root.resolve("customs_detail.mapping.properties");
        Files.writeString(mapping, "encoding = UTF-8\n");

        // by hand: SHA-256 over each file's name, a zero byte, its bytes and a zero byte
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Path file : List.of(detail, mapping)) {
            digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.readAllBytes(file));
            digest.update((byte) 0);
        }
        String expected = HexFormat.of().formatHex(digest.digest());

        assertEquals(Optional.of(List.of(expected)), Fingerprint.inOptimizingJvm(List.of(List.of(detail, mapping))));
        assertEquals(expected, Fingerprint.ofFiles(List.of(detail, mapping)));
    }

    @Test
    void aFileTheChildCannotReadGivesNoFingerprintAndTheErrorNamesIt() {
        assertEquals(Optional.empty(), Fingerprint.inOptimizingJvm(List.of(List.of(root.resolve("missing.csv")))));
        UncheckedIOException missing = assertThrows(UncheckedIOException.class,
                () -> Fingerprint.ofFiles(List.of(root.resolve("missing.csv"))));
        assertTrue(missing.getMessage().contains("missing.csv"), missing.getMessage());
    }

    @Test
    void manySourcesLargeTogetherAreHashedAtOnceEachToItsOwnFingerprint() throws Exception {
        assumeFalse(Fingerprint.optimizing(), "a JVM with the optimizing compiler hashes in itself");
        // five monthly files, each a fifth of the size from which sources go to the optimizing JVM
        List<List<Path>> months = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int month = 1; month <= 5; month++) {
            Path file = root.resolve("customs_2015_0" + month + ".csv");
            byte[] line = ("2015," + month + ",430100,USA,847130,export,1234.5,,10,2\n").getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = Files.newOutputStream(file)) {
                for (long written = 0; written <= Fingerprint.CHILD_BYTES / 5; written += line.length) {
                    out.write(line);
                }
            }
            months.add(List.of(file));
            // by hand, as above
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.readAllBytes(file));
            digest.update((byte) 0);
            expected.add(HexFormat.of().formatHex(digest.digest()));
        }
        assertEquals(5, expected.stream().distinct().count());
        assertEquals(Optional.of(expected), Fingerprint.inOptimizingJvm(months));
        assertEquals(expected, Fingerprint.ofEach(months));
        assertEquals(expected.get(2), Fingerprint.ofFiles(months.get(2)));
    }
}
