package org.kaifang.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.kaifang.config.WholeFile;

/**
 * The states operators have been told of and that still hold, {@code warehouse/notify/conditions.txt}:
 * the run date they were judged on, then one state per line. A state is told when it first
 * appears; one no longer in force is dropped, so it is told again should it return.
 */
final class ToldStates {

    static final String FILE = "notify/conditions.txt";

    private static final String DATE_LINE = "# as of ";

    private final Path file;
    private final LocalDate asOf;
    private final Set<String> states;

    private ToldStates(Path file, LocalDate asOf, Set<String> states) {
        this.file = file;
        this.asOf = asOf;
        this.states = states;
    }

    static ToldStates read(Path warehouseDir) {
        Path file = warehouseDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new ToldStates(file, null, new TreeSet<>());
        }
        try {
            LocalDate asOf = null;
            Set<String> states = new TreeSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith(DATE_LINE)) {
                    asOf = LocalDate.parse(line.substring(DATE_LINE.length()).strip());
                } else if (!line.isBlank()) {
                    states.add(line);
                }
            }
            return new ToldStates(file, asOf, states);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Whether states judged on {@code runDate} are news: not for a run of an earlier day than the
     * states kept (a backfill judges the past, and must not undo what the present was told).
     */
    boolean isCurrent(LocalDate runDate) {
        return asOf == null || !runDate.isBefore(asOf);
    }

    boolean told(String state) {
        return states.contains(state);
    }

    /** Keeps the states in force on {@code runDate}, replacing the file whole. */
    void replace(LocalDate runDate, Set<String> inForce) {
        List<String> lines = new ArrayList<>();
        lines.add(DATE_LINE + runDate);
        lines.addAll(new TreeSet<>(inForce));
        WholeFile.write(file, String.join("\n", lines) + "\n");
    }
}
