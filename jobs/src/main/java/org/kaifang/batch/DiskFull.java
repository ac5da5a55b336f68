package org.kaifang.batch;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kaifang.config.Messages;

/**
 * A run that failed because its disk filled up, told as such: drivers and libraries each word it
 * their own way ("No space left on device" inside an I/O error of DuckDB, H2 or Parquet), and the
 * operator needs to hear that the disk is full, where, and that a rerun after freeing space
 * restarts from the step that failed.
 */
final class DiskFull {

    private static final String[] SIGNS = {"no space left on device", "disk quota exceeded", "not enough space"};

    /** An absolute path in a message (not the tail of a relative one): what the failing write was writing. */
    private static final Pattern PATH = Pattern.compile("(?<![\\w.])/[^\\s\"':,]+");

    private DiskFull() {
    }

    /** The message for a failure caused by a full disk, or empty when something else failed. */
    static Optional<String> describe(Throwable failure, Path warehouse) {
        String where = null;
        Path file = null;
        boolean full = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            Matcher path = PATH.matcher(message);
            if (file == null && path.find()) {
                file = Path.of(path.group());
                where = message.lines().findFirst().orElse(message);
            }
            String lower = message.toLowerCase(Locale.ROOT);
            for (String sign : SIGNS) {
                full |= lower.contains(sign);
            }
        }
        if (!full) {
            return Optional.empty();
        }
        return Optional.of(Messages.text("run.disk_full", where == null ? warehouse : where,
                free(file == null ? warehouse : file)));
    }

    /** The free space of the filesystem holding a path, or of its nearest folder that exists. */
    private static String free(Path path) {
        Path existing = path.toAbsolutePath();
        while (existing.getParent() != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            FileStore store = Files.getFileStore(existing);
            return String.format("%s: %.1f MB free of %.1f MB", store, store.getUsableSpace() / 1e6,
                    store.getTotalSpace() / 1e6);
        } catch (IOException | RuntimeException e) {
            return path.toString();
        }
    }
}
