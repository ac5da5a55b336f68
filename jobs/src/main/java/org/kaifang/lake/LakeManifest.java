package org.kaifang.lake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.kaifang.table.LakeTable;

/**
 * The list of every Parquet file the lake holds, with the source version each was loaded
 * from: the lake's small table format. Files are immutable; the manifest is rewritten whole
 * and published by rename, so a reader sees the old list or the new one.
 */
public final class LakeManifest {

    private static final Logger log = LoggerFactory.getLogger(LakeManifest.class);

    public static final String FILE_NAME = "_manifest.csv";
    private static final String[] HEADER = {
        "table", "file", "source_file", "source_sha256", "reference_sha256", "vintage", "rows", "rejected"};

    private final Path lakeDir;
    private final List<LakeFile> files;
    private final LakeChecksums checksums;

    private LakeManifest(Path lakeDir, List<LakeFile> files, LakeChecksums checksums) {
        this.lakeDir = lakeDir;
        this.files = files;
        this.checksums = checksums;
    }

    public static LakeManifest read(Path lakeDir) {
        List<LakeFile> files = new ArrayList<>();
        for (CSVRecord row : LakeCsv.read(lakeDir.resolve(FILE_NAME), HEADER)) {
            files.add(new LakeFile(
                    LakeTable.valueOf(row.get("table").toUpperCase(Locale.ROOT)),
                    row.get("file"),
                    row.get("source_file"),
                    row.get("source_sha256"),
                    row.get("reference_sha256"),
                    Instant.parse(row.get("vintage")),
                    Long.parseLong(row.get("rows")),
                    Long.parseLong(row.get("rejected"))));
        }
        return new LakeManifest(lakeDir, files, LakeChecksums.read(lakeDir));
    }

    public List<LakeFile> files() {
        return List.copyOf(files);
    }

    public Optional<LakeFile> find(LakeTable table, SourceVersion version) {
        return files.stream().filter(f -> f.table() == table && f.isLoadOf(version)).findFirst();
    }

    /** The files holding the given source versions: the lake's current state. */
    public List<LakeFile> live(Set<SourceVersion> current) {
        return files.stream().filter(f -> current.stream().anyMatch(f::isLoadOf)).toList();
    }

    /** Adds a file, published in its place, unless the manifest already lists it; records its checksum. */
    public void add(LakeFile file) {
        if (files.stream().noneMatch(f -> f.file().equals(file.file()))) {
            files.add(file);
            checksums.record(file.file());
        }
    }

    /** Takes a file off the list: the next run loads its source again, if the source is still there. */
    public void remove(LakeFile file) {
        files.removeIf(f -> f.file().equals(file.file()));
        checksums.forget(file.file());
    }

    /** Every listed file checked against its recorded size and checksum; damaged and missing files first. */
    public List<LakeChecksums.Finding> verify() {
        return files.stream().flatMap(f -> checksums.check(f.file()).stream())
                .sorted(Comparator.comparing((LakeChecksums.Finding f) -> !f.damaged())
                        .thenComparing(LakeChecksums.Finding::path))
                .toList();
    }

    public Path resolve(LakeFile file) {
        return lakeDir.resolve(file.file());
    }

    /**
     * Writes the checksums, then the manifest, each beside the old one and renamed into place:
     * every file the manifest lists has its checksum recorded. A file with nothing recorded was
     * listed by a kaifang that kept no checksums: it gets them now, as it is.
     */
    public void save() {
        for (LakeFile f : files) {
            if (!checksums.hasAny(f.file()) && Files.exists(lakeDir.resolve(f.file()))) {
                log.info("recording the checksum of {}, published before kaifang kept checksums", f.file());
                checksums.record(f.file());
            }
        }
        checksums.save();
        LakeCsv.write(lakeDir.resolve(FILE_NAME), HEADER, files.stream()
                .map(f -> List.<Object>of(f.table().tableName(), f.file(), f.sourceFile(), f.sourceSha256(),
                        f.referenceSha256(), f.vintage().toString(), f.rows(), f.rejected()))
                .toList());
    }
}
