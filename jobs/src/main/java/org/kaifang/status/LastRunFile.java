package org.kaifang.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.kaifang.status.WarehouseStatus.LastRun;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

/**
 * The latest run as the nightly leaves it, {@code warehouse/last_run.json}: what {@code status}
 * reads instead of the job repository. The embedded repository is a file one process opens at a
 * time, and a status polled by monitoring must never be the reason a nightly cannot start.
 */
public final class LastRunFile {

    public static final String FILE_NAME = "last_run.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private LastRunFile() {
    }

    /** Writes the run, replacing the last one whole. */
    public static void write(Path warehouseDir, LastRun run) {
        Path file = warehouseDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(warehouseDir);
            Path partial = Files.createTempFile(warehouseDir, FILE_NAME, ".partial");
            MAPPER.writeValue(partial.toFile(), run);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The run the last nightly wrote; null before the first. */
    public static LastRun read(Path warehouseDir) {
        Path file = warehouseDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return MAPPER.readValue(file.toFile(), LastRun.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
