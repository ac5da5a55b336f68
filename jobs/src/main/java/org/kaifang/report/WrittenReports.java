package org.kaifang.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.kaifang.config.Build;
import org.kaifang.table.Fingerprint;

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

    private WrittenReports() {
    }

    /** The fingerprint of a report's content, as laid out by this build of kaifang. */
    static String fingerprint(String content) {
        return Fingerprint.ofTexts(List.of(Build.identity(), content));
    }

    /** Whether the files in {@code folder} were written from this fingerprint and are all there. */
    static boolean current(Path folder, String report, String fingerprint, List<String> files) {
        Path mark = mark(folder, report);
        try {
            return Files.isRegularFile(mark) && Files.readString(mark, StandardCharsets.UTF_8).strip().equals(fingerprint)
                    && files.stream().allMatch(f -> Files.isRegularFile(folder.resolve(f)));
        } catch (IOException e) {
            return false;
        }
    }

    /** Before the files are written: until {@link #written}, the report counts as not written. */
    static void writing(Path folder, String report) {
        try {
            Files.deleteIfExists(mark(folder, report));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + mark(folder, report), e);
        }
    }

    /** Once every file of the report is written from this fingerprint. */
    static void written(Path folder, String report, String fingerprint) {
        Path mark = mark(folder, report);
        Path aside = mark.resolveSibling(mark.getFileName() + ".new");
        try {
            Files.writeString(aside, fingerprint + "\n", StandardCharsets.UTF_8);
            Files.move(aside, mark, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + mark, e);
        }
    }

    /** The content of a list of values, each on a line of its own, for a fingerprint. */
    static String lines(List<?> values) {
        List<String> lines = new ArrayList<>();
        values.forEach(v -> lines.add(String.valueOf(v)));
        return String.join("\n", lines);
    }

    private static Path mark(Path folder, String report) {
        return folder.resolve("." + report + ".written");
    }
}
