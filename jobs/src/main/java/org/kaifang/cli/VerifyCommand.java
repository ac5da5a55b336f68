package org.kaifang.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.kaifang.batch.WarehouseVerification;
import org.kaifang.config.Settings;
import org.kaifang.lake.LakeChecksums;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        header = "Check every lake file against its checksum, and that every view of the catalog answers.",
        description = {"Recompute each lake file's size and CRC-32C and compare them with what was recorded",
            "when it was published; open the catalog read-only and count the rows of every view.",
            "Exit 1 names each damaged or missing file and each view that fails; ./kaifang repair mends them."})
final class VerifyCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = common.settings();
        WarehouseVerification.Report report = WarehouseVerification.verify(settings);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("lake: %d files checked, %d damaged or missing%n", report.lakeFiles(), report.damaged().size());
        for (LakeChecksums.Finding finding : report.lake()) {
            out.printf("  %s: %s: %s%n", finding.damaged() ? "damaged" : "note", finding.path(), finding.problem());
        }
        out.printf("catalog: %s, %d views, %d failing%n", settings.catalogFile(), report.views(), report.catalog().size());
        report.catalog().forEach(problem -> out.println("  failing: " + problem));
        if (!report.sound()) {
            out.println("run ./kaifang repair: it sets damaged files aside, loads their sources again and rebuilds"
                    + " the catalog.");
        }
        out.flush();
        return report.sound() ? ExitCodes.OK : ExitCodes.JOB_FAILED;
    }
}
