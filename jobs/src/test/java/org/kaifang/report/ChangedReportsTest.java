package org.kaifang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.TestWarehouse;

/**
 * A nightly lays out again only the reports whose content changed. A new figure of Xiangtan for
 * 2012 writes Xiangtan's 2012 table again and its first brief, and Zhuzhou's 2011 brief, which
 * now names the data check the figure brings (Zhuzhou's FDI series stops a year before
 * Xiangtan's: chk_freshness); nothing else. A report whose files a killed run left unmarked is
 * written whole; a night in another language, whose files are otherwise unchanged, rewrites every
 * report; the reports of a city whose only source is deleted are removed with its figures.
 */
class ChangedReportsTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    @TempDir
    Path root;

    @Test
    void aNightRewritesOnlyTheReportsWhoseContentChanged() throws IOException {
        TestWarehouse warehouse = new TestWarehouse(root);
        assertEquals(0, warehouse.nightly("2026-11-26").exitCode());
        Path reports = warehouse.warehouse().resolve("reports");
        List<String> folders = List.of("430200/2010", "430200/2011", "430300/2011", "430300/2012");
        assertEquals(folders, folders(reports));
        assertFalse(Files.readString(reports.resolve("430300/2012/trend.md")).contains("| 5.10 |"));

        age(reports);
        // 5.1 亿美元 in 2012 after 4.68 in 2011: a growth of 5.1 / 4.68 - 1 = 8.97%, printed 9.0
        warehouse.write("sources/observations/xiangtan_2012.csv",
                "region_code,indicator_code,year,month,value,unit,reported_yoy_pct,source",
                "430300,fdi_actual,2012,,5.1,亿美元,,test");
        TestWarehouse.Run run = warehouse.nightly("2026-11-27");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals(Map.of("430200/2010", "", "430200/2011", "brief", "430300/2011", "", "430300/2012", "trend brief"),
                rewritten(reports), "which reports of which folders were written again");
        String xiangtan2012 = Files.readString(reports.resolve("430300/2012/trend.md"));
        assertTrue(xiangtan2012.contains("| 5.10 |") && xiangtan2012.contains("| 9.0 |"), xiangtan2012);
        assertTrue(Files.readString(reports.resolve("430200/2011/brief.md")).contains("需要关注的问题"),
                Files.readString(reports.resolve("430200/2011/brief.md")));
        assertTrue(run.out().matches("(?s).*COMPLETED report +read 0, written 3,.*"), run.out());

        // a run killed while writing Zhuzhou's 2011 table leaves it without its mark
        age(reports);
        Files.delete(reports.resolve("430200/2011/.trend.written"));
        assertEquals(0, warehouse.nightly("2026-11-27", "--rerun").exitCode());
        assertEquals(Map.of("430200/2010", "", "430200/2011", "trend", "430300/2011", "", "430300/2012", ""),
                rewritten(reports));

        // the language is one of the night's inputs: no --rerun needed
        age(reports);
        TestWarehouse.Run english = warehouse.nightly("2026-11-27", "--lang", "en");
        assertEquals(0, english.exitCode(), english.out() + english.err());
        assertFalse(english.out().contains("nothing to do"), english.out());
        assertEquals(Map.of("430200/2010", "trend brief", "430200/2011", "trend brief", "430300/2011", "trend brief",
                "430300/2012", "trend brief"), rewritten(reports));
        assertTrue(Files.readString(reports.resolve("430200/2011/trend.md")).contains("Indicator"));

        // Zhuzhou's only figures are the yearbook's: deleted, its reports leave with them. What
        // a user keeps beside the reports stays: a copy, a link to a region, an empty folder.
        Path copy = Files.createDirectories(reports.resolve("archive/2011"));
        Files.copy(reports.resolve("430200/2011/trend.md"), copy.resolve("trend.md"));
        Files.createSymbolicLink(reports.resolve("XTN"), reports.resolve("430300"));
        Files.createDirectories(reports.resolve("430100"));
        Files.delete(warehouse.data().resolve("sources/observations/zhuzhou_yearbook_2011.xlsx"));
        TestWarehouse.Run withdrawn = warehouse.nightly("2026-11-28", "--lang", "en");
        assertEquals(0, withdrawn.exitCode(), withdrawn.out() + withdrawn.err());
        assertEquals(List.of("430300/2011", "430300/2012", "archive/2011"), folders(reports));
        assertFalse(Files.exists(reports.resolve("430200")), "no file of Zhuzhou's reports is left");
        assertTrue(Files.isDirectory(reports.resolve("430100")) && Files.isSymbolicLink(reports.resolve("XTN")));
        assertTrue(Files.exists(reports.resolve("430300/2012/.trend.written")), "nothing withdrawn through the link");
    }

    /** The region/year folders that hold a trend table. */
    private static List<String> folders(Path reports) throws IOException {
        try (Stream<Path> files = Files.walk(reports)) {
            return files.filter(f -> f.getFileName().toString().equals("trend.md"))
                    .map(f -> reports.relativize(f.getParent()).toString()).sorted().toList();
        }
    }

    /** Dates every report file long ago, so that a file written since shows by its time. */
    private static void age(Path reports) throws IOException {
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
    }

    /**
     * Per folder, the reports whose files were written since {@link #age}: each report all its
     * files or none, else it was left half written.
     */
    private static Map<String, String> rewritten(Path reports) throws IOException {
        Map<String, List<String>> files = Map.of(
                "trend", List.of("trend.md", "trend.html", "trend.xlsx"),
                "brief", List.of("brief.md", "brief.html", "brief.docx", "brief.trace.json"));
        Map<String, String> rewritten = new TreeMap<>();
        for (String folder : folders(reports)) {
            List<String> reportsWritten = new ArrayList<>();
            for (String report : List.of("trend", "brief")) {
                List<Boolean> written = files.get(report).stream().map(f -> reports.resolve(folder).resolve(f))
                        .filter(Files::exists).map(f -> !LONG_AGO.equals(modified(f))).distinct().toList();
                assertTrue(written.size() <= 1, folder + ": some of the " + report + "'s files were written, not all");
                if (written.equals(List.of(true))) {
                    reportsWritten.add(report);
                }
            }
            rewritten.put(folder, String.join(" ", reportsWritten));
        }
        return rewritten;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
