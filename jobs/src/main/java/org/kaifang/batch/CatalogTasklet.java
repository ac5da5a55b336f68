package org.kaifang.batch;

import java.util.Set;

import org.kaifang.catalog.CatalogBuilder;
import org.kaifang.lake.LakeLayout;
import org.kaifang.lake.LakeManifest;
import org.kaifang.lake.LakeStates;
import org.kaifang.lake.SourceVersion;
import org.kaifang.source.ReferenceTables;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Rebuilds {@code kaifang.duckdb} over the lake's current files and swaps it in. */
public final class CatalogTasklet implements Tasklet {

    private final NightlyPlan plan;
    private final LakeLayout layout;
    private final CatalogBuilder builder;

    public CatalogTasklet(NightlyPlan plan, LakeLayout layout, CatalogBuilder builder) {
        this.plan = plan;
        this.layout = layout;
        this.builder = builder;
    }

    /**
     * Records the versions this build publishes as the lake's state from the run's vintage on,
     * then builds the catalog over them: a file withdrawn or reverted since the last build leaves
     * the current views and, from this vintage on, {@code observation_as_of} too.
     */
    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        LakeManifest manifest = LakeManifest.read(layout.lakeDir());
        Set<SourceVersion> current = plan.currentVersions(ReferenceTables.sourceFiles());
        LakeStates states = LakeStates.read(layout.lakeDir());
        states.record(Vintage.of(chunkContext.getStepContext().getStepExecution()), manifest.live(current));
        states.save();
        builder.build(manifest, current, layout.lakeDir().resolve(LakeStates.FILE_NAME), plan.runDate(),
                () -> PausePoints.reach("catalog built"));
        return RepeatStatus.FINISHED;
    }
}
