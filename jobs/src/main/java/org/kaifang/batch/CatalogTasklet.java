package org.kaifang.batch;

import org.kaifang.catalog.CatalogBuilder;
import org.kaifang.lake.LakeLayout;
import org.kaifang.lake.LakeManifest;
import org.kaifang.reference.ReferenceTables;
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

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        builder.build(LakeManifest.read(layout.lakeDir()), plan.currentVersions(ReferenceTables.sourceFiles()));
        return RepeatStatus.FINISHED;
    }
}
