package org.kaifang.source;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

import org.kaifang.config.Messages;

/**
 * Reads a yearbook-style workbook (Apache POI) as described by its {@link WorkbookMapping}:
 * one observation row per indicator and year, each value remembering its cell, so a reject
 * names it (对外经济!D7). Formulas give their cached value; error cells (#DIV/0!, #N/A) and
 * anything else that is not a number are rejected by the validator, never guessed.
 */
public final class WorkbookSource {

    private static final Pattern YEAR = Pattern.compile("((19|20)[0-9]{2})(\\.0)?\\s*年?");

    private WorkbookSource() {
    }

    /**
     * @param names indicator names as leaders write them (official Chinese names), and codes, to codes
     */
    public static List<SourceRow> read(Path file, String name, List<String> header, Map<String, String> names) {
        WorkbookMapping mapping = WorkbookMapping.read(file, name);
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = workbook.getSheet(mapping.sheet());
            if (sheet == null) {
                throw new SourceException(name, 0, 0, Messages.text("workbook.sheet", mapping.sheet(), sheets(workbook)));
            }
            String unit = mapping.unit() != null ? mapping.unit() : unitFrom(sheet, mapping.unitCell(), name);
            Map<Integer, Integer> yearColumns = years(sheet, mapping, name);
            List<SourceRow> rows = new ArrayList<>();
            for (int r = mapping.firstDataRow(); ; r++) {
                String indicatorName = text(sheet, r, mapping.indicatorColumn()).strip();
                if (indicatorName.isEmpty() || indicatorName.startsWith("注") || indicatorName.startsWith("资料来源")) {
                    break;
                }
                String code = names.getOrDefault(Fields.normalized(indicatorName), indicatorName);
                for (var year : yearColumns.entrySet()) {
                    String value = text(sheet, r, year.getKey());
                    boolean rated = mapping.rateColumn() != null && year.getValue().equals(mapping.rateYear());
                    String rate = rated ? text(sheet, r, mapping.rateColumn()) : "";
                    // a yearbook's dash is a cell without a figure, as an empty one: no row
                    if (Fields.isNoFigure(value) && Fields.isNoFigure(rate)) {
                        continue;
                    }
                    Map<String, String> cells = new LinkedHashMap<>();
                    cells.put("indicator_code", address(sheet, r, mapping.indicatorColumn()));
                    cells.put("year", address(sheet, mapping.headerRow(), year.getKey()));
                    cells.put("value", address(sheet, r, year.getKey()));
                    if (rated) {
                        cells.put("reported_yoy_pct", address(sheet, r, mapping.rateColumn()));
                    }
                    if (mapping.unitCell() != null) {
                        cells.put("unit", sheet.getSheetName() + "!" + mapping.unitCell());
                    }
                    List<String> values = new ArrayList<>();
                    for (String column : header) {
                        values.add(switch (column) {
                            case "region_code" -> mapping.regionCode();
                            case "indicator_code" -> code;
                            case "year" -> String.valueOf(year.getValue());
                            case "value" -> value;
                            case "unit" -> unit;
                            case "reported_yoy_pct" -> rate;
                            case "source" -> mapping.source();
                            default -> "";
                        });
                    }
                    rows.add(new SourceRow(name, r, header, values, cells));
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof SourceException source) {
                throw source;
            }
            throw new SourceException(name, 0, 0, Messages.text("workbook.unreadable", e.getMessage()));
        }
    }

    private static String sheets(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return String.join(", ", names);
    }

    private static Map<Integer, Integer> years(Sheet sheet, WorkbookMapping mapping, String name) {
        Map<Integer, Integer> years = new LinkedHashMap<>();
        Row row = sheet.getRow(mapping.headerRow() - 1);
        if (row != null) {
            for (int c = 1; c <= Math.max(row.getLastCellNum(), 1); c++) {
                if (c == mapping.indicatorColumn() || (mapping.rateColumn() != null && c == mapping.rateColumn())) {
                    continue;
                }
                Matcher m = YEAR.matcher(Fields.normalized(text(sheet, mapping.headerRow(), c)));
                if (m.matches()) {
                    years.put(c, Integer.parseInt(m.group(1)));
                }
            }
        }
        if (years.isEmpty()) {
            throw new SourceException(name, mapping.headerRow(), 0, Messages.text("workbook.no_year", mapping.headerRow(), mapping.sheet()));
        }
        return years;
    }

    private static String unitFrom(Sheet sheet, String cellAddress, String name) {
        CellAddress at = new CellAddress(cellAddress);
        String text = Fields.normalized(text(sheet, at.getRow() + 1, at.getColumn() + 1));
        String unit = text.replaceFirst("^单位\\s*[:：]?\\s*", "").strip();
        if (unit.isEmpty()) {
            throw new SourceException(name, at.getRow() + 1, at.getColumn() + 1, Messages.text("workbook.no_unit", cellAddress));
        }
        return unit;
    }

    private static String address(Sheet sheet, int row, int column) {
        return sheet.getSheetName() + "!" + new CellAddress(row - 1, column - 1).formatAsString();
    }

    /** A cell's value as text (1-based row and column); a merged cell reads its region's first cell. */
    static String text(Sheet sheet, int row, int column) {
        Cell cell = cell(sheet, row - 1, column - 1);
        if (cell == null) {
            for (CellRangeAddress merged : sheet.getMergedRegions()) {
                if (merged.isInRange(row - 1, column - 1)) {
                    cell = cell(sheet, merged.getFirstRow(), merged.getFirstColumn());
                    break;
                }
            }
        }
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }
}
