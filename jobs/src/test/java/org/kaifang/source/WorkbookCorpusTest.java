package org.kaifang.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaifang.TestWarehouse;

/**
 * Yearbook workbooks as they really arrive, each with its expected outcome: a value loaded, a
 * cell rejected by its address, or the workbook refused. After each, the published warehouse
 * holds what it held before plus exactly what was valid. The CSV cases are in
 * {@link MalformedInputCorpusTest}.
 */
class WorkbookCorpusTest {

    private static final String FILE = "sources/observations/case.xlsx";
    private static final String MAPPING = "sheet = 表1\nregion_code = 430300\nindicator_column = A\nheader_row = 1\n"
            + "first_data_row = 2\nunit = 万美元\nsource = 湘潭统计年鉴\n";

    enum Outcome { LOADED, REJECTED, REFUSED }

    /**
     * @param expected for LOADED: fdi_actual 2012 in 亿美元 as text ("none": no row at all); for
     *                 REJECTED: "cell address|reason fragment"; for REFUSED: a message fragment
     */
    record Case(String name, Consumer<XSSFWorkbook> workbook, String mapping, Outcome outcome, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A plain yearbook page: 指标 | 2012年, one row for 实际利用外资 holding {@code value}. */
    static Consumer<XSSFWorkbook> page(Consumer<Row> value) {
        return book -> {
            Sheet sheet = book.createSheet("表1");
            SheetRows.row(sheet, 0, "指标", "2012年");
            Row fdi = sheet.createRow(1);
            fdi.createCell(0).setCellValue("实际利用外资");
            value.accept(fdi);
        };
    }

    static Case loaded(String name, Consumer<Row> value, String expected) {
        return new Case(name, page(value), MAPPING, Outcome.LOADED, expected);
    }

    static Stream<Case> corpus() {
        return Stream.of(
                loaded("number", r -> r.createCell(1).setCellValue(51000), "5.1"),
                loaded("number stored as text", r -> r.createCell(1).setCellValue("51000"), "5.1"),
                loaded("text with thousands separator", r -> r.createCell(1).setCellValue("51,000"), "5.1"),
                loaded("full-width digits", r -> r.createCell(1).setCellValue("５１０００"), "5.1"),
                new Case("dash for no figure, as a yearbook prints it", page(r -> r.createCell(1).setCellValue("—")),
                        MAPPING, Outcome.LOADED, "none"),
                loaded("formula, read by its cached value", r -> {
                    r.createCell(1).setCellFormula("50000+1000");
                    r.getSheet().getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
                }, "5.1"),
                new Case("formula error #DIV/0!", page(r -> {
                    r.createCell(1).setCellFormula("1/0");
                    r.getSheet().getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
                }), MAPPING, Outcome.REJECTED, "表1!B2|the cell holds the spreadsheet error #DIV/0!"),
                new Case("error value #N/A", page(r -> r.createCell(1).setCellErrorValue(FormulaError.NA.getCode())),
                        MAPPING, Outcome.REJECTED, "表1!B2|the cell holds the spreadsheet error #N/A"),
                new Case("words instead of a number", page(r -> r.createCell(1).setCellValue("约五亿")),
                        MAPPING, Outcome.REJECTED, "表1!B2|expected a number"),
                new Case("unknown indicator name", book -> {
                    Sheet sheet = book.createSheet("表1");
                    SheetRows.row(sheet, 0, "指标", "2012年");
                    SheetRows.row(sheet, 1, "外资到位金额(新口径)", 51000.0);
                }, MAPPING, Outcome.REJECTED, "表1!A2|unknown indicator code"),
                new Case("title rows, merged two-row header and footnote", book -> {
                    Sheet sheet = book.createSheet("表1");
                    SheetRows.row(sheet, 0, "湘潭市对外经济主要指标");
                    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
                    SheetRows.row(sheet, 1, "指标", "2012年", "");
                    SheetRows.row(sheet, 2, "", "", "");
                    sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
                    sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
                    SheetRows.row(sheet, 3, "实际利用外资", 51000.0);
                    SheetRows.row(sheet, 4, "注：实际利用外资按商务部口径。");
                    SheetRows.row(sheet, 5, "出口总额", "not read: below the footnote");
                }, MAPPING.replace("header_row = 1", "header_row = 2").replace("first_data_row = 2", "first_data_row = 4"),
                        Outcome.LOADED, "5.1"),
                new Case("hidden sheet of last year's layout before the mapped one", book -> {
                    Sheet old = book.createSheet("表1(旧)");
                    SheetRows.row(old, 0, "指标", "2012年");
                    SheetRows.row(old, 1, "实际利用外资", 99999.0);
                    book.setSheetHidden(0, true);
                    Sheet sheet = book.createSheet("表1");
                    SheetRows.row(sheet, 0, "指标", "2012年");
                    SheetRows.row(sheet, 1, "实际利用外资", 51000.0);
                }, MAPPING, Outcome.LOADED, "5.1"),
                new Case("unit read from the sheet", book -> {
                    Sheet sheet = book.createSheet("表1");
                    SheetRows.row(sheet, 0, "单位：亿美元");
                    SheetRows.row(sheet, 1, "指标", "2012年");
                    SheetRows.row(sheet, 2, "实际利用外资", 5.1);
                }, MAPPING.replace("unit = 万美元", "unit_cell = A1").replace("header_row = 1", "header_row = 2")
                        .replace("first_data_row = 2", "first_data_row = 3"), Outcome.LOADED, "5.1"),
                new Case("unit cell left empty", book -> {
                    Sheet sheet = book.createSheet("表1");
                    SheetRows.row(sheet, 0, "");
                    SheetRows.row(sheet, 1, "指标", "2012年");
                    SheetRows.row(sheet, 2, "实际利用外资", 5.1);
                }, MAPPING.replace("unit = 万美元", "unit_cell = A1").replace("header_row = 1", "header_row = 2")
                        .replace("first_data_row = 2", "first_data_row = 3"), Outcome.REFUSED, FILE + ":1:1: no unit in cell A1"),
                new Case("mapping names a sheet the workbook lacks", page(r -> r.createCell(1).setCellValue(51000)),
                        MAPPING.replace("sheet = 表1", "sheet = 表2"), Outcome.REFUSED, "no sheet named '表2'; the workbook has: 表1"),
                new Case("header row without a year", book -> {
                    Sheet sheet = book.createSheet("表1");
                    SheetRows.row(sheet, 0, "指标", "本年");
                    SheetRows.row(sheet, 1, "实际利用外资", 51000.0);
                }, MAPPING, Outcome.REFUSED, "no year (such as 2011 or 2011年) in row 1 of sheet 表1"),
                new Case("mapping with an unknown setting", page(r -> r.createCell(1).setCellValue(51000)),
                        MAPPING + "units = 万美元\n", Outcome.REFUSED, "unknown setting 'units'"),
                new Case("a CSV file named .xlsx", null, MAPPING, Outcome.REFUSED, FILE + ": cannot read the workbook"));
    }

    /** The night every case starts from, run once and copied for each. */
    private static TestWarehouse published;

    @BeforeAll
    static void publishTheShippedData(@TempDir Path shared) {
        published = new TestWarehouse(shared).inEnglish();
        assertEquals(0, published.nightly("2026-11-26").exitCode());
    }

    @TempDir
    Path root;

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachWorkbookHasItsOutcome(Case input) throws IOException {
        TestWarehouse warehouse = published.copyTo(root);
        String others = "(select * from stg_observation where indicator_code <> 'fdi_actual' or year <> 2012)";
        String before = warehouse.contents(others);

        Path file = warehouse.data().resolve(FILE);
        if (input.workbook() == null) {
            Files.writeString(file, "指标,2012年\n实际利用外资,51000\n", StandardCharsets.UTF_8);
        } else {
            try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                input.workbook().accept(book);
                book.write(out);
            }
        }
        Files.writeString(file.resolveSibling("case.mapping.properties"), input.mapping(), StandardCharsets.UTF_8);
        TestWarehouse.Run run = warehouse.nightly("2026-11-26", "--max-reject-share", "1");
        String fdi2012 = "select coalesce(cast(value / 1e8 as varchar), 'null') from stg_observation"
                + " where indicator_code = 'fdi_actual' and year = 2012";
        switch (input.outcome()) {
            case LOADED -> {
                assertEquals(0, run.exitCode(), run.out() + run.err());
                if (input.expected().equals("none")) {
                    assertEquals(List.of(), warehouse.query(fdi2012));
                    break;
                }
                assertEquals(List.of(List.of(input.expected())), warehouse.query(fdi2012));
                assertEquals(List.of(List.of(FILE)), warehouse.query("select source_file from stg_observation"
                        + " where indicator_code = 'fdi_actual' and year = 2012"));
            }
            case REJECTED -> {
                assertEquals(0, run.exitCode(), run.out() + run.err());
                String[] expected = input.expected().split("\\|", 2);
                List<String> rejects = warehouse.rejectLines();
                assertEquals(2, rejects.size(), "a header and one rejected cell: " + rejects);
                assertTrue(rejects.get(1).startsWith(FILE + ","), rejects.get(1));
                assertTrue(rejects.get(1).contains(" " + expected[0] + ","), rejects.get(1));
                assertTrue(rejects.get(1).contains(expected[1]), rejects.get(1));
                assertEquals(List.of(), warehouse.query(fdi2012));
            }
            case REFUSED -> {
                assertEquals(1, run.exitCode(), run.out() + run.err());
                assertTrue(run.err().contains(input.expected()), run.err());
                assertEquals(List.of(), warehouse.query(fdi2012), "nothing of a refused workbook is published");
            }
        }
        assertEquals(before, warehouse.contents(others), "what was published before stays");
    }
}
