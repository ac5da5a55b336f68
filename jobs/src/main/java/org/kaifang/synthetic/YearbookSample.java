package org.kaifang.synthetic;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A yearbook-style workbook as statistics offices exchange them, with its mapping: a title
 * row, a unit row, a two-row merged header, a formula, a number stored as text with a
 * thousands separator, a footnote, and a hidden draft sheet. The figures are synthetic
 * (Zhuzhou, 2010–2011, 万美元) and consistent with their published rates.
 */
public final class YearbookSample {

    public static final String NAME = "zhuzhou_yearbook_2011";

    private YearbookSample() {
    }

    public static Path write(Path folder) {
        Path workbook = folder.resolve(NAME + ".xlsx");
        try (Workbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("对外经济");
            row(sheet, 0, "株洲市对外经济主要指标(合成示例)");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            row(sheet, 1, "单位：万美元");
            row(sheet, 2, "指标", "绝对额", null, "2011年比上年增长(%)");
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 1, 2));
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 3, 3));
            row(sheet, 3, null, "2010年", "2011年");
            Row total = row(sheet, 4, "外贸进出口总额", null, null, 12.5);
            total.createCell(1).setCellFormula("B6+B7");
            total.createCell(2).setCellFormula("C6+C7");
            row(sheet, 5, "出口总额", 180000, 205000, 13.9);
            row(sheet, 6, "进口总额", 120000, "132500", 10.4);
            row(sheet, 7, "实际利用外资", 95000, "108,000", 13.7);
            row(sheet, 8, "注：本表为合成示例数据(synthetic),演示年鉴表格的读取:合并表头、公式、以文本存放的数字。");
            Sheet draft = book.createSheet("草稿");
            row(draft, 0, "未核实", "#草稿", 1);
            book.setSheetHidden(book.getSheetIndex(draft), true);
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
            Files.writeString(folder.resolve(NAME + ".mapping.properties"), """
                    # How kaifang reads zhuzhou_yearbook_2011.xlsx (see README: Data).
                    sheet = 对外经济
                    region_code = 430200
                    indicator_column = A
                    header_row = 4
                    first_data_row = 5
                    unit_cell = A2
                    rate_column = D
                    rate_year = 2011
                    source = synthetic: 株洲统计年鉴2012(合成示例),对外经济主要指标
                    """, StandardCharsets.UTF_8);
            return workbook;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + workbook, e);
        }
    }

    private static Row row(Sheet sheet, int index, Object... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] instanceof String text) {
                row.createCell(c).setCellValue(text);
            } else if (cells[c] instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
            }
        }
        return row;
    }
}
