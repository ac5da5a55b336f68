package org.kaifang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.kaifang.synthetic.YearbookSample;

/**
 * Runs once after each build, under {@code -XX:ArchiveClassesAtExit}, so that the launcher can
 * start every later command from an archive of the classes it loads (class-data sharing): a
 * query on an empty catalog, the help, and a whole nightly on a few generated rows. Prints
 * nothing; the archive is its output.
 * <p>
 * Arguments: {@code sql}, the query alone (the launcher runs sql with only the jars a query
 * needs, and trains its archive so); or a data folder whose {@code reference/} the generated
 * rows are coded against. A nightly then loads a workbook and a few hundred rows of customs
 * detail and writes their reports, so that every step's classes (Parquet, POI, the report
 * writers) come from the archive: a nightly on a small folder takes 5 s instead of 7. Without
 * a reference folder, the nightly stops at its first step, once the job, its repository and
 * the logging, what every nightly starts with, are up.
 */
public final class StartupTraining {

    /** Enough customs rows to run every path of the load and the marts, few enough to take a second. */
    private static final String TRAINING_ROWS = "400";

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        Path warehouse = Files.createTempDirectory("kaifang-startup");
        try {
            try (Connection catalog = DriverManager.getConnection("jdbc:duckdb:" + warehouse.resolve("kaifang.duckdb"))) {
                catalog.createStatement().execute("create view trained as select 1 as one");
            }
            PrintWriter quiet = new PrintWriter(new StringWriter());
            // a config file of its own: the training never reaches the user's warehouse or job
            // repository (the launcher also clears the KAIFANG_ variables); no PDF, which is
            // LibreOffice's work, not this JVM's
            Path config = Files.writeString(warehouse.resolve("training.properties"), "report.pdf = false\n");
            Main.run(quiet, quiet, "sql", "select * from trained", "--warehouse", warehouse.toString(),
                    "--config", config.toString());
            if (List.of(args).contains("sql")) {
                return;
            }
            Main.run(quiet, quiet, "--help");
            Path data = warehouse.resolve("data");
            Path reference = args.length > 0 ? Path.of(args[0]).resolve("reference") : null;
            if (reference != null && Files.isDirectory(reference)
                    && Main.run(quiet, quiet, "generate", "--rows", TRAINING_ROWS, "--out", data.toString(),
                            "--data", reference.getParent().toString(), "--warehouse", warehouse.toString(),
                            "--config", config.toString()) == 0) {
                YearbookSample.write(data.resolve("sources").resolve("observations"));
            }
            // without generated rows, the nightly stops at its first step: still the start of every nightly
            Files.createDirectories(data.resolve("reference"));
            Files.createDirectories(data.resolve("sources"));
            Main.run(quiet, quiet, "nightly", "--data", data.toString(), "--warehouse", warehouse.toString(),
                    "--config", config.toString());
        } finally {
            try (Stream<Path> paths = Files.walk(warehouse)) {
                paths.sorted(Comparator.reverseOrder()).forEach(StartupTraining::delete);
            }
        }
        // the archive is written as the JVM exits: no thread left running may hold it up
        System.exit(0);
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
