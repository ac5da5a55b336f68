package org.kaifang.source;

import java.nio.file.Path;

/**
 * A source file found under {@code data/sources/}.
 *
 * @param name   path relative to the data folder, with forward slashes: how messages name it
 * @param sha256 fingerprint of its bytes
 */
public record SourceFile(SourceKind kind, Path path, String name, String sha256) {
}
