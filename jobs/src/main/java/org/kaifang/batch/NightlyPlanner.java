package org.kaifang.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kaifang.catalog.SqlModels;
import org.kaifang.config.Settings;
import org.kaifang.table.Fingerprint;
import org.kaifang.lake.LakeManifest;
import org.kaifang.lake.LakeRepairs;
import org.kaifang.lake.SourceVersion;
import org.kaifang.source.ReferenceLoader;
import org.kaifang.source.ReferenceTables;
import org.kaifang.source.SourceFile;
import org.kaifang.source.SourceScanner;

/** Finds the sources and decides which versions the lake still lacks. */
public final class NightlyPlanner {

    private final Settings settings;
    private final SqlModels models;
    private final String build;

    public NightlyPlanner(Settings settings, SqlModels models, String build) {
        this.settings = settings;
        this.models = models;
        this.build = build;
    }

    public NightlyPlan plan(LocalDate runDate) {
        String referenceSha = new ReferenceLoader(settings.dataDir()).fingerprint();
        List<SourceFile> sources = new SourceScanner(settings.dataDir()).scan();
        LakeManifest manifest = LakeManifest.read(settings.lakeDir());

        boolean loadReference = ReferenceTables.FILES.stream().anyMatch(f ->
                manifest.find(f.table(), new SourceVersion(f.sourceFile(), referenceSha, referenceSha))
                        .isEmpty());
        List<SourceFile> toLoad = new ArrayList<>();
        // what the night's outputs are made from: the build of kaifang (a new one lays every report
        // out again), the SQL, the reference tables, the language and whether briefs get a PDF
        List<String> fingerprints = new ArrayList<>(List.of(build, models.fingerprint(), referenceSha,
                settings.language().name(), "pdf " + settings.briefPdf()));
        for (SourceFile source : sources) {
            SourceVersion version = new SourceVersion(source.name(), source.sha256(), referenceSha);
            if (manifest.find(source.kind().table(), version).isEmpty()) {
                toLoad.add(source);
            }
            fingerprints.add(source.name());
            fingerprints.add(source.sha256());
        }
        NightlyPlan unrestored = new NightlyPlan(runDate, referenceSha, loadReference, sources, toLoad,
                Fingerprint.ofTexts(fingerprints), models.martsFingerprint(), Map.of());
        // files set aside as damaged load again with the vintage they were first loaded with
        Map<String, Instant> restored = new HashMap<>();
        Set<SourceVersion> current = unrestored.currentVersions(ReferenceTables.sourceFiles());
        for (LakeRepairs.Repair repair : LakeRepairs.read(settings.lakeDir()).pending(manifest)) {
            if (current.contains(repair.version())) {
                restored.put(repair.version().sourceFile(), repair.vintage());
            }
        }
        return new NightlyPlan(runDate, referenceSha, loadReference, sources, toLoad, unrestored.inputsFingerprint(),
                unrestored.martsFingerprint(), Map.copyOf(restored));
    }
}
