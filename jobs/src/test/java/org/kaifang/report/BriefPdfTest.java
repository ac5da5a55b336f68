package org.kaifang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.ExternalProgram;
import org.kaifang.CatalogFixture;
import org.kaifang.config.Language;
import org.kaifang.table.LakeTable;

/**
 * The brief as offices open and print it: the Word document says what the Markdown says, and
 * LibreOffice renders it to a PDF with the Chinese font embedded, the headline findable as
 * text and page 1 not blank (pdffonts, pdftotext and pdftoppm from Debian's poppler-utils).
 */
class BriefPdfTest {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    @RegisterExtension
    static final CatalogFixture sql = CatalogFixture.shared();

    @TempDir
    Path root;

    private Path writeXiangtan() {
        sql.rows(LakeTable.OBSERVATION, "region_code, indicator_code, year, value, reported_yoy_pct, source",
                "430300, trade_total, 2011, 24.77e8, 6.5, speech",
                "430300, fdi_actual, 2011, 4.68e8, 16.1, speech",
                "430300, odi_enterprises_new, 2011, 19, 125, speech");
        Brief brief = new BriefComposer(sql.connection(), Language.ZH).compose("430300", 2011).orElseThrow();
        return new BriefDocuments(Language.ZH).write(brief, root.resolve("430300/2011"), true, false)
                .orElseThrow().markdown();
    }

    @Test
    void theWordDocumentPrintsTheMarkdownsNumbersInItsOrder() throws Exception {
        Path md = writeXiangtan();
        String word;
        try (InputStream in = Files.newInputStream(md.resolveSibling("brief.docx"));
             XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(in))) {
            word = extractor.getText();
        }
        List<String> inWord = numbers(word);
        // the footer's page number is the one number Word adds
        assertEquals(numbers(Files.readString(md)), inWord.subList(0, inWord.size() - 1));
        assertTrue(word.contains("外贸进出口总额24.77亿美元，比上年增长6.5%"), word);
    }

    /**
     * The nightly starts LibreOffice on the night's briefs and writes the trend tables while it
     * draws: each PDF lands beside its document only when the night waits for it, and a brief is
     * marked written only after that ({@link BriefReport.Night#finish}).
     */
    @Test
    void libreOfficeRendersItWithTheChineseFontEmbeddedAndThePdfLandsWhenAwaited() throws Exception {
        assumeLibreOffice();
        Path docx = writeXiangtan().resolveSibling("brief.docx");
        BriefPdf.Conversion conversion = BriefPdf.start(List.of(docx));
        assertFalse(Files.exists(docx.resolveSibling("brief.pdf")), "no PDF before the night waits for it");
        List<Path> pdfs = conversion.await();
        assertEquals(List.of(docx.resolveSibling("brief.pdf")), pdfs);
        assertFalse(conversion.leftBehind(), "LibreOffice ended and its scratch folder removed");
        Path pdf = pdfs.get(0);

        String fonts = run(List.of("pdffonts", pdf.toString()));
        assertTrue(fonts.lines().anyMatch(l -> l.contains("CJK") && l.matches(".*\\byes\\s+yes\\s+yes\\b.*")),
                "a CJK font embedded: " + fonts);
        String text = run(List.of("pdftotext", "-layout", pdf.toString(), "-")).replaceAll("\\s", "");
        assertTrue(text.contains("湘潭市2011年开放型经济运行情况"), text);
        assertTrue(text.contains("外贸进出口总额24.77亿美元，比上年增长6.5%"), text);
        run(List.of("pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", pdf.toString(), root.resolve("page").toString()));
        BufferedImage page = ImageIO.read(root.resolve("page-1.png").toFile());
        long ink = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                if ((page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        long pixels = (long) page.getWidth() * page.getHeight();
        assertTrue(ink > pixels / 200, "page 1 is all but blank: " + ink + " of " + pixels + " pixels inked");
    }

    /** After a failure elsewhere in the report step the conversion is stopped: no PDF, nothing left running. */
    @Test
    void anAbandonedConversionLeavesNoLibreOfficeRunningNorItsScratchFolder() throws Exception {
        assumeLibreOffice();
        Path docx = writeXiangtan().resolveSibling("brief.docx");
        BriefPdf.Conversion conversion = BriefPdf.start(List.of(docx));
        assertTrue(conversion.leftBehind(), "LibreOffice is drawing");
        conversion.abandon();
        assertFalse(conversion.leftBehind(), "LibreOffice and the program it started stopped, the scratch folder gone");
        assertFalse(Files.exists(docx.resolveSibling("brief.pdf")));
        conversion.abandon();
    }

    private static void assumeLibreOffice() {
        assumeTrue(BriefPdf.soffice() != null || "1".equals(System.getenv("KAIFANG_REQUIRE_LIBREOFFICE")),
                "LibreOffice is not installed (Debian package libreoffice-writer-nogui; .ci/run installs it)");
    }

    private static List<String> numbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static String run(List<String> command) throws Exception {
        return ExternalProgram.run(command);
    }
}
