package org.kaifang.lake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import org.apache.commons.csv.CSVRecord;

/**
 * The size and CRC-32C of every Parquet file in the lake, recorded when the file is published,
 * so a byte the disk or a copy damaged later is found ({@code ./kaifang verify}) before a catalog
 * is built over it. CRC-32C, the checksum of Parquet pages and of HDFS, is computed by the
 * processor at several GB/s: checking the whole lake each night costs less than reading it.
 */
public final class LakeChecksums {

    public static final String FILE_NAME = "_checksums.csv";
    private static final String[] HEADER = {"file", "bytes", "crc32c"};

    /** A Parquet file's recorded size and checksum. */
    public record Checksum(long bytes, String crc32c) {
    }

    /** A lake file that does not match what was recorded, or has nothing recorded. */
    public record Finding(Path path, String problem, boolean damaged) {
    }

    private final Path lakeDir;
    private final Map<String, Checksum> files;

    private LakeChecksums(Path lakeDir, Map<String, Checksum> files) {
        this.lakeDir = lakeDir;
        this.files = files;
    }

    public static LakeChecksums read(Path lakeDir) {
        Map<String, Checksum> files = new TreeMap<>();
        for (CSVRecord row : LakeCsv.read(lakeDir.resolve(FILE_NAME), HEADER)) {
            files.put(row.get("file"), new Checksum(Long.parseLong(row.get("bytes")), row.get("crc32c")));
        }
        return new LakeChecksums(lakeDir, files);
    }

    /** Records the Parquet files of a published lake file (one file, or a folder of parts). */
    public void record(String lakeFile) {
        for (Path part : parquetFiles(lakeDir.resolve(lakeFile))) {
            files.put(relative(part), of(part));
        }
    }

    /** True when anything is recorded for a lake file (one file, or a folder of parts). */
    public boolean hasAny(String lakeFile) {
        return files.keySet().stream().anyMatch(f -> isPartOf(f, lakeFile));
    }

    /** Drops what is recorded for a lake file (one file, or a folder of parts). */
    public void forget(String lakeFile) {
        files.keySet().removeIf(f -> isPartOf(f, lakeFile));
    }

    /**
     * Every problem with a lake file: a missing file or part, a part nobody recorded beside the
     * recorded ones, a size or checksum that differs from the record (all damaged), or a file with
     * nothing recorded at all (not damaged: it was loaded by a kaifang that kept no checksums).
     */
    public List<Finding> check(String lakeFile) {
        Path path = lakeDir.resolve(lakeFile);
        List<Finding> findings = new ArrayList<>();
        if (!Files.exists(path)) {
            findings.add(new Finding(path, "missing", true));
            return findings;
        }
        List<Path> parts = parquetFiles(path);
        boolean recorded = hasAny(lakeFile);
        for (String name : files.keySet()) {
            if (isPartOf(name, lakeFile) && Files.notExists(lakeDir.resolve(name))) {
                findings.add(new Finding(lakeDir.resolve(name), "missing", true));
            }
        }
        for (Path part : parts) {
            Checksum expected = files.get(relative(part));
            if (expected == null) {
                findings.add(recorded ? new Finding(part, "a part that was never published", true)
                        : new Finding(part, "no checksum recorded (loaded before kaifang kept them)", false));
                continue;
            }
            Checksum actual = of(part);
            if (actual.bytes() != expected.bytes()) {
                findings.add(new Finding(part, "size " + actual.bytes() + " bytes, recorded " + expected.bytes(), true));
            } else if (!actual.crc32c().equals(expected.crc32c())) {
                findings.add(new Finding(part, "checksum " + actual.crc32c() + ", recorded " + expected.crc32c(), true));
            }
        }
        return findings;
    }

    /** True when a recorded Parquet file is the lake file itself or one of its parts. */
    private static boolean isPartOf(String recorded, String lakeFile) {
        return recorded.equals(lakeFile) || recorded.startsWith(lakeFile + "/");
    }

    public void save() {
        LakeCsv.write(lakeDir.resolve(FILE_NAME), HEADER, files.entrySet().stream()
                .map(e -> List.<Object>of(e.getKey(), e.getValue().bytes(), e.getValue().crc32c())).toList());
    }

    static Checksum of(Path file) {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[1 << 20];
        long bytes = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
                bytes += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new Checksum(bytes, String.format("%08x", crc.getValue()));
    }

    private String relative(Path part) {
        return lakeDir.relativize(part).toString().replace('\\', '/');
    }

    private static List<Path> parquetFiles(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(p -> p.toString().endsWith(".parquet") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path, e);
        }
    }
}
