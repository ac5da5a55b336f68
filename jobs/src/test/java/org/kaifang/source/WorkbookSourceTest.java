package org.kaifang.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.TestWarehouse;

/** Yearbook-style workbooks: the shipped sample loads; error cells are rejected by their address. */
class WorkbookSourceTest {

    @TempDir
    Path root;

    @Test
    void shippedYearbookSampleLoadsThroughTheNightlyJob() {
        TestWarehouse warehouse = new TestWarehouse(root).inEnglish();
        TestWarehouse.Run run = warehouse.nightly("2026-11-26");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        // 万美元 to 亿美元: 180,000 + 120,000 = 30 (a formula's cached value); 132500 stored as text;
        // "108,000" with a thousands separator; the rate column belongs to 2011
        assertEquals(List.of(
                Arrays.asList("fdi_actual", "2011", "10.8", "13.7"),
                Arrays.asList("trade_export", "2011", "20.5", "13.9"),
                Arrays.asList("trade_import", "2011", "13.25", "10.4"),
                Arrays.asList("trade_total", "2010", "30.0", null),
                Arrays.asList("trade_total", "2011", "33.75", "12.5")),
                warehouse.query("select indicator_code, year, value, yoy_pct from fct_growth where region_code = '430200'"
                        + " and (year = 2011 or indicator_code = 'trade_total') order by all"));
        assertEquals(List.of(List.of("sources/observations/zhuzhou_yearbook_2011.xlsx", "5")), warehouse.query(
                "select source_file, source_line from stg_observation where region_code = '430200'"
                        + " and indicator_code = 'trade_total' and year = 2011"));
        assertEquals("0", warehouse.value("select count(*) from data_quality where region_code = '430200'"));
    }

    @Test
    void errorCellIsRejectedWithItsAddressAndTheRestLoads() throws Exception {
        TestWarehouse warehouse = new TestWarehouse(root).inEnglish();
        Path folder = warehouse.data().resolve("sources/observations");
        try (Workbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("表1");
            SheetRows.row(sheet, 0, "指标", "2011年");
            Row broken = sheet.createRow(1);
            broken.createCell(0).setCellValue("实际利用外资");
            broken.createCell(1).setCellFormula("1/0");
            SheetRows.row(sheet, 2, "出口总额", 12345.0);
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(folder.resolve("hengyang.xlsx"))) {
                book.write(out);
            }
        }
        Files.writeString(folder.resolve("hengyang.mapping.properties"), "sheet = 表1\nregion_code = 430400\n"
                + "indicator_column = A\nheader_row = 1\nfirst_data_row = 2\nunit = 万美元\nsource = 衡阳统计公报\n");
        TestWarehouse.Run run = warehouse.nightly("2026-11-26", "--max-reject-share", "0.5");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        try (Stream<Path> files = Files.walk(warehouse.warehouse().resolve("rejects"))) {
            List<String> rejects = Files.readAllLines(files.filter(Files::isRegularFile).findFirst().orElseThrow());
            assertEquals("sources/observations/hengyang.xlsx,2,5,value 表1!B2,\"#DIV/0!\","
                    + "the cell holds the spreadsheet error #DIV/0!; fix its formula or type the figure", rejects.get(1));
        }
        assertEquals("1.2345", warehouse.value("select value from fct_growth where region_code = '430400'"));
    }

    @Test
    void workbookWithoutItsMappingIsRefusedByName() throws Exception {
        TestWarehouse warehouse = new TestWarehouse(root);
        Files.delete(warehouse.data().resolve("sources/observations/zhuzhou_yearbook_2011.mapping.properties"));
        TestWarehouse.Run run = warehouse.nightly("2026-11-26", "--lang", "en");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("sources/observations/zhuzhou_yearbook_2011.xlsx: a workbook needs a mapping file"
                + " beside it: sources/observations/zhuzhou_yearbook_2011.mapping.properties"), run.err());
        TestWarehouse.Run inChinese = warehouse.nightly("2026-11-26", "--lang", "zh");
        assertEquals(1, inChinese.exitCode());
        assertTrue(inChinese.err().contains("sources/observations/zhuzhou_yearbook_2011.xlsx: 工作簿旁边需要一个映射文件："
                + "sources/observations/zhuzhou_yearbook_2011.mapping.properties"), inChinese.err());
        assertTrue(inChinese.err().contains("请修正错误后再次运行 ./kaifang nightly"), inChinese.err());
    }
}
