package org.kaifang.lake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

/**
 * Lake files set aside as damaged, whose sources the next run loads again. Each keeps the vintage
 * it was first loaded with, so the reloaded rows carry it again: the lake's history
 * ({@code observation_as_of}, the states) reads as if the damage had never been.
 */
public final class LakeRepairs {

    public static final String FILE_NAME = "_repairs.csv";
    private static final String[] HEADER = {"source_file", "source_sha256", "vintage"};

    /** A source version to load again, stamped with its first vintage. */
    public record Repair(String sourceFile, String sourceSha256, Instant vintage) {

        public boolean isOf(SourceVersion version) {
            return sourceFile.equals(version.sourceFile()) && sourceSha256.equals(version.sha256());
        }
    }

    private final java.nio.file.Path lakeDir;
    private final List<Repair> repairs;

    private LakeRepairs(java.nio.file.Path lakeDir, List<Repair> repairs) {
        this.lakeDir = lakeDir;
        this.repairs = repairs;
    }

    public static LakeRepairs read(java.nio.file.Path lakeDir) {
        List<Repair> repairs = new ArrayList<>();
        for (CSVRecord row : LakeCsv.read(lakeDir.resolve(FILE_NAME), HEADER)) {
            repairs.add(new Repair(row.get("source_file"), row.get("source_sha256"), Instant.parse(row.get("vintage"))));
        }
        return new LakeRepairs(lakeDir, repairs);
    }

    public List<Repair> repairs() {
        return List.copyOf(repairs);
    }

    public void add(LakeFile file) {
        Repair repair = new Repair(file.sourceFile(), file.sourceSha256(), file.vintage());
        if (!repairs.contains(repair)) {
            repairs.add(repair);
        }
    }

    public void save() {
        LakeCsv.write(lakeDir.resolve(FILE_NAME), HEADER, repairs.stream()
                .map(r -> List.<Object>of(r.sourceFile(), r.sourceSha256(), r.vintage().toString())).toList());
    }
}
