package org.kaifang.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.kaifang.config.Settings;
import org.kaifang.lake.LakeChecksums;
import org.kaifang.lake.LakeFile;
import org.kaifang.lake.LakeManifest;
import org.kaifang.lake.LakeRepairs;

/**
 * Whether a warehouse can be trusted: every lake file as it was published (size and checksum),
 * and the catalog opening with every view answering. {@code ./kaifang verify} prints it; a
 * nightly run refuses to build over a damaged lake file; {@code ./kaifang repair} mends it.
 */
public final class WarehouseVerification {

    /** What was checked and what was found. */
    public record Report(int lakeFiles, List<LakeChecksums.Finding> lake, int views, List<String> catalog) {

        public List<LakeChecksums.Finding> damaged() {
            return lake.stream().filter(LakeChecksums.Finding::damaged).toList();
        }

        public boolean sound() {
            return damaged().isEmpty() && catalog.isEmpty();
        }
    }

    private WarehouseVerification() {
    }

    /** The lake files alone: what a nightly run checks before it builds anything. */
    public static List<LakeChecksums.Finding> damagedLakeFiles(Settings settings) {
        return LakeManifest.read(settings.lakeDir()).verify().stream().filter(LakeChecksums.Finding::damaged).toList();
    }

    /** The lake files, then the catalog. */
    public static Report verify(Settings settings) {
        LakeManifest manifest = LakeManifest.read(settings.lakeDir());
        List<String> catalog = new ArrayList<>();
        int views = verifyCatalog(settings, catalog);
        return new Report(manifest.files().size(), manifest.verify(), views, catalog);
    }

    /**
     * The catalog alone: it opens read-only and every view answers a count of its rows.
     *
     * @param problems receives each view that fails, or the catalog that cannot be opened
     * @return how many views were asked
     */
    public static int verifyCatalog(Settings settings, List<String> problems) {
        int views = 0;
        Path file = settings.catalogFile();
        if (!Files.exists(file)) {
            problems.add(file + ": missing (run ./kaifang nightly to build it)");
            return views;
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly);
             Statement statement = duckdb.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "select view_name from duckdb_views() where not internal order by view_name")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String view : names) {
                views++;
                try (ResultSet rs = statement.executeQuery("select count(*) from \"" + view + "\"")) {
                    rs.next();
                } catch (SQLException e) {
                    problems.add("view " + view + ": " + firstLine(e.getMessage()));
                }
            }
        } catch (SQLException e) {
            problems.add(file + ": cannot be opened: " + firstLine(e.getMessage()));
        }
        return views;
    }

    /**
     * Sets every damaged lake file aside (moved under {@code lake/_damaged/}, off the manifest) and
     * records it for reloading with its first vintage; the caller then runs the job, which loads
     * the sources behind them again. Damaged files are kept, not deleted, for whoever wants to
     * know what happened to the disk.
     *
     * @return the files set aside, as the manifest knew them
     */
    public static List<LakeFile> setAsideDamaged(Settings settings) {
        Path lakeDir = settings.lakeDir();
        LakeManifest manifest = LakeManifest.read(lakeDir);
        List<Path> damaged = manifest.verify().stream().filter(LakeChecksums.Finding::damaged)
                .map(LakeChecksums.Finding::path).toList();
        List<LakeFile> affected = manifest.files().stream()
                .filter(f -> damaged.stream().anyMatch(p -> p.startsWith(lakeDir.resolve(f.file())))).toList();
        if (affected.isEmpty()) {
            return affected;
        }
        affected.forEach(manifest::remove);
        // the vintages first: a repair cut off after this still reloads with them
        LakeRepairs repairs = LakeRepairs.read(lakeDir);
        repairs.prune(manifest);
        affected.forEach(repairs::add);
        repairs.save();
        Path aside = lakeDir.resolve("_damaged").resolve(Instant.now().toString().replace(':', '-'));
        for (LakeFile file : affected) {
            Path from = lakeDir.resolve(file.file());
            if (Files.exists(from)) {
                try {
                    Files.createDirectories(aside.resolve(file.file()).getParent());
                    Files.move(from, aside.resolve(file.file()));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot set " + from + " aside", e);
                }
            }
        }
        manifest.save();
        return affected;
    }

    /** What an operator reads when a nightly run refuses a damaged lake. */
    public static List<String> refusal(List<LakeChecksums.Finding> damaged) {
        List<String> lines = new ArrayList<>();
        for (LakeChecksums.Finding finding : damaged) {
            lines.add("error: lake file " + finding.path() + " is damaged: " + finding.problem());
        }
        lines.add("the catalog is not rebuilt over a damaged file, and the one published stays as it is.");
        lines.add("run ./kaifang repair: it sets the damaged files aside and loads their sources again.");
        return lines;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
