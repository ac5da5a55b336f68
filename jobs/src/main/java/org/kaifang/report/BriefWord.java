package org.kaifang.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The brief as a Word document laid out after GB/T 9704 (党政机关公文格式): A4, margins of 37 mm
 * top, 35 mm bottom, 28 mm left and 26 mm right; the title in 小标宋 二号 (22 pt) centred; parts
 * headed in 黑体 三号; the body in 仿宋 三号 (16 pt), first lines indented two characters, a fixed
 * line of 29 pt (22 lines a page); the page number centred in the footer as "— 1 —". A machine
 * without those fonts (LibreOffice on Debian, say) draws the CJK font it has in their place.
 */
final class BriefWord {

    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String HEADING_FONT = "黑体";
    private static final String BODY_FONT = "仿宋_GB2312";
    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    private BriefWord() {
    }

    static void write(Brief brief, Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            page(document);
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(580);
            text(brief, brief.title(), text -> run(title, text, TITLE_FONT, 22, false));
            for (Brief.Section section : brief.sections()) {
                XWPFParagraph heading = body(document);
                run(heading, section.title(), HEADING_FONT, 16, false);
                for (String paragraph : section.paragraphs()) {
                    XWPFParagraph p = body(document);
                    text(brief, paragraph, text -> run(p, text, BODY_FONT, 16, false));
                }
            }
            pageNumbers(document);
            document.write(out);
        }
    }

    /** A body paragraph: first line indented two characters of 16 pt, a fixed line of 29 pt. */
    private static XWPFParagraph body(XWPFDocument document) {
        XWPFParagraph p = document.createParagraph();
        p.setIndentationFirstLine(640);
        p.setSpacingBetween(29, LineSpacingRule.EXACT);
        return p;
    }

    private static void run(XWPFParagraph paragraph, String text, String font, int points, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
        run.setFontSize(points);
        run.setBold(bold);
        // Chinese, so a reader without the named fonts falls back to a simplified-Chinese one
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTLanguage lang = properties.sizeOfLangArray() > 0 ? properties.getLangArray(0) : properties.addNewLang();
        lang.setEastAsia("zh-CN");
    }

    /** The text with its numbers in place of their tokens, as the Markdown prints them. */
    private static void text(Brief brief, String withTokens, Consumer<String> sink) {
        StringBuilder text = new StringBuilder();
        BriefDocuments.pieces(withTokens, brief.numbers(), text::append, number -> text.append(number.text()));
        sink.accept(text.toString());
    }

    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(twips(37));
        margins.setBottom(twips(35));
        margins.setLeft(twips(28));
        margins.setRight(twips(26));
        margins.setFooter(twips(28 - 7));
        margins.setHeader(twips(15));
    }

    private static BigInteger twips(double millimetres) {
        return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
    }

    /** "— 1 —" centred at the foot of every page, the number a PAGE field Word and LibreOffice fill in. */
    private static void pageNumbers(XWPFDocument document) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", "宋体", 14, false);
        // a complex field: begin, instruction, separator, the last value shown, end; all runs, so
        // they stay in order between the dashes
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", "宋体", 14, false);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, " —", "宋体", 14, false);
    }
}
