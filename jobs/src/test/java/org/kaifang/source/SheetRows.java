package org.kaifang.source;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes a yearbook row into a test workbook: text cells and number cells, left to right. */
final class SheetRows {

    private SheetRows() {
    }

    static void row(Sheet sheet, int index, Object... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] instanceof String text) {
                row.createCell(c).setCellValue(text);
            } else {
                row.createCell(c).setCellValue(((Number) cells[c]).doubleValue());
            }
        }
    }
}
