package org.kaifang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.ExternalProgram;
import org.kaifang.TestWarehouse;

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
}
