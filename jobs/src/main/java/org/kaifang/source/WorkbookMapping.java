package org.kaifang.source;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.kaifang.config.Messages;

/**
 * How to read a yearbook-style workbook: a small properties file beside it, named like the
 * workbook with {@code .mapping.properties}. Rows are indicators, columns are years:
 * <pre>
 * sheet = 对外经济            the sheet to read (other sheets, hidden or not, are ignored)
 * region_code = 430200        the region every figure is for
 * indicator_column = A        column of the indicator names (Chinese name or code)
 * header_row = 3              row whose cells name the years (2010, 2010年, merged cells allowed)
 * first_data_row = 4          first indicator row; reading stops at an empty name or a 注/资料来源 row
 * unit = 万美元               the unit of every value, or unit_cell = A2 holding "单位：万美元"
 * rate_column = E             optional: column of the growth on the previous year, in percent
 * rate_year = 2011            the year that rate belongs to
 * source = 株洲统计年鉴2012   the publication cited for every figure
 * precedence = 10             optional: wins over files of lower precedence carrying the same figure
 * </pre>
 */
public record WorkbookMapping(
        String sheet,
        String regionCode,
        int indicatorColumn,
        int headerRow,
        int firstDataRow,
        String unit,
        String unitCell,
        Integer rateColumn,
        Integer rateYear,
        String source) {

    private static final Set<String> KEYS = Set.of("sheet", "region_code", "indicator_column", "header_row",
            "first_data_row", "unit", "unit_cell", "rate_column", "rate_year", "source", "precedence",
            "currency_conversion");

    /** The mapping file that belongs beside a workbook. */
    public static Path fileFor(Path workbook) {
        String name = workbook.getFileName().toString();
        return workbook.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".mapping.properties");
    }

    public static WorkbookMapping read(Path workbook, String workbookName) {
        Path file = fileFor(workbook);
        String name = workbookName.substring(0, workbookName.lastIndexOf('/') + 1) + file.getFileName();
        if (!Files.isRegularFile(file)) {
            throw new SourceException(workbookName, 0, 0, Messages.text("mapping.missing", name));
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new SourceException(name, 0, 0, Messages.text("mapping.unreadable", e.getMessage()));
        }
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new SourceException(name, 0, 0, Messages.text("mapping.unknown_key", key, String.join(", ", KEYS)));
            }
        }
        String unit = p.getProperty("unit");
        String unitCell = p.getProperty("unit_cell");
        if ((unit == null) == (unitCell == null)) {
            throw new SourceException(name, 0, 0, Messages.text("mapping.unit"));
        }
        return new WorkbookMapping(required(p, "sheet", name), required(p, "region_code", name),
                column(required(p, "indicator_column", name), name), number(required(p, "header_row", name), name),
                number(required(p, "first_data_row", name), name), unit, unitCell,
                p.getProperty("rate_column") == null ? null : column(p.getProperty("rate_column"), name),
                p.getProperty("rate_year") == null ? null : number(p.getProperty("rate_year"), name),
                required(p, "source", name));
    }

    private static String required(Properties p, String key, String name) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new SourceException(name, 0, 0, Messages.text("mapping.required", key));
        }
        return value.strip();
    }

    private static int number(String text, String name) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new SourceException(name, 0, 0, Messages.text("mapping.row", text));
        }
    }

    /** A column letter (A, B, …, AA) as a 1-based index. */
    private static int column(String letters, String name) {
        String l = letters.strip().toUpperCase(Locale.ROOT);
        if (!l.matches("[A-Z]{1,3}")) {
            throw new SourceException(name, 0, 0, Messages.text("mapping.column", letters));
        }
        int index = 0;
        for (char c : l.toCharArray()) {
            index = index * 26 + (c - 'A' + 1);
        }
        return index;
    }
}
