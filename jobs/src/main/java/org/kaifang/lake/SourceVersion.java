package org.kaifang.lake;

/**
 * A version of a source file, as far as loading is concerned: its bytes, and the reference
 * tables its rows are validated against. The same version is never loaded twice.
 */
public record SourceVersion(String sourceFile, String sha256, String referenceSha256) {
}
