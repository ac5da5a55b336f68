package org.kaifang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.TestWarehouse;

/**
 * The reports a new user gets from the shipped data: China's real trend table equal to the
 * World Bank's file (read here on its own, from the copy in the test resources), Xiangtan set
 * against the nation by hand, and the synthetic note under every table that uses a synthetic
 * figure (the sample yearbook's Zhuzhou) and under no other.
 */
class DefaultReportsTest {

    private static final String SYNTHETIC_NOTE = "合成数据(synthetic)";
    private static final String SYNTHETIC_CHART = "合成数据,非公布数";

    @TempDir
    static Path root;

    static Path reports;
    /** WDI value by indicator code and year, as the World Bank's file gives it. */
    static Map<String, Map<Integer, BigDecimal>> wdi = new HashMap<>();

    @BeforeAll
    static void runTheShippedData() throws IOException {
        TestWarehouse warehouse = TestWarehouse.withNationalSeries(root);
        TestWarehouse.Run run = warehouse.nightly("2026-11-30");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        reports = warehouse.warehouse().resolve("reports");
        try (InputStream in = DefaultReportsTest.class.getResourceAsStream("/wdi/china_wdi.csv")) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                wdi.computeIfAbsent(r.get("wdi_code"), k -> new HashMap<>())
                        .put(Integer.parseInt(r.get("year")), new BigDecimal(r.get("value")));
            }
        }
    }

    @Test
    void chinasTrendTableIsTheWorldBanksFigures() throws IOException {
        List<List<String>> table = firstTable(Files.readString(reports.resolve("CHN/2024/trend.md")));
        assertEquals(List.of("指标", "单位", "2020年", "2021年", "2022年", "2023年", "2024年"),
                table.get(0).subList(0, 7));
        Map<String, String> series = Map.of("出口总额", "TX.VAL.MRCH.CD.WT", "进口总额", "TM.VAL.MRCH.CD.WT",
                "外国直接投资净流入(国际收支口径)", "BX.KLT.DINV.CD.WD");
        for (var indicator : series.entrySet()) {
            List<String> row = row(table, indicator.getKey());
            Map<Integer, BigDecimal> published = wdi.get(indicator.getValue());
            for (int year = 2020; year <= 2024; year++) {
                // US dollars to 亿美元, 2 places
                assertEquals(published.get(year).movePointLeft(8).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                        row.get(2 + year - 2020), indicator.getKey() + " " + year);
            }
            BigDecimal growth = published.get(2024).divide(published.get(2023), 12, RoundingMode.HALF_UP)
                    .subtract(BigDecimal.ONE).movePointRight(2);
            assertEquals(growth.setScale(1, RoundingMode.HALF_UP).toPlainString(), row.get(7), indicator.getKey());
        }
        // total trade is exports plus imports: 35757.95 + 25832.18 = 61590.13 亿美元
        BigDecimal total = wdi.get("TX.VAL.MRCH.CD.WT").get(2024).add(wdi.get("TM.VAL.MRCH.CD.WT").get(2024));
        assertEquals(total.movePointLeft(8).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                row(table, "外贸进出口总额").get(6));
    }

    @Test
    void chinasReportCitesTheWorldBankAndStatesTheCaliber() throws IOException {
        String md = Files.readString(reports.resolve("CHN/2024/trend.md"));
        assertTrue(md.contains("- 资料来源:World Bank, World Development Indicators (CC BY 4.0)"), md);
        assertTrue(md.contains("- 口径:外国直接投资净流入(国际收支口径)——国际收支口径(国家外汇管理局,IMF BPM6)"), md);
        assertTrue(md.contains("与商务部口径的实际利用外资不是同一指标"), md);
    }

    @Test
    void xiangtanAgainstChinasTrade() throws IOException {
        String md = Files.readString(reports.resolve("430300/2011/trend.md"));
        List<String> row = row(table(md, "## 与全国比较"), "外贸进出口总额");
        // 24.77 亿美元 of China's 2011 merchandise trade, exports plus imports
        BigDecimal china2011 = wdi.get("TX.VAL.MRCH.CD.WT").get(2011).add(wdi.get("TM.VAL.MRCH.CD.WT").get(2011));
        BigDecimal china2010 = wdi.get("TX.VAL.MRCH.CD.WT").get(2010).add(wdi.get("TM.VAL.MRCH.CD.WT").get(2010));
        BigDecimal share = new BigDecimal("24.77e8").divide(china2011, 10, RoundingMode.HALF_UP).movePointRight(2);
        BigDecimal chinaGrowth = china2011.divide(china2010, 10, RoundingMode.HALF_UP).subtract(BigDecimal.ONE)
                .movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        assertEquals("22.5", chinaGrowth.toPlainString());
        assertEquals(List.of("外贸进出口总额", "亿美元", "24.77", "6.5", "亿美元",
                        china2011.movePointLeft(8).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                        chinaGrowth.toPlainString(), share.setScale(2, RoundingMode.HALF_UP).toPlainString(),
                        new BigDecimal("6.5").subtract(chinaGrowth).toPlainString()),
                row);
        assertEquals(List.of("0.07", "-16.0"), row.subList(7, 9));
        // 实际利用外资 is MOFCOM's: the nation's balance-of-payments series is not set against it
        assertFalse(table(md, "## 与全国比较").stream().anyMatch(r -> r.get(0).equals("实际利用外资")));
    }

    @Test
    void theSyntheticNoteIsUnderEveryTableThatUsesASyntheticFigureAndNoOther() throws IOException {
        int tables = 0;
        for (Path md : reportFiles("trend.md")) {
            for (String block : md(Files.readString(md))) {
                tables++;
                assertEquals(usesSynthetic(md, block), block.contains(SYNTHETIC_NOTE), md + ":\n" + block);
            }
        }
        assertTrue(tables >= 30 + 4, "every report read: " + tables);
        for (Path html : reportFiles("trend.html")) {
            String page = Files.readString(html);
            String[] blocks = page.split("<table>");
            for (int i = 1; i < blocks.length; i++) {
                String heading = i == 1 ? "# " : "## " + blocks[i - 1].substring(blocks[i - 1].lastIndexOf("<h2>") + 4);
                assertEquals(usesSynthetic(html, heading), blocks[i].contains(SYNTHETIC_NOTE), html + " table " + i);
            }
            // each chart of synthetic figures says so in its title
            assertEquals(isZhuzhou(html), page.contains(SYNTHETIC_CHART), html.toString());
        }
        for (Path xlsx : reportFiles("trend.xlsx")) {
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
                for (Sheet sheet : book) {
                    assertEquals(usesSynthetic(xlsx, sheet.getSheetName()), text(sheet).contains(SYNTHETIC_NOTE),
                            xlsx + " sheet " + sheet.getSheetName());
                    if (((XSSFSheet) sheet).getDrawingPatriarch() != null) {
                        for (XSSFChart chart : ((XSSFSheet) sheet).getDrawingPatriarch().getCharts()) {
                            assertEquals(isZhuzhou(xlsx), chart.getTitleText().getString().contains(SYNTHETIC_CHART),
                                    xlsx + " chart " + chart.getTitleText().getString());
                        }
                    }
                }
            }
        }
    }

    @Test
    void xiangtansBriefStatesTheSpeechsFigures() throws IOException {
        String brief = Files.readString(reports.resolve("430300/2011/brief.md"));
        // the speech's own figures, read from the shipped file, not from the catalog
        Map<String, CSVRecord> speech = new HashMap<>();
        try (var in = Files.newBufferedReader(TestWarehouse.PROJECT_DATA.resolve("sources/observations/xiangtan_2011_speech.csv"))) {
            CSVFormat.DEFAULT.builder().setHeader().get().parse(in).forEach(r -> speech.put(r.get("indicator_code"), r));
        }
        assertTrue(brief.contains("实际利用外资" + speech.get("fdi_actual").get("value") + "亿美元，比上年增长"
                + speech.get("fdi_actual").get("reported_yoy_pct") + "%"), brief);
        assertTrue(brief.contains("外贸进出口总额" + speech.get("trade_total").get("value") + "亿美元，比上年增长"
                + speech.get("trade_total").get("reported_yoy_pct") + "%"), brief);
        assertTrue(brief.contains("新增境外企业" + speech.get("odi_enterprises_new").get("value") + "家"), brief);
        Map<String, String> targets = new HashMap<>();
        try (var in = Files.newBufferedReader(TestWarehouse.PROJECT_DATA.resolve("sources/targets/xiangtan_2012_targets.csv"))) {
            CSVFormat.DEFAULT.builder().setHeader().get().parse(in).forEach(r -> targets.put(r.get("indicator_code"),
                    r.get("value")));
        }
        assertTrue(brief.contains("2012年主要目标：地区生产总值增长" + targets.get("gdp") + "%，财政总收入增长"
                + targets.get("fiscal_revenue") + "%，固定资产投资增长" + targets.get("fai") + "%。"), brief);
    }

    @Test
    void everyNumberOfEveryBriefIsTracedToItsCell() throws Exception {
        BriefTraces.Result result = BriefTraces.check(reports, reports.getParent().resolve("kaifang.duckdb"));
        // 30 trend tables; Xiangtan's 2012 holds only targets, which no brief is written about
        assertEquals(29, result.briefs(), "a brief beside every trend table with figures");
        assertTrue(Files.exists(reports.resolve("430300/2012/trend.md")));
        assertFalse(Files.exists(reports.resolve("430300/2012/brief.md")));
        assertTrue(result.numbers() > 300, "numbers read: " + result.numbers());
        assertEquals(List.of(), result.untraced());
        assertEquals(List.of(), result.unmatched());
    }

    /**
     * Worked out from the shipped data: Zhuzhou's sample yearbook (2010, 2011) is the only
     * synthetic source; every table of its reports uses it, and so does Xiangtan's rank among
     * the province's cities in a year Zhuzhou has figures for. China's and Xiangtan's own
     * figures, and Xiangtan set against China, are real.
     */
    private static boolean usesSynthetic(Path report, String block) {
        if (isZhuzhou(report)) {
            return true;
        }
        String year = report.getParent().getFileName().toString();
        boolean rank = block.startsWith("## 在全省的位次") || block.startsWith("全省位次");
        return rank && report.toString().contains("430300") && (year.equals("2010") || year.equals("2011"));
    }

    private static boolean isZhuzhou(Path report) {
        return report.getParent().getParent().getFileName().toString().equals("430200");
    }

    private static List<Path> reportFiles(String name) throws IOException {
        try (Stream<Path> files = Files.walk(reports)) {
            return files.filter(f -> f.getFileName().toString().equals(name)).sorted().toList();
        }
    }

    /** A Markdown report's tables, each with its heading and footnotes: split at the headings. */
    private static List<String> md(String text) {
        List<String> blocks = new ArrayList<>();
        for (String block : ("\n" + text).split("\n(?=#)")) {
            if (block.contains("\n|")) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    private static List<List<String>> firstTable(String md) {
        return cells(md(md).get(0));
    }

    private static List<List<String>> table(String md, String heading) {
        return cells(md(md).stream().filter(b -> b.startsWith(heading)).findFirst().orElseThrow());
    }

    private static List<List<String>> cells(String block) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : block.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| ---")).toList()) {
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
                cells.add(cell.strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<String> row(List<List<String>> table, String indicator) {
        return table.stream().filter(r -> r.get(0).equals(indicator)).findFirst().orElseThrow(() ->
                new AssertionError(indicator + " not in " + table));
    }

    private static String text(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> all.append(cell).append('\n')));
        return all.toString();
    }
}
