package org.kaifang.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.kaifang.config.WholeFile;
import org.kaifang.status.WarehouseStatus.LastRun;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

/**
 * The latest run as the nightly leaves it, {@code warehouse/last_run.json}: what {@code status}
 * reads instead of the job repository. The embedded repository is a file one process opens at a
 * time, and a status polled by monitoring must never be the reason a nightly cannot start.
 */
public final class LastRunFile {

    public static final String FILE_NAME = "last_run.json";

    /** The status's JSON, snake_case as the README documents it: this file and {@code status --format json}. */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private LastRunFile() {
    }

    /** Writes the run, replacing the last one whole. */
    public static void write(Path warehouseDir, LastRun run) {
        try {
            WholeFile.write(warehouseDir.resolve(FILE_NAME), MAPPER.writeValueAsString(run));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the last run as JSON", e);
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
