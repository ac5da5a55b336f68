package org.kaifang.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.kaifang.batch.BatchInfrastructure;
import org.kaifang.batch.GracefulStop;
import org.kaifang.batch.NightlyResult;
import org.kaifang.batch.NightlyRunner;
import org.kaifang.batch.WriterLock;
import org.kaifang.catalog.SqlModels;
import org.kaifang.config.Build;
import org.kaifang.config.Settings;
import org.kaifang.notify.NightlyNotices;
import org.kaifang.status.LastRunFile;
import org.kaifang.status.StatusPage;
import org.kaifang.status.StatusReader;
import org.kaifang.status.WarehouseStatus.LastRun;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "nightly", mixinStandardHelpOptions = true,
        header = "Run the nightly job: load, publish, rebuild the catalog, check, report.",
        description = {
            "Run the whole nightly job: load every changed source to the Parquet lake, rebuild the",
            "DuckDB catalog, run the data checks, write the trend tables. Unchanged inputs: nothing",
            "to do. A failed run restarts from the failed step when run again."})
final class NightlyCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Run date identifying the run (default: today).")
    LocalDate date;

    @Option(names = "--spark-master", paramLabel = "URL",
            description = "Load customs detail with Spark: spark://host:port, or local[*] (default: DuckDB in this"
                    + " process; env KAIFANG_SPARK_MASTER).")
    String sparkMaster;

    @Option(names = "--max-reject-share", paramLabel = "SHARE",
            description = "Refuse a file when more than this share of its rows is rejected (default: 0.05;"
                    + " env KAIFANG_REJECTS_MAX_SHARE).")
    Double maxRejectShare;

    @Option(names = "--rerun", description = "Run again even when nothing changed since the last run of this date.")
    boolean rerun;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings(sparkMaster, maxRejectShare);
        LocalDate runDate = date == null ? LocalDate.now() : date;
        String rerunCommand = rerunCommand(runDate);
        NightlyNotices notices = new NightlyNotices(settings);
        WriterLock lock = WarehouseWriter.lock(spec, settings, "nightly " + runDate,
                holder -> notices.afterLocked(runDate, holder, rerunCommand));
        if (lock == null) {
            return ExitCodes.LOCKED;
        }
        try (lock; BatchInfrastructure batch = new BatchInfrastructure(settings.jobRepository());
             GracefulStop stop = new GracefulStop(batch.jobOperator()).install()) {
            NightlyResult result = new NightlyRunner(settings, batch, SqlModels.fromClasspath(),
                    Build.identity()).run(runDate, rerun, stop);
            var out = result.exitCode() == ExitCodes.JOB_FAILED ? spec.commandLine().getErr()
                    : spec.commandLine().getOut();
            result.lines().forEach(out::println);
            out.flush();
            if (!result.nothingToDo()) {
                LastRun lastRun = result.executionId() == null ? null
                        : StatusReader.lastRun(batch.jobRepository(), result.exitCode());
                // the status first: it is there at once, while the notices may wait for their receivers
                recordForStatus(settings, runDate, lastRun);
                notices.afterRun(runDate, result.exitCode(), lastRun, result.lines(), rerunCommand);
            }
            return result.exitCode();
        } catch (RuntimeException e) {
            // the job repository unreachable, a bad configuration found late: told, then reported as before
            notices.afterError(runDate, e.getMessage(), rerunCommand);
            throw e;
        }
    }

    /** The command that runs this night again, as the operator would type it. */
    private String rerunCommand(LocalDate runDate) {
        List<String> words = new ArrayList<>(List.of("./kaifang", "nightly", "--date", runDate.toString()));
        words.addAll(common.asArguments());
        return String.join(" ", words);
    }

    /**
     * warehouse/last_run.json and status.html after every run that did something: what
     * {@code status} reads without opening the job repository. Either not written is only logged.
     */
    private static void recordForStatus(Settings settings, LocalDate runDate, LastRun lastRun) {
        try {
            if (lastRun != null) {
                LastRunFile.write(settings.warehouseDir(), lastRun);
            }
            // refused before any step ran (a damaged lake): the page keeps the run before
            new StatusPage(StatusReader.read(settings, runDate, Instant.now(),
                    lastRun != null ? lastRun : LastRunFile.read(settings.warehouseDir())), settings.language())
                    .write(settings.warehouseDir());
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(NightlyCommand.class).warn("status page not written: {}", e.getMessage());
        }
    }
}
