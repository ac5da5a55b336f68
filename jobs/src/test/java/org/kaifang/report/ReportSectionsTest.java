package org.kaifang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaifang.report.WorkbookCells.fill;
import static org.kaifang.report.WorkbookCells.numbers;
import static org.kaifang.report.WorkbookCells.read;
import static org.kaifang.report.WorkbookCells.row;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.TestWarehouse;

/**
 * A city's 2011 report with every section: progress within the year against 序时进度, rank in
 * the province, leading trade partners and where new overseas enterprises went, each figure
 * worked out by hand from the few rows loaded here, in the workbook, the page and the Markdown.
 */
class ReportSectionsTest {

    /** Shares print to 2 places, as amounts do: 0.07% of the nation needs both. */
    private static final String SHARE_FORMAT = "#,##0.00";

    @TempDir
    static Path root;

    static XSSFWorkbook book;
    static XSSFWorkbook english;
    static String markdown;
    static String html;

    @BeforeAll
    static void writeChangshasReport() throws Exception {
        TestWarehouse warehouse = TestWarehouse.withNationalSeries(root);
        warehouse.write("sources/observations/changsha_2011.csv",
                "region_code,indicator_code,year,month,value,unit,reported_yoy_pct,source",
                "430100,trade_total,2010,,146.41,亿美元,,synthetic: test",
                "430100,trade_total,2011,,161.051,亿美元,12.0,synthetic: test",
                "430600,trade_total,2011,,40,亿美元,8.0,synthetic: test",
                "430400,trade_total,2011,,24.77,亿美元,,synthetic: test",
                "430000,trade_total,2011,,300,亿美元,,synthetic: test",
                // GDP at current prices, its growth real (published)
                "430100,gdp,2010,,4000,亿元,,synthetic: test",
                "430100,gdp,2011,,4500,亿元,12.5,synthetic: test",
                // exports to December (the latest month) against a level target of 70
                "430100,trade_export,2011,6,25,亿美元,,synthetic: monthly",
                "430100,trade_export,2011,12,60,亿美元,,synthetic: monthly",
                // fiscal revenue 1-3月 against 14% growth on last year's 400
                "430100,fiscal_revenue,2010,,400,亿元,,synthetic: test",
                "430100,fiscal_revenue,2011,3,130,亿元,15.5,synthetic: monthly");
        warehouse.write("sources/targets/changsha_2011.csv",
                "region_code,indicator_code,year,kind,value,unit,binding,source_doc",
                "430100,trade_total,2011,growth_pct,15,%,expected,synthetic: 2011 plan",
                "430100,gdp,2011,growth_pct,10,%,expected,synthetic: 2011 plan",
                "430100,trade_export,2011,level,70,亿美元,expected,synthetic: 2011 plan",
                "430100,fiscal_revenue,2011,growth_pct,14,%,expected,synthetic: 2011 plan");
        List<String> trade = new ArrayList<>(List.of("year,month,region_code,partner_iso,hs_code,flow,value_usd,quantity"));
        for (int month = 1; month <= 12; month++) {
            trade.add("2011," + month + ",430100,USA,8501,export,1000000,");
            trade.add("2011," + month + ",430100,DEU,84,import,500000,10");
            if (month < 12) {
                trade.add("2010," + month + ",430100,USA,8501,export,900000,");
            }
        }
        warehouse.write("sources/trade_flows/changsha_2011.csv", trade.toArray(String[]::new));
        warehouse.write("sources/odi_enterprises/changsha.csv",
                "year,region_code,enterprise,destination_iso,sector,investment_usd,is_new",
                "2011,430100,长沙甲公司(美国),USA,manufacturing,5000000,是",
                "2011,430100,长沙乙公司(美国),USA,trade,3000000,是",
                "2011,430100,长沙丙公司(德国),DEU,,2000000,是",
                "2011,430100,长沙丁公司(英国),GBR,,,否");
        TestWarehouse.Run run = warehouse.nightly("2026-11-26", "--lang", "zh");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        Path file = warehouse.warehouse().resolve("reports/430100/2011/trend.xlsx");
        markdown = Files.readString(file.resolveSibling("trend.md"));
        html = Files.readString(file.resolveSibling("trend.html"));
        book = read(file);
        run = warehouse.kaifang("report", "--region", "430100", "--year", "2011", "--lang", "en");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        english = read(file);
    }

    @Test
    void everySectionHasItsSheet() {
        // the sheets a reader sees, then the hidden one the charts read the targets' levels from, last
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add((book.isSheetHidden(book.getSheetIndex(s)) ? "hidden:" : "") + s.getSheetName()));
        assertEquals(List.of("总览", "对外贸易", "宏观目标", "序时进度", "与全国比较", "全省位次", "外贸进出口", "贸易伙伴", "境外企业",
                "hidden:图表数据"), names);
        List<String> englishNames = new ArrayList<>();
        english.forEach(s -> englishNames.add((english.isSheetHidden(english.getSheetIndex(s)) ? "hidden:" : "")
                + s.getSheetName()));
        assertEquals(List.of("Overview", "Trade", "Macro targets", "Year to date", "Against the nation", "Provincial rank",
                "Trade breakdown", "Trade partners", "Overseas enterprises", "hidden:Chart data"), englishNames);
    }

    @Test
    void progressWithinTheYearAgainstTheTimeElapsed() {
        Sheet ytd = book.getSheet("序时进度");
        // exports 1-12月: 60 of a 70 target = 85.71% with the whole year gone: as printed, 85.7 against
        // 100.0, 14.3 points behind
        Row exports = row(ytd, "出口总额");
        assertEquals("1-12月", exports.getCell(2).getStringCellValue());
        assertEquals(60.0, exports.getCell(3).getNumericCellValue(), 1e-9);
        assertEquals("#,##0.00", exports.getCell(3).getCellStyle().getDataFormatString());
        assertEquals(CellType.BLANK, cellType(exports, 4), "no cumulative figure a year before");
        assertEquals(100.0, exports.getCell(5).getNumericCellValue(), 1e-9);
        assertEquals(70.0, exports.getCell(6).getNumericCellValue(), 1e-9);
        assertEquals(60 / 70.0 * 100, exports.getCell(8).getNumericCellValue(), 1e-9);
        assertEquals(-14.3, exports.getCell(9).getNumericCellValue(), 1e-9);
        assertEquals("滞后于序时进度", exports.getCell(10).getStringCellValue());
        assertEquals(TrendWorkbook.MISSED, fill(exports.getCell(10)));
        // fiscal revenue 1-3月: 130 of 400 * 1.14 = 456 is 28.51% with a quarter gone: ahead
        Row fiscal = row(ytd, "财政总收入");
        assertEquals(15.5, fiscal.getCell(4).getNumericCellValue(), 1e-9);
        assertEquals("0.0\"%\"", fiscal.getCell(4).getCellStyle().getDataFormatString());
        assertEquals(25.0, fiscal.getCell(5).getNumericCellValue(), 1e-9);
        assertEquals(14.0, fiscal.getCell(6).getNumericCellValue(), 1e-9);
        assertEquals("%", fiscal.getCell(7).getStringCellValue());
        assertEquals(130 / 456.0 * 100, fiscal.getCell(8).getNumericCellValue(), 1e-9);
        assertEquals("超序时进度", fiscal.getCell(10).getStringCellValue());
        assertEquals(TrendWorkbook.MET, fill(fiscal.getCell(10)));
    }

    @Test
    void rankAmongTheProvincesCities() {
        // 161.051 against Yueyang's 40, Hengyang's 24.77 and the shipped Zhuzhou (33.75, +12.5%) and
        // Xiangtan (24.77, +6.5%): largest of five; 12% second to Zhuzhou's 12.5%; 161.051 / 300
        Row trade = row(book.getSheet("全省位次"), "外贸进出口总额");
        assertEquals(List.of(161.051, 1.0, 5.0, 12.0, 2.0), numbers(trade, 2, 6));
        assertEquals(161.051 / 300 * 100, trade.getCell(7).getNumericCellValue(), 1e-9);
        assertEquals(SHARE_FORMAT, trade.getCell(7).getCellStyle().getDataFormatString(), "a share prints to 2 places");
    }

    @Test
    void leadingTradePartnersFromTheCustomsDetail() {
        Sheet partners = book.getSheet("贸易伙伴");
        // USA: 12 x 1,000,000 USD exported = 0.12 亿美元, 2/3 of 0.18; 2010 has 11 months of exports
        // and no imports, so it lacks months 2011 covers: no same-period rate (never 12 months
        // against 11, +21.21%), and Germany is not called new
        Row usa = row(partners, "美国", 1);
        assertEquals(1.0, usa.getCell(0).getNumericCellValue(), 1e-9);
        assertEquals(List.of(0.12, 0.12, 0.0), numbers(usa, 2, 4));
        assertEquals(12 / 18.0 * 100, usa.getCell(5).getNumericCellValue(), 1e-9);
        assertEquals(SHARE_FORMAT, usa.getCell(5).getCellStyle().getDataFormatString(), "a share prints to 2 places");
        assertNull(usa.getCell(6));
        // Germany: 12 x 500,000 imported = 0.06 亿美元
        Row germany = row(partners, "德国", 1);
        assertEquals(2.0, germany.getCell(0).getNumericCellValue(), 1e-9);
        assertEquals(List.of(0.06, 0.0, 0.06), numbers(germany, 2, 4));
        assertNull(germany.getCell(6));
        assertTrue(markdown.contains("海关进出口明细(载入于 "), markdown);
    }

    @Test
    void tradeByMarketGroupFromJanuary() {
        Sheet trade = book.getSheet("外贸进出口");
        assertEquals("长沙市 2011年开放型经济主要指标 · 外贸进出口情况(1-12月)", trade.getRow(0).getCell(0).getStringCellValue());
        // 1-12月: exports 12 x 1,000,000 = 0.12 亿美元 to the United States, imports 12 x 500,000 =
        // 0.06 from Germany (the EU); 2010 has no imports and no December: no rate anywhere
        Row total = row(trade, "进出口总值");
        assertEquals(List.of(0.18, 0.12, 0.06), List.of(total.getCell(1).getNumericCellValue(),
                total.getCell(3).getNumericCellValue(), total.getCell(5).getNumericCellValue()));
        assertNull(total.getCell(2));
        assertEquals(100.0, total.getCell(7).getNumericCellValue(), 1e-9);
        Row america = row(trade, "美国");
        assertEquals(0.12, america.getCell(1).getNumericCellValue(), 1e-9);
        assertEquals(12 / 18.0 * 100, america.getCell(7).getNumericCellValue(), 1e-9);
        Row europe = row(trade, "欧盟");
        assertEquals(List.of(0.06, 0.0, 0.06), List.of(europe.getCell(1).getNumericCellValue(),
                europe.getCell(3).getNumericCellValue(), europe.getCell(5).getNumericCellValue()));
        assertEquals(6 / 18.0 * 100, europe.getCell(7).getNumericCellValue(), 1e-9);
        // groups without trade (东盟, 日本…) are left out: the total, the United States and the EU
        // the file gives no trade mode nor enterprise type: those breakdowns (all 未注明) are left out
        assertEquals(List.of("进出口总值", "按主要市场分", "美国", "欧盟"),
                markdownTables(markdown).get(4).stream().map(r -> r.get(0)).toList());
        // 2011: no note on the United Kingdom's leaving, nor on lines the table does not print
        assertTrue(markdown.contains("市场按报告期成员口径计算,上年同期按相同成员比较。\n"), markdown);
    }

    @Test
    void newOverseasEnterprisesByDestination() {
        Sheet odi = book.getSheet("境外企业");
        // two new enterprises in the USA with 5 + 3 million USD = 800 万美元; one in Germany; the
        // British one is not new
        Row usa = row(odi, "美国", 1);
        assertEquals(List.of(1.0, 2.0, 800.0), List.of(usa.getCell(0).getNumericCellValue(),
                usa.getCell(2).getNumericCellValue(), usa.getCell(3).getNumericCellValue()));
        assertEquals(2 / 3.0 * 100, usa.getCell(4).getNumericCellValue(), 1e-9);
        assertEquals(SHARE_FORMAT, usa.getCell(4).getCellStyle().getDataFormatString(), "a share prints to 2 places");
        Row germany = row(odi, "德国", 1);
        assertEquals(200.0, germany.getCell(3).getNumericCellValue(), 1e-9);
        assertEquals(7, odi.getLastRowNum(), "header on row 3 (0-based), two destinations, a blank row, the source");
        assertTrue(odi.getRow(7).getCell(0).getStringCellValue().startsWith("资料来源:sources/odi_enterprises/changsha.csv(载入于 "));
    }

    @Test
    void growthTargetIsMarkedOnTheChartAtTheLevelItAsksFor() {
        // trade 2011: +15% on 146.41 asks for 168.3715; the table says 161.051 / 168.3715 = 95.65%
        // complete (never 12 / 15 = 80%), missed
        XSSFChart chart = book.getSheet("总览").getDrawingPatriarch().getCharts().stream()
                .filter(c -> c.getTitleText().getString().startsWith("外贸进出口总额")).findFirst().orElseThrow();
        assertEquals(2, chart.getChartSeries().get(0).getSeriesCount());
        String xml = chart.getCTChart().xmlText();
        assertTrue(xml.contains("<c:v>目标</c:v>"), "the second series is the target");
        // its one point sits at the fifth category, 2011, read from a cell of the hidden sheet (LibreOffice
        // draws no series of literal values)
        Matcher range = Pattern.compile("<c:f>图表数据!\\$C\\$(\\d+):\\$G\\$\\1</c:f>").matcher(xml);
        assertTrue(range.find(), xml);
        Row levels = book.getSheet("图表数据").getRow(Integer.parseInt(range.group(1)) - 1);
        assertEquals(146.41 * 1.15, levels.getCell(6).getNumericCellValue(), 1e-9);
        for (int year = 2; year < 6; year++) {
            assertTrue(levels.getCell(year) == null, "only 2011 holds the level");
        }
        Row trade = row(book.getSheet("总览"), "外贸进出口总额");
        assertEquals(161.051 / 168.3715 * 100, trade.getCell(TrendWorkbookTest.COMPLETION).getNumericCellValue(), 1e-9);
        // GDP: 12.5% real against 10%, judged in points, no 完成率
        assertEquals("高于目标2.5个百分点", row(book.getSheet("总览"), "地区生产总值")
                .getCell(TrendWorkbookTest.COMPLETION).getStringCellValue());
        assertTrue(markdown.contains("| 增长10% | 高于目标2.5个百分点 | 达标 |"), markdown);
        assertTrue(html.contains("class=\"marker\""), "the page marks the target too");
        // GDP's target is real growth while its levels are at current prices: no level to mark
        XSSFChart gdp = book.getSheet("总览").getDrawingPatriarch().getCharts().stream()
                .filter(c -> c.getTitleText().getString().startsWith("地区生产总值")).findFirst().orElseThrow();
        assertEquals(1, gdp.getChartSeries().get(0).getSeriesCount());
    }

    @Test
    void footnotesCiteEachSourceWithItsVintageAndTheSyntheticNote() {
        assertTrue(markdown.contains("- 资料来源:synthetic(载入于 2"), markdown);
        assertTrue(markdown.contains("UTC):monthly"), "the passages cited follow their document: " + markdown);
        assertTrue(markdown.contains("注:部分数据为合成数据"), markdown);
        Sheet overview = book.getSheet("总览");
        assertTrue(text(overview).contains("注:部分数据为合成数据"), "the workbook carries the footnotes too");
    }

    @Test
    void markdownPageAndWorkbookShowTheSameSectionCells() {
        List<List<List<String>>> mdTables = markdownTables(markdown);
        List<List<List<String>>> htmlTables = htmlTables(html);
        assertEquals(7, mdTables.size(), "the trend table and six sections");
        assertEquals(mdTables, htmlTables);
        List<String> sheets = List.of("序时进度", "与全国比较", "全省位次", "外贸进出口", "贸易伙伴", "境外企业");
        for (int t = 1; t < mdTables.size(); t++) {
            Sheet sheet = book.getSheet(sheets.get(t - 1));
            List<List<String>> table = mdTables.get(t);
            for (int r = 0; r < table.size(); r++) {
                Row row = sheet.getRow(4 + r);
                for (int c = 0; c < table.get(r).size(); c++) {
                    assertEquals(table.get(r).get(c), shown(row.getCell(c), table.get(r).get(c)),
                            sheet.getSheetName() + " row " + r + " column " + c);
                }
            }
        }
    }

    /** A cell as the Markdown prints it: numbers to the places the printed text has. */
    private static String shown(Cell cell, String printed) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.STRING) {
            return cell.getStringCellValue();
        }
        int places = printed.contains(".") ? printed.length() - printed.indexOf('.') - 1 : 0;
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(places, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static List<List<List<String>>> markdownTables(String md) {
        List<List<List<String>>> tables = new ArrayList<>();
        List<List<String>> current = null;
        for (String line : md.lines().toList()) {
            if (!line.startsWith("| ")) {
                current = null;
                continue;
            }
            if (current == null) {
                current = new ArrayList<>();
                tables.add(current);
                continue;
            }
            if (!line.startsWith("| ---")) {
                current.add(List.of(line.substring(2, line.length() - 2).split(" \\| ", -1)));
            }
        }
        return tables;
    }

    private static List<List<List<String>>> htmlTables(String page) {
        List<List<List<String>>> tables = new ArrayList<>();
        Matcher tbody = Pattern.compile("<tbody>(.*?)</tbody>", Pattern.DOTALL).matcher(page);
        while (tbody.find()) {
            List<List<String>> rows = new ArrayList<>();
            Matcher tr = Pattern.compile("<tr>(.*?)</tr>").matcher(tbody.group(1));
            while (tr.find()) {
                List<String> cells = new ArrayList<>();
                Matcher td = Pattern.compile("<td[^>]*>(.*?)</td>").matcher(tr.group(1));
                while (td.find()) {
                    cells.add(td.group(1));
                }
                rows.add(cells);
            }
            tables.add(rows);
        }
        return tables;
    }

    private static String text(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> all.append(cell).append('\n')));
        return all.toString();
    }

    private static CellType cellType(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? CellType.BLANK : cell.getCellType();
    }
}
