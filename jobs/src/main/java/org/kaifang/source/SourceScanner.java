package org.kaifang.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.kaifang.config.Messages;
import org.kaifang.table.Fingerprint;

/** Finds the source files of every kind, in a stable order, with their fingerprints. */
public final class SourceScanner {

    private final Path dataDir;

    public SourceScanner(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** CSV files, and workbooks (read through the mapping file beside them); Excel's lock files are not. */
    private static boolean isSource(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".csv") || (name.endsWith(".xlsx") && !name.startsWith("~$"));
    }

    /** A file's version is its bytes and its mapping's: changing how it is read reloads it. */
    private static List<Path> versioned(Path p) {
        Path mapping = WorkbookMapping.fileFor(p);
        return Files.exists(mapping) ? List.of(p, mapping) : List.of(p);
    }

    /** A source file found, before its fingerprint. */
    private record Candidate(SourceKind kind, Path path) {
    }

    public List<SourceFile> scan() {
        Path sources = dataDir.resolve("sources");
        if (!Files.isDirectory(sources)) {
            throw new SourceException(dataDir.relativize(sources).toString(), 0, 0,
                    Messages.text("data.no_sources", dataDir));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (SourceKind kind : SourceKind.values()) {
            Path folder = sources.resolve(kind.folder());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(p -> Files.isRegularFile(p) && isSource(p))
                        .sorted()
                        .forEach(p -> candidates.add(new Candidate(kind, p)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder, e);
            }
        }
        // every source at once: many monthly files go to the optimizing JVM together, as one large file does
        List<String> fingerprints = Fingerprint.ofEach(candidates.stream().map(c -> versioned(c.path())).toList());
        List<SourceFile> found = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Path path = candidates.get(i).path();
            found.add(new SourceFile(candidates.get(i).kind(), path,
                    dataDir.relativize(path).toString().replace('\\', '/'), fingerprints.get(i)));
        }
        return found;
    }
}
