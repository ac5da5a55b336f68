package org.kaifang.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * SHA-256 fingerprints of files and texts: how the lake knows a source has not changed.
 *
 * <p>The launcher runs most commands with the JIT's first tier only, under which SHA-256 runs
 * in plain Java at about 140 MB/s; the optimizing compiler uses the processor's SHA
 * instructions, 1 GB/s and more. Under the first tier, files of {@value #CHILD_BYTES} bytes
 * or more in all are therefore hashed by a JVM of their own with the optimizing compiler (a
 * tenth of a second to start):
 * 10^7 lines of customs detail, 466 MB, in 0.6 s instead of 3.4 s. The fingerprint is the
 * same either way.
 */
public final class Fingerprint {

    /** From this size on, files are hashed in a JVM of their own when this one does not optimize. */
    static final long CHILD_BYTES = 64L << 20;

    private Fingerprint() {
    }

    public static String ofFile(Path file) {
        return ofFiles(List.of(file));
    }

    /** One fingerprint over several files' names and bytes, in the order given. */
    public static String ofFiles(List<Path> files) {
        if (bytes(files) >= CHILD_BYTES && !optimizing()) {
            Optional<String> hashed = inOptimizingJvm(files);
            if (hashed.isPresent()) {
                return hashed.get();
            }
        }
        return inThisJvm(files);
    }

    /** Prints the fingerprint of the files named, in that order: what {@link #inOptimizingJvm} runs. */
    public static void main(String[] args) {
        System.out.println(inThisJvm(List.of(args).stream().map(Path::of).toList()));
    }

    static String inThisJvm(List<Path> files) {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        for (Path file : files) {
            digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String ofTexts(List<String> texts) {
        MessageDigest digest = sha256();
        for (String text : texts) {
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The fingerprint from a JVM with the optimizing compiler, or nothing if that JVM could not
     * give one (this JVM then hashes the files itself).
     */
    static Optional<String> inOptimizingJvm(List<Path> files) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx64m", "-cp", System.getProperty("java.class.path"), Fingerprint.class.getName()));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        Process process = null;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // the output ends when the child does
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor() == 0 && output.matches("[0-9a-f]{64}") ? Optional.of(output) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            // interrupted, or its output unreadable: it would hash on for nothing
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    /** Whether this JVM compiles hot code with the optimizing compiler (the launcher's JIT choice). */
    static boolean optimizing() {
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        try {
            return hotspot == null || !"1".equals(hotspot.getVMOption("TieredStopAtLevel").getValue());
        } catch (IllegalArgumentException e) {
            // a JVM without HotSpot's tiers: it hashes the files itself
            return true;
        }
    }

    private static long bytes(List<Path> files) {
        long sum = 0;
        for (Path file : files) {
            try {
                sum += Files.size(file);
            } catch (IOException e) {
                // hashing it names the file
            }
        }
        return sum;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
