package org.kaifang.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.kaifang.config.Build;
import org.kaifang.table.Fingerprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a report's files were last written from: a fingerprint of everything they show (every
 * cell, value and footnote, in the language written) and of the build of kaifang that laid them
 * out, kept beside them as {@code .<report>.written}. A nightly lays out again only the reports
 * whose fingerprint changed, so a night that brings one city's new figure rewrites that city's
 * reports, not every workbook and PDF of the province.
 * <p>
 * The mark is removed before a report's files are written and put back once all of them are:
 * a run killed in between leaves no mark, and the next run writes that report whole.
 */
final class WrittenReports {

    private static final Logger LOG = LoggerFactory.getLogger(WrittenReports.class);

    /** How kaifang names a report's folders: a region's code (430300) or a country's (CHN), and a year. */
    private static final Pattern REGION = Pattern.compile("[0-9]{6}|[A-Z]{3}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    private WrittenReports() {
    }

    /** The fingerprint of a report's content, in parts, as laid out by this build of kaifang. */
    static String fingerprint(List<String> content) {
        List<String> texts = new ArrayList<>(List.of(Build.identity()));
        texts.addAll(content);
        return Fingerprint.ofTexts(texts);
    }

    /** The folder of a region's reports of a year: {@code reports/<region>/<year>/}. */
    static Path folder(Path reportsDir, String regionCode, int year) {
        return reportsDir.resolve(regionCode).resolve(String.valueOf(year));
    }

    /**
     * Whether the report's files are to be written: {@code always}, or unless they were written
     * from this fingerprint and are all there. If so, the folder is made and the mark removed,
     * ready for the files; {@link #written} puts it back.
     */
    static boolean toWrite(Path folder, String report, String fingerprint, List<String> files, boolean always) {
        if (!always && current(folder, report, fingerprint, files)) {
            return false;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + folder, e);
        }
        writing(folder, report);
        return true;
    }

    private static boolean current(Path folder, String report, String fingerprint, List<String> files) {
        Path mark = mark(folder, report);
        try {
            return Files.isRegularFile(mark) && Files.readString(mark, StandardCharsets.UTF_8).strip().equals(fingerprint)
                    && files.stream().allMatch(f -> Files.isRegularFile(folder.resolve(f)));
        } catch (IOException e) {
            return false;
        }
    }

    /** Before the files are written: until {@link #written}, the report counts as not written. */
    private static void writing(Path folder, String report) {
        try {
            Files.deleteIfExists(mark(folder, report));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + mark(folder, report), e);
        }
    }

    /**
     * Once every file of the report is written from this fingerprint: the files are forced to
     * the disk first, so that a machine that goes down cannot keep the mark and lose the files.
     */
    static void written(Path folder, String report, String fingerprint, List<String> files) {
        Path mark = mark(folder, report);
        Path aside = mark.resolveSibling(mark.getFileName() + ".new");
        try {
            for (String file : files) {
                try (FileChannel channel = FileChannel.open(folder.resolve(file), StandardOpenOption.READ)) {
                    channel.force(true);
                }
            }
            Files.writeString(aside, fingerprint + "\n", StandardCharsets.UTF_8);
            Files.move(aside, mark, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + mark, e);
        }
    }

    /**
     * Removes this report's files from every {@code <region>/<year>} folder of {@code reportsDir}
     * that is not {@code current}: the figures of a deleted or withdrawn source leave the reports
     * as they leave the views. Only folders named as kaifang names them (a region code, a year)
     * are looked at, never through a link; only the report's own files and its mark go, and the
     * year and region folder if that leaves them empty. Month folders ({@code <year>/m06/}) are
     * never removed. A folder that cannot be cleared is logged and left for the next night.
     *
     * @return the folders the report was withdrawn from
     */
    static List<Path> withdraw(Path reportsDir, String report, List<String> files, Set<Path> current) {
        List<Path> withdrawn = new ArrayList<>();
        for (Path region : folders(reportsDir, REGION)) {
            boolean any = false;
            for (Path year : folders(region, YEAR)) {
                if (current.contains(year) || files.stream().noneMatch(f -> Files.exists(year.resolve(f)))) {
                    continue;
                }
                try {
                    writing(year, report);
                    for (String file : files) {
                        Files.deleteIfExists(year.resolve(file));
                    }
                    withdrawn.add(year);
                    any = true;
                    deleteIfEmpty(year);
                } catch (IOException | UncheckedIOException e) {
                    LOG.warn("cannot withdraw the {} in {}: {}", report, year, e.getMessage());
                }
            }
            if (any) {
                try {
                    deleteIfEmpty(region);
                } catch (IOException e) {
                    LOG.warn("cannot remove the empty folder {}: {}", region, e.getMessage());
                }
            }
        }
        return withdrawn;
    }

    /** The folders in {@code parent} whose names match, not following links. */
    private static List<Path> folders(Path parent, Pattern name) {
        if (!Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> name.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", parent, e.getMessage());
            return List.of();
        }
    }

    private static void deleteIfEmpty(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            if (children.findAny().isEmpty()) {
                Files.delete(folder);
            }
        }
    }

    private static Path mark(Path folder, String report) {
        return folder.resolve("." + report + ".written");
    }
}
