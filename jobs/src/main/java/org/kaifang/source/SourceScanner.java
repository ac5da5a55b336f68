package org.kaifang.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.kaifang.lake.Fingerprint;

/** Finds the source files of every kind, in a stable order, with their fingerprints. */
public final class SourceScanner {

    private final Path dataDir;

    public SourceScanner(Path dataDir) {
        this.dataDir = dataDir;
    }

    public List<SourceFile> scan() {
        Path sources = dataDir.resolve("sources");
        if (!Files.isDirectory(sources)) {
            throw new SourceException(dataDir.relativize(sources).toString(), 0, 0,
                    "the data folder " + dataDir + " has no sources/ folder");
        }
        List<SourceFile> found = new ArrayList<>();
        for (SourceKind kind : SourceKind.values()) {
            Path folder = sources.resolve(kind.folder());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".csv"))
                        .sorted()
                        .forEach(p -> found.add(new SourceFile(kind, p,
                                dataDir.relativize(p).toString().replace('\\', '/'), Fingerprint.ofFile(p))));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder, e);
            }
        }
        return found;
    }
}
