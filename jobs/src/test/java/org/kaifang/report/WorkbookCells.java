package org.kaifang.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading a report workbook back in tests: the file, rows by their label, numbers, fills. */
final class WorkbookCells {

    private WorkbookCells() {
    }

    /** A written workbook, read whole. */
    static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The row whose first cell reads {@code label}. */
    static Row row(Sheet sheet, String label) {
        return row(sheet, label, 0);
    }

    /** The row whose cell in {@code column} reads {@code label}. */
    static Row row(Sheet sheet, String label, int column) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && label.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(label + " not in sheet " + sheet.getSheetName());
    }

    /** The numeric values of cells {@code from}..{@code to} of a row. */
    static List<Double> numbers(Row row, int from, int to) {
        List<Double> values = new ArrayList<>();
        for (int c = from; c <= to; c++) {
            values.add(row.getCell(c).getNumericCellValue());
        }
        return values;
    }

    /** A cell's fill as RRGGBB. */
    static String fill(Cell cell) {
        byte[] rgb = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor().getRGB();
        return HexFormat.of().withUpperCase().formatHex(rgb);
    }
}
