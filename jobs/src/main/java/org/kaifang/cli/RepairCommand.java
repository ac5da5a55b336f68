package org.kaifang.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.kaifang.batch.BatchInfrastructure;
import org.kaifang.batch.GracefulStop;
import org.kaifang.batch.NightlyResult;
import org.kaifang.batch.NightlyRunner;
import org.kaifang.batch.WarehouseVerification;
import org.kaifang.batch.WriterLock;
import org.kaifang.catalog.SqlModels;
import org.kaifang.config.Build;
import org.kaifang.config.Settings;
import org.kaifang.lake.LakeFile;
import org.kaifang.lake.LakeManifest;
import org.kaifang.lake.LakeRepairs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "repair", mixinStandardHelpOptions = true,
        header = "Set damaged lake files aside, load their sources again and rebuild the catalog.",
        description = {"Find lake files whose checksum no longer matches (as ./kaifang verify does), move them",
            "to lake/_damaged/, then run the nightly job, which loads their sources again with the vintage",
            "they first had and rebuilds the catalog. A source changed or deleted since cannot be reloaded:",
            "its rows leave the lake's history, and the command says so."})
final class RepairCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings();
        PrintWriter out = spec.commandLine().getOut();
        WriterLock lock = WarehouseWriter.lock(spec, settings, "repair");
        if (lock == null) {
            return ExitCodes.LOCKED;
        }
        try (lock) {
            List<LakeFile> setAside = WarehouseVerification.setAsideDamaged(settings);
            for (LakeFile file : setAside) {
                out.println("set aside damaged " + file.file() + " (from " + file.sourceFile() + ", vintage "
                        + file.vintage() + ")");
            }
            LakeRepairs repairs = LakeRepairs.read(settings.lakeDir());
            List<LakeRepairs.Repair> pending = repairs.pending(LakeManifest.read(settings.lakeDir()));
            // setting aside just checked the lake: what is left to ask is whether every view answers
            List<String> catalogProblems = new ArrayList<>();
            if (pending.isEmpty()) {
                WarehouseVerification.verifyCatalog(settings, catalogProblems);
            }
            if (pending.isEmpty() && catalogProblems.isEmpty()) {
                out.println("nothing to repair: every lake file matches its checksum and every view answers.");
                out.flush();
                return ExitCodes.OK;
            }
            NightlyResult result;
            try (BatchInfrastructure batch = new BatchInfrastructure(settings.jobRepository());
                 GracefulStop stop = new GracefulStop(batch.jobOperator()).install()) {
                result = new NightlyRunner(settings, batch, SqlModels.fromClasspath(), Build.identity())
                        .run(LocalDate.now(), true, stop);
            }
            boolean ran = result.exitCode() == ExitCodes.OK || result.exitCode() == ExitCodes.CHECKS_FAILED;
            PrintWriter summary = ran ? out : spec.commandLine().getErr();
            result.lines().forEach(summary::println);
            LakeManifest after = LakeManifest.read(settings.lakeDir());
            for (LakeRepairs.Repair repair : pending) {
                String what = repair.version().sourceFile() + " (" + repair.table().tableName() + ") as of "
                        + repair.vintage();
                if (after.find(repair.table(), repair.version()).isPresent()) {
                    summary.println("reloaded " + what);
                } else if (!ran) {
                    summary.println("not reloaded yet: " + what + "; the run failed, run ./kaifang repair again once"
                            + " its error is fixed");
                } else {
                    summary.println("could not reload " + what + ": the source or the reference has changed or gone"
                            + " since; its rows of that vintage are no longer in the lake's history");
                }
            }
            summary.flush();
            return result.exitCode();
        }
    }
}
