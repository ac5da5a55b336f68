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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * SHA-256 fingerprints of files and texts: how the lake knows a source has not changed.
 *
 * <p>The launcher runs most commands with the JIT's first tier only, under which SHA-256 runs
 * in plain Java at about 140 MB/s; the optimizing compiler uses the processor's SHA
 * instructions, 1 GB/s and more. Under the first tier, sources of {@value #CHILD_BYTES} bytes
 * or more in all are therefore hashed by a JVM of their own with the optimizing compiler (a
 * tenth of a second to start), one source per core at a time: 10^7 lines of customs detail,
 * 466 MB, in 0.6 s instead of 3.4 s, and the same lines as 24 monthly files in 0.45 s instead
 * of 3.5 s. The fingerprint is the same either way.
 */
public final class Fingerprint {

    /** From this size on, sources are hashed in a JVM of their own when this one does not optimize. */
    static final long CHILD_BYTES = 64L << 20;

    /** Between two sources' files in the arguments of {@link #main}. */
    private static final String NEXT_SOURCE = "--";

    private Fingerprint() {
    }

    /** One fingerprint over several files' names and bytes, in the order given. */
    public static String ofFiles(List<Path> files) {
        return ofEach(List.of(files)).get(0);
    }

    /**
     * One fingerprint per source, each over its files' names and bytes in the order given (a
     * workbook and its mapping file): all of them at once, so that many sources as large as
     * one together go to the optimizing JVM together.
     */
    public static List<String> ofEach(List<List<Path>> sources) {
        long bytes = sources.stream().mapToLong(Fingerprint::bytes).sum();
        if (bytes >= CHILD_BYTES && !optimizing()) {
            Optional<List<String>> hashed = inOptimizingJvm(sources);
            if (hashed.isPresent()) {
                return hashed.get();
            }
        }
        return sources.stream().map(Fingerprint::inThisJvm).toList();
    }

    /**
     * Prints the fingerprint of each source named, one line each, in order: the files of a
     * source, then {@value #NEXT_SOURCE} before the next source's. What {@link #inOptimizingJvm}
     * runs; the sources are hashed side by side, one per core.
     */
    public static void main(String[] args) throws InterruptedException, ExecutionException {
        List<List<Path>> sources = new ArrayList<>(List.of(new ArrayList<>()));
        for (String arg : args) {
            if (arg.equals(NEXT_SOURCE)) {
                sources.add(new ArrayList<>());
            } else {
                sources.get(sources.size() - 1).add(Path.of(arg));
            }
        }
        ExecutorService cores = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<String>> hashing = new ArrayList<>();
            for (List<Path> source : sources) {
                hashing.add(cores.submit(() -> inThisJvm(source)));
            }
            for (Future<String> fingerprint : hashing) {
                System.out.println(fingerprint.get());
            }
        } finally {
            cores.shutdownNow();
        }
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
     * Each source's fingerprint from a JVM with the optimizing compiler, or nothing if that JVM
     * could not give them (this JVM then hashes the files itself).
     */
    static Optional<List<String>> inOptimizingJvm(List<List<Path>> sources) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx64m", "-cp", System.getProperty("java.class.path"), Fingerprint.class.getName()));
        for (int i = 0; i < sources.size(); i++) {
            if (i > 0) {
                command.add(NEXT_SOURCE);
            }
            sources.get(i).forEach(f -> command.add(f.toAbsolutePath().toString()));
        }
        Process process = null;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // the output ends when the child does
            List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip()
                    .lines().toList();
            boolean whole = process.waitFor() == 0 && lines.size() == sources.size()
                    && lines.stream().allMatch(l -> l.matches("[0-9a-f]{64}"));
            return whole ? Optional.of(lines) : Optional.empty();
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
