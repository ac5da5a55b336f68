package org.kaifang.lake;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.kaifang.table.LakeTable;

/**
 * Where lake files live. A load writes into a staging folder of its job instance; publishing
 * moves the file to its immutable, vintage-named place and lists it in the manifest.
 */
public final class LakeLayout {

    private static final DateTimeFormatter VINTAGE_NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path lakeDir;

    public LakeLayout(Path lakeDir) {
        this.lakeDir = lakeDir;
    }

    public Path lakeDir() {
        return lakeDir;
    }

    public Path stagingDir(long jobInstanceId) {
        return lakeDir.resolve("_staging").resolve("i" + jobInstanceId);
    }

    /** Where a load stages its output: a Parquet file, or a folder of them for a partitioned table. */
    public Path stagingFile(long jobInstanceId, LakeTable table, String sourceFile) {
        return stagingDir(jobInstanceId).resolve(table.tableName())
                .resolve(safe(sourceFile) + (table.isPartitioned() ? "" : ".parquet"));
    }

    /** The published file's path relative to the lake: table, vintage, source name and fingerprint. */
    public String publishedName(LakeTable table, SourceVersion version, Instant vintage) {
        return table.tableName() + "/" + VINTAGE_NAME.format(vintage) + "_" + safe(stem(version.sourceFile()))
                + "_" + version.sha256().substring(0, 12) + (table.isPartitioned() ? "" : ".parquet");
    }

    private static String stem(String sourceFile) {
        String name = sourceFile.substring(sourceFile.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A file name from a relative path: separators and anything unusual become _. */
    public static String safe(String name) {
        return name.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
    }
}
