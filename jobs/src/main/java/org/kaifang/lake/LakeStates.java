package org.kaifang.lake;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

/**
 * Which version of each source file was current from when: every catalog build records the
 * versions it publishes, stamped with its run's vintage. A figure's history is then complete
 * whatever happened to its file: replaced, withdrawn (deleted) or reverted to an earlier
 * version, {@code observation_as_of(t)} reads the versions of the state current at {@code t}.
 */
public final class LakeStates {

    public static final String FILE_NAME = "_states.csv";
    private static final String[] HEADER = {"state_time", "source_file", "vintage"};

    /** One source version in one state: the file, and the vintage its rows carry. */
    public record Entry(Instant stateTime, String sourceFile, Instant vintage) {
    }

    private final Path lakeDir;
    private final List<Entry> entries;

    private LakeStates(Path lakeDir, List<Entry> entries) {
        this.lakeDir = lakeDir;
        this.entries = entries;
    }

    public static LakeStates read(Path lakeDir) {
        List<Entry> entries = new ArrayList<>();
        for (CSVRecord row : LakeCsv.read(lakeDir.resolve(FILE_NAME), HEADER)) {
            entries.add(new Entry(Instant.parse(row.get("state_time")), row.get("source_file"),
                    Instant.parse(row.get("vintage"))));
        }
        return new LakeStates(lakeDir, entries);
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /**
     * Records the files current from {@code time} on. A run restarted after a crash records its
     * state again with the same time: the earlier record of that time is replaced, not doubled.
     */
    public void record(Instant time, List<LakeFile> current) {
        entries.removeIf(e -> e.stateTime().equals(time));
        current.stream()
                .map(f -> new Entry(time, f.sourceFile(), f.vintage()))
                .distinct()
                .sorted(Comparator.comparing(Entry::sourceFile))
                .forEach(entries::add);
    }

    /** Writes the states beside the old file, then renames it into place. */
    public void save() {
        LakeCsv.write(lakeDir.resolve(FILE_NAME), HEADER, entries.stream()
                .map(e -> List.<Object>of(e.stateTime().toString(), e.sourceFile(), e.vintage().toString()))
                .toList());
    }
}
