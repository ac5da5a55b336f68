package org.kaifang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.CatalogFixture;
import org.kaifang.catalog.CatalogException;
import org.kaifang.config.Language;
import org.kaifang.table.LakeTable;

/**
 * A column of the leaders' table is one line of SQL in {@code rpt_trend_table} and one
 * {@link TrendColumn}: here the previous year's level (上年数值), added in the test, reaches the
 * Markdown, the HTML page and the workbook, with its header, its figure and its number format.
 */
class TrendColumnTest {

    @RegisterExtension
    static final CatalogFixture sql = CatalogFixture.shared();

    @TempDir
    Path reports;

    /** Xiangtan's trade, 47.97 亿美元 in 2014 and 51.53 in 2015, against a target of +14%. */
    private void xiangtanTrade() {
        sql.rows(LakeTable.OBSERVATION, "region_code, indicator_code, year, value, reported_yoy_pct",
                "430300, trade_total, 2014, 47.97e8, ",
                "430300, trade_total, 2015, 51.53e8, 7.4");
        sql.rows(LakeTable.TARGET, "region_code, indicator_code, year, kind, value, binding",
                "430300, trade_total, 2015, growth_pct, 14, expected");
    }

    @Test
    void aColumnAddedToTheViewAndDeclaredOnceAppearsInEveryFormat() throws Exception {
        xiangtanTrade();
        sql.editView("rpt_trend_table", view -> view.replace("        growth.change_value,\n",
                "        growth.change_value,\n        growth.prev_value as previous_value,\n"));
        List<TrendColumn> columns = new ArrayList<>(TrendColumn.LEADERS);
        columns.add(new TrendColumn("上年数值", "Previous year", TrendColumn.Shown.EVERYWHERE,
                (row, language) -> ReportCell.amount(row.number("previous_value"), row.unit())));

        Path md = new TrendTableReport(sql.connection(), Language.ZH, columns).write(reports, "430300", 2015);

        // 2015's previous level is 2014's figure, 47.97
        String markdown = Files.readString(md);
        assertTrue(markdown.contains("| 完成情况 | 上年数值 |"), markdown);
        assertTrue(markdown.contains("| 未达标 | 47.97 |"), markdown);
        String html = Files.readString(md.resolveSibling("trend.html"));
        assertTrue(html.contains("<th>完成情况</th><th>上年数值</th>"), html);
        assertTrue(html.contains(">未达标</td><td class=\"num\">47.97</td></tr>"), html);
        try (XSSFWorkbook book = WorkbookCells.read(md.resolveSibling("trend.xlsx"))) {
            Sheet overview = book.getSheet("总览");
            Row header = overview.getRow(3);
            int column = header.getLastCellNum() - 1;
            assertEquals("完成情况", header.getCell(column - 1).getStringCellValue());
            assertEquals("上年数值", header.getCell(column).getStringCellValue());
            Row trade = WorkbookCells.row(overview, "外贸进出口总额");
            assertEquals(47.97, trade.getCell(column).getNumericCellValue(), 1e-9);
            assertEquals("#,##0.00", trade.getCell(column).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void theShippedColumnsPrintTheYearsGrowthTargetAndCompletion() throws Exception {
        xiangtanTrade();
        Path md = new TrendTableReport(sql.connection(), Language.ZH).write(reports, "430300", 2015);
        // 51.53 / 47.97 - 1 = 7.42%, published 7.4; the target asks for 47.97 * 1.14 = 54.6858,
        // so 51.53 / 54.6858 = 94.23% complete
        assertTrue(Files.readString(md).contains("| 47.97 | 51.53 | 7.4 |  |  | 增长14% | 94.2 | 未达标 |"),
                Files.readString(md));
    }

    @Test
    void aColumnTheViewDoesNotHaveFailsAtOnceNamingTheColumnsItHas() {
        xiangtanTrade();
        List<TrendColumn> columns = List.of(new TrendColumn("上年数值", "Previous year", TrendColumn.Shown.EVERYWHERE,
                (row, language) -> ReportCell.amount(row.number("previous_value"), row.unit())));
        CatalogException error = assertThrows(CatalogException.class,
                () -> new TrendTableReport(sql.connection(), Language.ZH, columns).write(reports, "430300", 2015));
        assertTrue(error.getMessage().contains("rpt_trend_table has no column previous_value"), error.getMessage());
        assertTrue(error.getMessage().contains("completion_pct"), error.getMessage());
    }
}
