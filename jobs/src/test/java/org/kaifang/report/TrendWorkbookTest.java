package org.kaifang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.kaifang.report.WorkbookCells.fill;
import static org.kaifang.report.WorkbookCells.numbers;
import static org.kaifang.report.WorkbookCells.row;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.ExternalProgram;
import org.kaifang.TestWarehouse;

/**
 * The seed city's 2011 workbook read back with POI: the speech's figures, their number formats,
 * and the fills of a met, a missed and a pending target.
 */
class TrendWorkbookTest {

    /** Workbook columns: indicator, unit, five years, growth, 3- and 5-year averages, target, its unit, completion, status. */
    static final int TARGET = 10;
    static final int COMPLETION = 12;
    static final int STATUS = 13;

    @TempDir
    static Path root;

    static XSSFWorkbook book;
    static String markdown;
    static String html;

    @BeforeAll
    static void writeTheSeedCitysReport() throws Exception {
        TestWarehouse warehouse = TestWarehouse.withNationalSeries(root);
        // two 2011 targets to judge against the speech: FDI growth 15% (16.1% came: met) and
        // trade growth 10% (6.5% came: missed); trade's 2010 level, which the speech does not
        // give, so that its target asks for a level: 23.26 * 1.10 = 25.586
        warehouse.write("sources/observations/xiangtan_2010_test.csv",
                "region_code,indicator_code,year,month,value,unit,reported_yoy_pct,source",
                "430300,trade_total,2010,,23.26,亿美元,,test figure");
        warehouse.write("sources/targets/xiangtan_2011_targets.csv",
                "region_code,indicator_code,year,kind,value,unit,binding,source_doc",
                "430300,fdi_actual,2011,growth_pct,15,%,expected,test target",
                "430300,trade_total,2011,growth_pct,10,%,expected,test target");
        TestWarehouse.Run run = warehouse.nightly("2026-11-26", "--lang", "zh");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        Path file = warehouse.warehouse().resolve("reports/430300/2011/trend.xlsx");
        markdown = Files.readString(file.resolveSibling("trend.md"));
        html = Files.readString(file.resolveSibling("trend.html"));
        book = WorkbookCells.read(file);
    }

    @Test
    void overviewHoldsTheSpeechsFiguresWithTheirFormats() {
        Sheet overview = book.getSheet("总览");
        assertNotNull(overview, sheetNames().toString());
        assertEquals("湘潭市 2011年开放型经济主要指标", overview.getRow(0).getCell(0).getStringCellValue());
        Row fdi = row(overview, "实际利用外资");
        assertEquals("亿美元", fdi.getCell(1).getStringCellValue());
        assertEquals(4.68, fdi.getCell(6).getNumericCellValue(), 1e-9, "2011 is the fifth year column");
        assertEquals("#,##0.00", fdi.getCell(6).getCellStyle().getDataFormatString());
        assertEquals(16.1, fdi.getCell(7).getNumericCellValue(), 1e-9);
        assertEquals("0.0\"%\"", fdi.getCell(7).getCellStyle().getDataFormatString());
        Row trade = row(overview, "外贸进出口总额");
        assertEquals(24.77, trade.getCell(6).getNumericCellValue(), 1e-9);
        assertEquals(6.5, trade.getCell(7).getNumericCellValue(), 1e-9);
        assertEquals(4, overview.getPaneInformation().getHorizontalSplitTopRow(), "the header stays in view");
        assertTrue(overview.getPrintSetup().getLandscape());
        assertEquals(PrintSetup.A4_PAPERSIZE, overview.getPrintSetup().getPaperSize());
    }

    @Test
    void targetsAreColouredByWhetherTheyWereMet() {
        Sheet overview = book.getSheet("总览");
        Cell met = row(overview, "实际利用外资").getCell(STATUS);
        assertEquals("达标", met.getStringCellValue());
        assertEquals(TrendWorkbook.MET, fill(met));
        Cell missed = row(overview, "外贸进出口总额").getCell(STATUS);
        assertEquals("未达标", missed.getStringCellValue());
        assertEquals(TrendWorkbook.MISSED, fill(missed));
        assertEquals(15.0, row(overview, "实际利用外资").getCell(TARGET).getNumericCellValue(), 1e-9);
        assertEquals("%", row(overview, "实际利用外资").getCell(TARGET + 1).getStringCellValue());
        // completion 完成率 is a level against the level the target asks for: 24.77 / 25.586 = 96.81%
        // (never 6.5 / 10); FDI's 2010 level is not loaded, so its target asks for no level and is
        // judged in points: 16.1 - 15 = 1.1
        assertEquals(24.77 / 25.586 * 100, row(overview, "外贸进出口总额").getCell(COMPLETION).getNumericCellValue(), 1e-9);
        assertEquals("高于目标1.1个百分点", row(overview, "实际利用外资").getCell(COMPLETION).getStringCellValue());
    }

    @Test
    void eachIndicatorHasAChartReadingItsRow() {
        XSSFSheet overview = book.getSheet("总览");
        List<XSSFChart> charts = overview.getDrawingPatriarch().getCharts();
        assertEquals(7, charts.size(), "one per indicator of the seed's 2011 table");
        XSSFChart trade = charts.get(0);
        assertEquals("外贸进出口总额 (亿美元)", trade.getTitleText().getString());
        var series = trade.getChartSeries().get(0).getSeries(0);
        // the chart reads the row of cells the table shows, 2007年 to 2011年
        assertEquals("总览!$C$5:$G$5", series.getValuesData().getDataRangeReference());
        assertEquals("总览!$C$4:$G$4", series.getCategoryData().getDataRangeReference());
    }

    @Test
    void eachDomainHasItsSheet() {
        // the seed's macro targets are for 2012: no macro sheet in 2011's workbook
        // and a sheet for the rank among Hunan's cities: the shipped Zhuzhou yearbook is the other city
        assertEquals(List.of("总览", "对外贸易", "利用外资", "对外投资", "与全国比较", "全省位次"), sheetNames());
        assertEquals(24.77, row(book.getSheet("对外贸易"), "外贸进出口总额").getCell(6).getNumericCellValue(), 1e-9);
        assertEquals(4.68, row(book.getSheet("利用外资"), "实际利用外资").getCell(6).getNumericCellValue(), 1e-9);
    }

    @Test
    void rankAmongTheProvincesCitiesAgainstZhuzhou() {
        Sheet rank = book.getSheet("全省位次");
        // trade: Zhuzhou 33.75 亿美元 (+12.5%) against Xiangtan 24.77 (+6.5%): second on both counts
        Row trade = row(rank, "外贸进出口总额");
        assertEquals(List.of(24.77, 2.0, 2.0, 6.5, 2.0), numbers(trade, 2, 6));
        // FDI: Zhuzhou 10.8 (+13.7%) is larger, Xiangtan's 16.1% faster
        Row fdi = row(rank, "实际利用外资");
        assertEquals(List.of(4.68, 2.0, 2.0, 16.1, 1.0), numbers(fdi, 2, 6));
        assertEquals("#,##0", fdi.getCell(3).getCellStyle().getDataFormatString());
        assertTrue(markdown.contains("| 实际利用外资 | 亿美元 | 4.68 | 2 | 2 | 16.1 | 1 |  |"), markdown);
    }

    @Test
    void markdownHtmlAndWorkbookShowTheSameFigures() {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        Sheet overview = book.getSheet("总览");
        // the trend table: the first table of the Markdown, and of the page
        List<List<String>> mdRows = markdown.lines().dropWhile(l -> !l.startsWith("| 指标")).takeWhile(l -> l.startsWith("| "))
                .filter(l -> !l.startsWith("| 指标") && !l.startsWith("| ---"))
                .map(l -> List.of(l.substring(2, l.length() - 2).split(" \\| ", -1))).toList();
        List<List<String>> htmlRows = new ArrayList<>();
        Matcher tr = Pattern.compile("<tr>(.*?)</tr>").matcher(html.substring(0, html.indexOf("</table>")));
        while (tr.find()) {
            if (tr.group(1).startsWith("<td")) {
                List<String> cells = new ArrayList<>();
                Matcher td = Pattern.compile("<td[^>]*>(.*?)</td>").matcher(tr.group(1));
                while (td.find()) {
                    cells.add(td.group(1));
                }
                htmlRows.add(cells);
            }
        }
        assertTrue(mdRows.size() >= 6, markdown);
        assertEquals(mdRows, htmlRows, "the page prints the Markdown's cells");
        for (List<String> md : mdRows) {
            Row xlsx = row(overview, md.get(0));
            for (int c = 2; c <= 9; c++) {
                Cell cell = xlsx.getCell(c);
                // POI's formatter scales by 100 for any % in a format, even a quoted one, which Excel
                // prints as it stands: rates are compared by their value to one place instead
                String shown = cell == null ? "" : c >= 7
                        ? BigDecimal.valueOf(cell.getNumericCellValue()).setScale(1, RoundingMode.HALF_UP)
                                .toPlainString()
                        : formatter.formatCellValue(cell).replace(",", "");
                assertEquals(md.get(c), shown, md.get(0) + " column " + c);
            }
            Cell completion = xlsx.getCell(COMPLETION);
            assertEquals(md.get(11), completion == null ? "" : completion.getCellType() == CellType.STRING
                    ? completion.getStringCellValue()
                    : BigDecimal.valueOf(completion.getNumericCellValue())
                            .setScale(1, RoundingMode.HALF_UP).toPlainString(), md.get(0));
            Cell status = xlsx.getCell(STATUS);
            assertEquals(md.get(md.size() - 1), status == null ? "" : status.getStringCellValue(), md.get(0));
        }
        assertTrue(html.contains("<svg viewBox="), "charts are drawn in the page");
        assertTrue(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"),
                "the page needs nothing from a network");
    }

    /** The sheets a reader sees: the target levels the charts read are on a hidden sheet of their own. */
    private static List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        book.forEach(s -> {
            if (!book.isSheetHidden(book.getSheetIndex(s))) {
                names.add(s.getSheetName());
            }
        });
        return names;
    }

    /**
     * The workbook as LibreOffice draws it (as WPS and LibreOffice users see it): converted to
     * PDF, then to a picture of its first page. Trade's chart has 2010 and 2011: its line joins
     * them, a stroke of the series' colour far wider than a marker; the target's diamond (25.586
     * at 2011) is there in its own colour.
     */
    @Test
    void libreOfficeDrawsTheLinesAndTheTargetsMarker() throws Exception {
        // LibreOffice's Calc, not only the Writer the briefs need
        assumeTrue(BriefPdf.soffice() != null && Files.exists(Path.of("/usr/lib/libreoffice/program/libsclo.so"))
                        || "1".equals(System.getenv("KAIFANG_REQUIRE_LIBREOFFICE")),
                "LibreOffice Calc is not installed (Debian package libreoffice-calc-nogui; .ci/run installs it)");
        Path scratch = root.resolve("libreoffice");
        Files.createDirectories(scratch);
        Path workbook = root.resolve("warehouse/reports/430300/2011/trend.xlsx");
        ExternalProgram.run(List.of(BriefPdf.soffice().toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + scratch.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                scratch.toString(), workbook.toString()));
        Path pdf = scratch.resolve("trend.pdf");
        assertTrue(Files.isRegularFile(pdf), "LibreOffice wrote no PDF");
        ExternalProgram.run(List.of("pdftoppm", "-r", "100", "-f", "1", "-l", "1", "-png", pdf.toString(),
                scratch.resolve("overview").toString()));
        Path png;
        try (var pages = Files.list(scratch)) {
            png = pages.filter(p -> p.getFileName().toString().startsWith("overview")).findFirst().orElseThrow();
        }
        BufferedImage page = ImageIO.read(png.toFile());
        // a marker is about 7 pixels wide at 100 dpi; the line from 2010 to 2011 spans a year of the chart
        int widest = widestStroke(page, TrendWorkbook.SERIES_COLOUR);
        assertTrue(widest > 40, "the series is drawn as a line: widest stroke " + widest + " px (" + png + ")");
        // the diamond is about 7 pixels across at 100 dpi (21 pixels of its colour; LibreOffice's default size drew 8)
        long target = pixels(page, TrendWorkbook.TARGET_COLOUR);
        assertTrue(target >= 15, "the target's marker is drawn: " + target + " pixels (" + png + ")");
    }

    /**
     * The widest stroke of the colour in the picture: the horizontal extent of the largest set of
     * its pixels each within two pixels of another (a line's smoothed edges leave small breaks).
     */
    private static int widestStroke(BufferedImage image, String colour) {
        int width = image.getWidth();
        int height = image.getHeight();
        boolean[] seen = new boolean[width * height];
        int widest = 0;
        for (int start = 0; start < width * height; start++) {
            if (seen[start] || !near(image.getRGB(start % width, start / width), colour)) {
                continue;
            }
            int minX = start % width;
            int maxX = minX;
            java.util.ArrayDeque<Integer> stroke = new java.util.ArrayDeque<>(List.of(start));
            seen[start] = true;
            while (!stroke.isEmpty()) {
                int at = stroke.pop();
                int x = at % width;
                int y = at / width;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                for (int dy = -2; dy <= 2; dy++) {
                    for (int dx = -2; dx <= 2; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < width && ny < height && !seen[ny * width + nx]
                                && near(image.getRGB(nx, ny), colour)) {
                            seen[ny * width + nx] = true;
                            stroke.push(ny * width + nx);
                        }
                    }
                }
            }
            widest = Math.max(widest, maxX - minX + 1);
        }
        return widest;
    }

    private static long pixels(BufferedImage image, String colour) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += near(image.getRGB(x, y), colour) ? 1 : 0;
            }
        }
        return count;
    }

    /** Within a small distance of the colour: the renderer smooths a line's edges. */
    private static boolean near(int rgb, String colour) {
        int wanted = Integer.parseInt(colour, 16);
        int dr = ((rgb >> 16) & 0xff) - ((wanted >> 16) & 0xff);
        int dg = ((rgb >> 8) & 0xff) - ((wanted >> 8) & 0xff);
        int db = (rgb & 0xff) - (wanted & 0xff);
        return dr * dr + dg * dg + db * db < 40 * 40;
    }
}
