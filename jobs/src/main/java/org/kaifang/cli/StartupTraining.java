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

/**
 * Runs once after each build, under {@code -XX:ArchiveClassesAtExit}, so that the launcher can
 * start every later command from an archive of the classes a short command loads (class-data
 * sharing): a query on an empty catalog, the help, and the start of a nightly. Prints nothing;
 * the archive is its output. With the argument {@code sql}, the query alone: the launcher runs
 * sql with only the jars a query needs, and trains its archive so.
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        Path warehouse = Files.createTempDirectory("kaifang-startup");
        try {
            try (Connection catalog = DriverManager.getConnection("jdbc:duckdb:" + warehouse.resolve("kaifang.duckdb"))) {
                catalog.createStatement().execute("create view trained as select 1 as one");
            }
            PrintWriter quiet = new PrintWriter(new StringWriter());
            // an empty config file of its own: the training never reaches the user's warehouse or
            // job repository (the launcher also clears the KAIFANG_ variables)
            Path config = Files.createFile(warehouse.resolve("training.properties"));
            Main.run(quiet, quiet, "sql", "select * from trained", "--warehouse", warehouse.toString(),
                    "--config", config.toString());
            if (List.of(args).contains("sql")) {
                return;
            }
            Main.run(quiet, quiet, "--help");
            // a nightly on an empty data folder stops at its first step, once the job, its
            // repository and the logging, what every nightly starts with, are up
            Path data = warehouse.resolve("data");
            Files.createDirectories(data.resolve("reference"));
            Files.createDirectories(data.resolve("sources"));
            Main.run(quiet, quiet, "nightly", "--data", data.toString(), "--warehouse", warehouse.toString(),
                    "--config", config.toString());
        } finally {
            try (Stream<Path> paths = Files.walk(warehouse)) {
                paths.sorted(Comparator.reverseOrder()).forEach(StartupTraining::delete);
            }
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
