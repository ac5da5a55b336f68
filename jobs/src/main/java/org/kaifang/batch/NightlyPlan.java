package org.kaifang.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kaifang.lake.SourceVersion;
import org.kaifang.source.SourceFile;
import org.kaifang.source.SourceKind;
import org.kaifang.table.Fingerprint;

/**
 * What one nightly run has to do, decided before it starts.
 *
 * @param runDate           the business date of the run
 * @param referenceSha256   fingerprint of data/reference/
 * @param loadReference     whether the reference tables changed since they were last loaded
 * @param sources           every source file found now
 * @param toLoad            those whose version the lake does not hold yet
 * @param inputsFingerprint fingerprint of everything that decides the warehouse's contents:
 *                          reference, sources, SQL models and the application version
 * @param martsFingerprint  fingerprint of the marts' queries ({@code sql/marts/})
 */
public record NightlyPlan(
        LocalDate runDate,
        String referenceSha256,
        boolean loadReference,
        List<SourceFile> sources,
        List<SourceFile> toLoad,
        String inputsFingerprint,
        String martsFingerprint,
        Map<String, Instant> restoredVintages) {

    /**
     * True when the lake holds every current source version: nothing to load, no damaged file
     * waiting to be loaded again. Only then can unchanged inputs mean nothing to do.
     */
    public boolean lakeComplete() {
        return toLoad.isEmpty() && !loadReference && restoredVintages.isEmpty();
    }

    public SourceVersion version(SourceFile source) {
        return new SourceVersion(source.name(), source.sha256(), referenceSha256);
    }

    public SourceVersion referenceVersion(String file) {
        return new SourceVersion(file, referenceSha256, referenceSha256);
    }

    /** Every source version the lake's current state consists of, the trade marts included. */
    public Set<SourceVersion> currentVersions(List<String> referenceFiles) {
        Set<SourceVersion> current = new HashSet<>();
        sources.forEach(s -> current.add(version(s)));
        referenceFiles.forEach(f -> current.add(referenceVersion(f)));
        detailFiles().forEach(d -> current.add(martVersion(d)));
        return current;
    }

    /** The customs detail files found now, by name. */
    public List<SourceFile> detailFiles() {
        return sources.stream()
                .filter(s -> s.kind() == SourceKind.TRADE_FLOWS)
                .sorted(Comparator.comparing(SourceFile::name))
                .toList();
    }

    /**
     * The version of one detail file's trade marts: its sums with the queries of
     * {@code sql/marts/}, so their fingerprint is that of the file's version and of the queries,
     * and like every lake file's, of the reference files (the product groups). Each file has
     * marts of its own, and the catalog adds them up: a night that brings one new month's file
     * sums that file alone, and a query edited sums every file again.
     */
    public SourceVersion martVersion(SourceFile detail) {
        return new SourceVersion("mart:" + detail.name(),
                Fingerprint.ofTexts(List.of(detail.name() + "@" + detail.sha256(), martsFingerprint)), referenceSha256);
    }
}
