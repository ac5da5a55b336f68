package org.kaifang.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.xml.namespace.QName;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.kaifang.config.Language;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTMarker;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;

/**
 * The leaders' trend table as an Excel workbook: an overview sheet with every indicator and
 * one sheet per domain (trade, inward investment, outbound investment, macro targets), each
 * with its title, region, period and units on top, a frozen header, number formats (amounts
 * to 2 places, rates to 1 place with %), targets coloured by status (met green, missed red,
 * not yet known grey), a line chart per indicator reading its row, set up to print on A4
 * landscape. Every figure is a row of
 * {@code rpt_trend_table}; nothing is computed here.
 */
final class TrendWorkbook {

    /** Fills of the status cell: the colours leaders know from traffic lights, softened for print. */
    static final String MET = "C6EFCE";
    static final String MISSED = "FFC7CE";
    static final String PENDING = "D9D9D9";
    static final String NEARLY = "FFEB9C";

    private static final List<String> DOMAINS = List.of("trade", "inward_investment", "outbound_investment", "macro");

    private final Language language;

    TrendWorkbook(Language language) {
        this.language = language;
    }

    void write(Path file, String regionCode, TrendTable table) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            sheet(book, styles, language.pick("总览", "Overview"), regionCode, table, table.lines());
            for (String domain : DOMAINS) {
                List<TrendTable.Line> inDomain = table.lines().stream().filter(l -> domain.equals(l.domain())).toList();
                if (!inDomain.isEmpty()) {
                    sheet(book, styles, domainName(domain), regionCode, table, inDomain);
                }
            }
            for (ReportSection section : table.sections()) {
                sectionSheet(book, styles, regionCode, table, section);
            }
            Sheet chartData = book.getSheet(chartDataName());
            if (chartData != null) {
                book.setSheetOrder(chartData.getSheetName(), book.getNumberOfSheets() - 1);
                book.setSheetHidden(book.getSheetIndex(chartData), true);
                book.setActiveSheet(0);
                book.setSelectedTab(0);
            }
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void sheet(XSSFWorkbook book, Styles styles, String name, String regionCode, TrendTable table,
                       List<TrendTable.Line> lines) {
        Sheet sheet = book.createSheet(name);
        int year = table.year();
        int yearsShown = table.years().size();
        int firstYear = table.years().get(0);
        List<String> header = table.header(TrendColumn.Shown.WORKBOOK);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(table.title()
                + (name.equals(language.pick("总览", "Overview")) ? "" : " · " + name));
        title.getCell(0).setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, header.size() - 1));
        Row subtitle = sheet.createRow(1);
        subtitle.createCell(0).setCellValue(language.pick("地区:", "Region: ") + table.regionName() + " (" + regionCode + ")"
                + language.pick("  期间:", "  Period: ") + firstYear + "–" + year
                + language.pick("  单位:见各行“单位”列", "  Units: see each row's Unit column"));
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, header.size() - 1));

        headerRow(sheet, styles, header);
        sheet.createFreezePane(1, 4);
        int r = 4;
        for (List<ReportCell> cells : table.cells(lines, TrendColumn.Shown.WORKBOOK)) {
            cells(sheet.createRow(r++), styles, cells);
        }
        int lastRow = r - 1;
        r = footnotes(sheet, r + 1, table.footnotes());
        charts((XSSFSheet) sheet, 4, lastRow, r + 1, lines, yearsShown);
        for (int c = 0; c < header.size(); c++) {
            sheet.setColumnWidth(c, c == 0 ? 30 * 256 : 14 * 256);
        }
        printSetup(sheet);
    }

    private static void headerRow(Sheet sheet, Styles styles, List<String> header) {
        Row head = sheet.createRow(3);
        for (int c = 0; c < header.size(); c++) {
            head.createCell(c).setCellValue(header.get(c));
            head.getCell(c).setCellStyle(styles.header);
        }
    }

    /**
     * A row of cells: a figure as a number in its kind's format (with the qualifier and release
     * mark it was published with), words as text, a status with its fill; an empty cell left blank.
     */
    private static void cells(Row row, Styles styles, List<ReportCell> cells) {
        for (int c = 0; c < cells.size(); c++) {
            ReportCell cell = cells.get(c);
            if (cell.value() != null) {
                row.createCell(c).setCellValue(cell.value());
                row.getCell(c).setCellStyle(cell.qualifier() == null && cell.releaseMark() == null ? styles.of(cell.kind())
                        : styles.qualified(cell.qualifier(), cell.releaseMark(), cell.kind() == ReportCell.Kind.COUNT));
            } else if (!cell.text().isEmpty()) {
                row.createCell(c).setCellValue(cell.text());
                if (cell.isStatus()) {
                    row.getCell(c).setCellStyle(styles.of(cell.kind()));
                }
            }
        }
    }

    /** A further section of the report on a sheet of its own, laid out as the trend sheets. */
    private void sectionSheet(XSSFWorkbook book, Styles styles, String regionCode, TrendTable table,
                              ReportSection section) {
        Sheet sheet = book.createSheet(section.sheet());
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(table.title() + " · " + section.title());
        title.getCell(0).setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, section.header().size() - 1));
        Row subtitle = sheet.createRow(1);
        subtitle.createCell(0).setCellValue(language.pick("地区:", "Region: ") + table.regionName() + " (" + regionCode
                + ")" + language.pick("  期间:", "  Period: ") + table.year()
                + language.pick("  单位:见表头", "  Units: see the column headers"));
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, section.header().size() - 1));
        headerRow(sheet, styles, section.header());
        sheet.createFreezePane(0, 4);
        int r = 4;
        for (List<ReportCell> cells : section.rows()) {
            cells(sheet.createRow(r++), styles, cells);
        }
        footnotes(sheet, r + 1, section.footnotes());
        for (int c = 0; c < section.header().size(); c++) {
            sheet.setColumnWidth(c, c <= 1 ? 24 * 256 : 14 * 256);
        }
        printSetup(sheet);
    }

    /** Footnotes, one a row from {@code first}: sources with their vintage, the synthetic note. Returns the next free row. */
    private static int footnotes(Sheet sheet, int first, List<String> footnotes) {
        int r = first;
        for (String footnote : footnotes) {
            sheet.createRow(r++).createCell(0).setCellValue(footnote);
        }
        return r;
    }

    private static void printSetup(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(3, 3, -1, -1));
    }

    /**
     * A line chart per indicator row, two abreast from row {@code top}. Each chart reads its
     * row's year cells, so the chart and the table cannot disagree; where the year has a target,
     * a second series marks the level it asks for at the target year.
     */
    private void charts(XSSFSheet sheet, int firstRow, int lastRow, int top, List<TrendTable.Line> lines,
                        int yearsShown) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        for (int r = firstRow; r <= lastRow; r++) {
            int index = r - firstRow;
            int col = index % 2 == 0 ? 0 : 6;
            int row = top + (index / 2) * 16;
            XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col, row, col + 6, row + 15));
            Row source = sheet.getRow(r);
            String name = source.getCell(0).getStringCellValue() + " (" + source.getCell(1).getStringCellValue() + ")";
            chart.setTitleText(lines.get(index).synthetic() ? name + TrendTable.syntheticMark(language) : name);
            chart.setTitleOverlay(false);
            XDDFCategoryAxis years = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
            values.setCrosses(AxisCrosses.AUTO_ZERO);
            XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, years, values);
            // what Excel assumes and LibreOffice and WPS do not: one colour per series, a year
            // without a figure a gap (not a zero), markers shown, lines drawn
            data.setVaryColors(false);
            chart.displayBlanksAs(DisplayBlanks.GAP);
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(
                    XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(3, 3, 2, 1 + yearsShown)),
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(r, r, 2, 1 + yearsShown)));
            series.setTitle(name, null);
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            series.setSmooth(false);
            series.setShapeProperties(line(SERIES_COLOUR));
            Double level = lines.get(index).targetLevel();
            if (level != null) {
                XDDFLineChartData.Series target = (XDDFLineChartData.Series) data.addSeries(
                        XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(3, 3, 2, 1 + yearsShown)),
                        targetLevelCells(sheet.getWorkbook(), name, level, yearsShown));
                target.setTitle(language.pick("目标", "Target"), null);
                target.setMarkerStyle(MarkerStyle.DIAMOND);
                target.setShapeProperties(noLine());
                marker(target, TARGET_COLOUR, 10);
            }
            chart.plot(data);
            marker(series, SERIES_COLOUR, 6);
            chart.getCTChart().getPlotArea().getLineChartArray(0).addNewMarker().setVal(true);
        }
    }

    /**
     * The target's level in cells of a hidden sheet, at the target year (the last shown), the
     * other years blank: a chart's series read from cells draws in Excel, WPS and LibreOffice
     * alike, where LibreOffice ignores a series of literal values.
     */
    private XDDFNumericalDataSource<Double> targetLevelCells(XSSFWorkbook book, String name, double level,
                                                             int yearsShown) {
        XSSFSheet data = book.getSheet(chartDataName());
        if (data == null) {
            data = book.createSheet(chartDataName());
        }
        int r = data.getPhysicalNumberOfRows();
        Row row = data.createRow(r);
        row.createCell(0).setCellValue(name);
        row.createCell(1 + yearsShown).setCellValue(level);
        return XDDFDataSourcesFactory.fromNumericCellRange(data, new CellRangeAddress(r, r, 2, 1 + yearsShown));
    }

    private String chartDataName() {
        return language.pick("图表数据", "Chart data");
    }

    /** The indicator's line, and the target's marker: colours the chart test looks for. */
    static final String SERIES_COLOUR = "1F4E79";
    static final String TARGET_COLOUR = "C00000";

    private static final String CHART_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private static XDDFShapeProperties line(String colour) {
        XDDFLineProperties line = new XDDFLineProperties(solid(colour));
        line.setWidth(2.25);
        XDDFShapeProperties properties = new XDDFShapeProperties();
        properties.setLineProperties(line);
        return properties;
    }

    /**
     * A marker of the size given, filled and edged in the colour: LibreOffice draws an unstyled
     * marker from its own palette, and at its default size a target's diamond is a speck. The
     * size is written as XML: POI's slim schema jar leaves out the marker-size type.
     */
    private static void marker(XDDFLineChartData.Series series, String colour, int size) {
        CTMarker marker = series.getCTLineSer().getMarker();
        try (XmlCursor cursor = marker.newCursor()) {
            cursor.toFirstChild();
            cursor.toEndToken();
            cursor.toNextToken();
            cursor.beginElement(new QName(CHART_NAMESPACE, "size", "c"));
            cursor.insertAttributeWithValue("val", String.valueOf(size));
        }
        CTShapeProperties properties = marker.isSetSpPr() ? marker.getSpPr() : marker.addNewSpPr();
        properties.addNewSolidFill().addNewSrgbClr().setVal(HexFormat.of().parseHex(colour));
        properties.addNewLn().addNewSolidFill().addNewSrgbClr().setVal(HexFormat.of().parseHex(colour));
    }

    private static XDDFSolidFillProperties solid(String colour) {
        return new XDDFSolidFillProperties(XDDFColor.from(HexFormat.of().parseHex(colour)));
    }

    private static XDDFShapeProperties noLine() {
        XDDFShapeProperties properties = new XDDFShapeProperties();
        properties.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
        return properties;
    }

    private String domainName(String domain) {
        return switch (domain) {
            case "trade" -> language.pick("对外贸易", "Trade");
            case "inward_investment" -> language.pick("利用外资", "Inward investment");
            case "outbound_investment" -> language.pick("对外投资", "Outbound investment");
            default -> language.pick("宏观目标", "Macro targets");
        };
    }

    /** The workbook's cell styles, made once: Excel allows only so many. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle amount;
        final CellStyle count;
        final CellStyle rate;
        final XSSFCellStyle met;
        final XSSFCellStyle missed;
        final XSSFCellStyle pending;
        final XSSFCellStyle nearly;
        private final XSSFWorkbook book;
        private final Map<String, CellStyle> qualifiedFormats = new HashMap<>();

        Styles(XSSFWorkbook book) {
            this.book = book;
            Font bold = book.createFont();
            bold.setBold(true);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = book.createCellStyle();
            title.setFont(big);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setBorderBottom(BorderStyle.THIN);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            amount = format(book, "#,##0.00");
            count = format(book, "#,##0");
            rate = format(book, "0.0\"%\"");
            met = fill(book, MET);
            missed = fill(book, MISSED);
            pending = fill(book, PENDING);
            nearly = fill(book, NEARLY);
        }

        /**
         * A number printed with the qualifier it was published with and the mark of a release not
         * yet verified (170余, 约5.00, 24.77(初步)), still a number.
         */
        CellStyle qualified(String qualifier, String releaseMark, boolean count) {
            return qualifiedFormats.computeIfAbsent(qualifier + "|" + releaseMark + "|" + count, k -> {
                String number = count ? "#,##0" : "#,##0.00";
                String before = qualifier != null && Numbers.isPrefix(qualifier) ? "\"" + qualifier + "\"" : "";
                String after = (qualifier != null && !Numbers.isPrefix(qualifier) ? qualifier : "")
                        + (releaseMark == null ? "" : "(" + releaseMark + ")");
                return format(book, before + number + (after.isEmpty() ? "" : "\"" + after + "\""));
            });
        }

        CellStyle of(ReportCell.Kind kind) {
            return switch (kind) {
                case AMOUNT, SHARE -> amount;
                case COUNT -> count;
                case RATE -> rate;
                case GOOD -> met;
                case NEARLY -> nearly;
                case BAD -> missed;
                case NEUTRAL -> pending;
                case TEXT -> null;
            };
        }

        private static CellStyle format(XSSFWorkbook book, String pattern) {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(pattern));
            return style;
        }

        private static XSSFCellStyle fill(XSSFWorkbook book, String rgb) {
            XSSFCellStyle style = book.createCellStyle();
            style.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(rgb)));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setAlignment(HorizontalAlignment.CENTER);
            return style;
        }
    }
}
