package org.kaifang.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file kaifang replaces whole (a page, a status, a record of what was told): written beside it
 * under a name of its own, then renamed over it, so a reader sees the old file or the new one,
 * never half of one, and two writers at once never write into the same file. It is readable by
 * everyone, as a file written in place would be: a web server or a share serving the reports
 * reads it too.
 */
public final class WholeFile {

    private WholeFile() {
    }

    private static boolean holds(Path file, String text) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == text.getBytes(StandardCharsets.UTF_8).length
                    && Files.readString(file, StandardCharsets.UTF_8).equals(text);
        } catch (IOException e) {
            // unreadable as it is: written anew
            return false;
        }
    }

    /** Writes the text, unless the file already holds it: tools that sync the reports see only real changes. */
    public static void write(Path file, String text) {
        Path folder = file.toAbsolutePath().getParent();
        Path partial = null;
        try {
            if (holds(file, text)) {
                return;
            }
            Files.createDirectories(folder);
            partial = Files.createTempFile(folder, file.getFileName() + ".", ".partial");
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            if (Files.getFileStore(partial).supportsFileAttributeView("posix")) {
                // a temporary file is made private (rw-------); the file it becomes is not
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // renamed away already, or left for the next write to replace
                }
            }
        }
    }
}
