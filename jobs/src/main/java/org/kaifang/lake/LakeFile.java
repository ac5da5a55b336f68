package org.kaifang.lake;

import java.time.Instant;
import org.kaifang.table.LakeTable;

/**
 * One immutable Parquet file of the lake, and the version of the source it was loaded from.
 *
 * @param table           the lake table
 * @param file            path relative to the lake folder
 * @param sourceFile      source file relative to the data folder
 * @param sourceSha256    fingerprint of the source file's bytes
 * @param referenceSha256 fingerprint of the reference tables the rows were validated against
 * @param vintage         when this version of the source was loaded
 * @param rows            rows written
 * @param rejected        rows rejected
 */
public record LakeFile(
        LakeTable table,
        String file,
        String sourceFile,
        String sourceSha256,
        String referenceSha256,
        Instant vintage,
        long rows,
        long rejected) {

    /** True when this file holds exactly the given version of a source. */
    public boolean isLoadOf(SourceVersion version) {
        return sourceFile.equals(version.sourceFile())
                && sourceSha256.equals(version.sha256())
                && referenceSha256.equals(version.referenceSha256());
    }
}
