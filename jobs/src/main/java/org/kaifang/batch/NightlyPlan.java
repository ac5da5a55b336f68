package org.kaifang.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        martVersion().ifPresent(current::add);
        return current;
    }

    /**
     * The version of the trade marts: they summarize exactly the current customs detail files
     * with the queries of {@code sql/marts/}, so their fingerprint is that of those files'
     * versions and of the queries: a query edited sums the marts again. Empty without customs
     * detail.
     */
    public Optional<SourceVersion> martVersion() {
        List<String> detail = sources.stream()
                .filter(s -> s.kind() == SourceKind.TRADE_FLOWS)
                .map(s -> s.name() + "@" + s.sha256())
                .sorted()
                .toList();
        if (detail.isEmpty()) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>(detail);
        texts.add(martsFingerprint);
        return Optional.of(new SourceVersion("mart:trade_flow", Fingerprint.ofTexts(texts), referenceSha256));
    }
}
