package org.kaifang.lake;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVRecord;
import org.kaifang.table.LakeTable;

/**
 * Lake files set aside as damaged, whose sources the next run loads again. Each keeps the vintage
 * it was first loaded with, so the reloaded rows carry it again: the lake's history
 * ({@code observation_as_of}, the states) reads as if the damage had never been. A repair is
 * pending while its table lacks a file of exactly that source version; once reloaded, or once
 * the source or the reference changed, it no longer applies.
 */
public final class LakeRepairs {

    public static final String FILE_NAME = "_repairs.csv";
    private static final String[] HEADER = {"table", "source_file", "source_sha256", "reference_sha256", "vintage"};

    /** A lake file to load again, stamped with its first vintage. */
    public record Repair(LakeTable table, SourceVersion version, Instant vintage) {
    }

    private final Path lakeDir;
    private final List<Repair> repairs;

    private LakeRepairs(Path lakeDir, List<Repair> repairs) {
        this.lakeDir = lakeDir;
        this.repairs = repairs;
    }

    public static LakeRepairs read(Path lakeDir) {
        List<Repair> repairs = new ArrayList<>();
        for (CSVRecord row : LakeCsv.read(lakeDir.resolve(FILE_NAME), HEADER)) {
            repairs.add(new Repair(LakeTable.valueOf(row.get("table").toUpperCase(Locale.ROOT)),
                    new SourceVersion(row.get("source_file"), row.get("source_sha256"), row.get("reference_sha256")),
                    Instant.parse(row.get("vintage"))));
        }
        return new LakeRepairs(lakeDir, repairs);
    }

    /** Repairs the manifest does not show done yet. */
    public List<Repair> pending(LakeManifest manifest) {
        return repairs.stream().filter(r -> manifest.find(r.table(), r.version()).isEmpty()).toList();
    }

    /** Drops the repairs a manifest shows done. */
    public void prune(LakeManifest manifest) {
        repairs.removeIf(r -> manifest.find(r.table(), r.version()).isPresent());
    }

    /** Records a file about to be set aside. */
    public void add(LakeFile file) {
        Repair repair = new Repair(file.table(),
                new SourceVersion(file.sourceFile(), file.sourceSha256(), file.referenceSha256()), file.vintage());
        if (!repairs.contains(repair)) {
            repairs.add(repair);
        }
    }

    public void save() {
        LakeCsv.write(lakeDir.resolve(FILE_NAME), HEADER, repairs.stream()
                .map(r -> List.<Object>of(r.table().tableName(), r.version().sourceFile(), r.version().sha256(),
                        r.version().referenceSha256(), r.vintage().toString()))
                .toList());
    }
}
