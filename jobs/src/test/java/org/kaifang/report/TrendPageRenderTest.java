package org.kaifang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.DevToolsPage;
import org.kaifang.ExternalProgram;
import org.kaifang.TestWarehouse;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The seed city's trend.html as a leader's browser shows it: headless Chromium (Debian's
 * chromium package) renders the page to a PNG, which must show the tables and the charts'
 * lines, and to a DOM, which must hold the Chinese title.
 */
class TrendPageRenderTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path root;

    @Test
    void chromiumRendersTheTablesAndChartsWithChineseText() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) || "1".equals(System.getenv("KAIFANG_REQUIRE_CHROMIUM")),
                "Chromium is not installed (Debian package chromium; .ci/run installs it)");
        String fonts = run(List.of("fc-list", ":lang=zh", "family"));
        assertTrue(!fonts.isBlank(), "no font with Chinese glyphs: install Debian's fonts-noto-cjk,"
                + " or every Chinese character renders as an empty box");

        TestWarehouse warehouse = new TestWarehouse(root.resolve("w"));
        assertEquals(0, warehouse.nightly("2026-11-26", "--lang", "zh").exitCode());
        Path page = warehouse.warehouse().resolve("reports/430300/2011/trend.html");
        Path png = root.resolve("trend.png");

        List<String> chromium = List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--user-data-dir=" + root.resolve("profile"), "--window-size=1000,1800");
        List<String> screenshot = new ArrayList<>(chromium);
        screenshot.addAll(List.of("--screenshot=" + png, page.toUri().toString()));
        run(screenshot);
        List<String> dumpDom = new ArrayList<>(chromium);
        dumpDom.addAll(List.of("--dump-dom", page.toUri().toString()));
        String dom = run(dumpDom);

        assertTrue(dom.contains("<h1>湘潭市 2011年开放型经济主要指标</h1>"), dom);
        assertTrue(dom.contains("<td>实际利用外资</td>") && dom.contains(">4.68</td>"), dom);
        assertTrue(dom.contains("<svg"), "the charts are in the rendered page");

        BufferedImage image = ImageIO.read(png.toFile());
        long ink = 0;
        long chartLine = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (rgb != 0xFFFFFF) {
                    ink++;
                }
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                // the series' red (#c0392b), antialiased
                if (Math.abs(r - 0xc0) < 30 && Math.abs(g - 0x39) < 40 && Math.abs(b - 0x2b) < 40) {
                    chartLine++;
                }
            }
        }
        long pixels = (long) image.getWidth() * image.getHeight();
        assertTrue(ink > pixels / 50, "the page is all but blank: " + ink + " of " + pixels + " pixels inked");
        assertTrue(chartLine > 100, "no chart points or lines drawn: " + chartLine + " red pixels");
    }

    private static String run(List<String> command) throws Exception {
        return ExternalProgram.run(command);
    }

    /**
     * Measures the page as the phone shows it: whether any cell of the table (a name, a unit, a
     * heading) takes more than one line, and where the first column is before and after the
     * table is scrolled sideways.
     */
    private static final String MEASURE = """
            (() => {
              const box = document.querySelector('.table');
              const names = [...box.querySelectorAll('tbody td:first-child')];
              const cells = [...box.querySelectorAll('th, td')];
              const lines = td => { const range = document.createRange(); range.selectNodeContents(td);
                                    return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size; };
              const first = names[0];
              const before = first.getBoundingClientRect();
              box.scrollLeft = box.scrollWidth;
              const after = first.getBoundingClientRect();
              const seen = document.elementFromPoint(after.left + 4, after.top + after.height / 2);
              return {
                viewport: document.documentElement.clientWidth,
                names: names.length,
                wrapped: cells.filter(cell => lines(cell) > 1).map(cell => cell.textContent),
                scrollWidth: box.scrollWidth, clientWidth: box.clientWidth, scrolled: box.scrollLeft,
                leftBefore: before.left, leftAfter: after.left,
                firstSeen: seen === first || first.contains(seen),
                fontPx: parseFloat(getComputedStyle(first).fontSize)
              };
            })()
            """;

    /**
     * The seed city's page on a phone (390 x 844 CSS pixels at 3x, as an iPhone 12 to 15, emulated
     * over the DevTools protocol): no indicator's name wraps, and the names stay in view while
     * the years scroll under them; a screenshot is kept as target/screenshots/trend-390x844.png.
     * Printed from a desktop browser, the page is A4 landscape with the whole table on it.
     */
    @Test
    void onAPhoneTheNamesStayOnOneLineAndInViewWhileTheYearsScroll() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) || "1".equals(System.getenv("KAIFANG_REQUIRE_CHROMIUM")),
                "Chromium is not installed (Debian package chromium; .ci/run installs it)");
        TestWarehouse warehouse = new TestWarehouse(root.resolve("w"));
        assertEquals(0, warehouse.nightly("2026-11-26", "--lang", "zh").exitCode());
        Path page = warehouse.warehouse().resolve("reports/430300/2011/trend.html");
        Path screenshots = Path.of("target", "screenshots").toAbsolutePath();
        Files.createDirectories(screenshots);
        Path pdf = root.resolve("trend.pdf");
        JsonNode measure;
        try (DevToolsPage phone = DevToolsPage.open(CHROMIUM, root.resolve("devtools"), 390, 844, 3)) {
            phone.navigate(page.toUri());
            phone.screenshot(screenshots.resolve("trend-390x844.png"));
            measure = phone.evaluate(MEASURE);
        }
        assertEquals(390, measure.get("viewport").asInt(), measure.toString());
        assertTrue(measure.get("names").asInt() >= 5, measure.toString());
        assertEquals("[]", measure.get("wrapped").toString(), "cells wrapped on a phone: " + measure);
        assertTrue(measure.get("scrollWidth").asInt() > measure.get("clientWidth").asInt(),
                "the years are wider than a phone, so the table scrolls: " + measure);
        assertTrue(measure.get("scrolled").asInt() > 0, measure.toString());
        assertEquals(measure.get("leftBefore").asDouble(), measure.get("leftAfter").asDouble(), 1.0,
                "the first column stays where it was while the table scrolls: " + measure);
        assertTrue(measure.get("firstSeen").asBoolean(), "nothing covers the first column: " + measure);
        assertTrue(measure.get("fontPx").asDouble() >= 13, "readable type: " + measure);
        assertEquals(390 * 3, ImageIO.read(screenshots.resolve("trend-390x844.png").toFile()).getWidth());

        // printed from a desktop's browser, as an office prints it
        run(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--user-data-dir=" + root.resolve("print-profile"), "--no-pdf-header-footer", "--print-to-pdf=" + pdf,
                page.toUri().toString()));
        String info = run(List.of("pdfinfo", pdf.toString()));
        Matcher size = Pattern.compile("Page size:\\s+([\\d.]+) x ([\\d.]+) pts \\(A4\\)").matcher(info);
        assertTrue(size.find(), "printed on A4: " + info);
        assertTrue(Double.parseDouble(size.group(1)) > Double.parseDouble(size.group(2)), "landscape: " + info);
        // the whole table on the paper: its last column's heading is printed, not cut off at the margin
        String text = run(List.of("pdftotext", pdf.toString(), "-"));
        // 完成情况, the last heading, may wrap on paper as 完成 / 情况; no other heading holds 情况
        assertTrue(text.contains("情况") && text.contains("国际友好城市"), text);
    }
}
