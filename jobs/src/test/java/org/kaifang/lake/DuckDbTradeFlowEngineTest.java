package org.kaifang.lake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.source.TradeFlowRules;
import org.kaifang.table.SqlText;

/**
 * A file read in several parts, side by side, must come out exactly as when read in one scan:
 * the same rows, the same line numbers, blank lines counted, wherever the parts meet.
 */
class DuckDbTradeFlowEngineTest {

    private static final TradeFlowRules RULES =
            new TradeFlowRules(2025, Set.of("430100", "430300", "USA"), Set.of("USA", "JPN", "HKG"));

    @TempDir
    Path folder;

    @Test
    void readingInPartsNumbersEveryLineAsOneScanDoes() throws Exception {
        List<String> lines = new ArrayList<>(List.of("year,month,region_code,partner_iso,hs_code,flow,value_usd,quantity"));
        for (int i = 0; i < 300; i++) {
            // blank lines and bad lines spread over every part, including around the part boundaries
            if (i % 37 == 0 || i == 99 || i == 100 || i == 200) {
                lines.add("");
            } else if (i % 41 == 0) {
                lines.add("2014,13,430100,USA,85,export,100,1");
            } else {
                lines.add((2014 + i % 2) + "," + (1 + i % 12) + ",430100," + (i % 3 == 0 ? "JPN" : "HKG")
                        + ",8542,export," + (100 + i) + ",");
            }
        }
        Path csv = folder.resolve("detail.csv");
        Files.write(csv, lines);

        Path whole = folder.resolve("whole");
        Path inParts = folder.resolve("parts");
        new DuckDbTradeFlowEngine("256MB", 1, 1, 0).load(csv, "sources/trade_flows/detail.csv", 0, RULES, whole);
        DuckDbTradeFlowEngine parted = new DuckDbTradeFlowEngine("256MB", 3, 1, 0);
        assertArrayEquals(new long[] {100, 100, -1}, parted.partLengths(csv), "301 lines in three parts");
        parted.load(csv, "sources/trade_flows/detail.csv", 0, RULES, inParts);

        List<String> fromWhole = rows(whole);
        assertEquals(300, fromWhole.size(), "every line after the header, blank ones included");
        assertEquals(fromWhole, rows(inParts));
        // parts begin at lines 2, 103 and 204; line 2 is i = 0 (blank); line 43 is i = 41, month 13;
        // lines 102, 103 and 204, either side of a boundary, are blank
        assertEquals("2|rejected|0|", fromWhole.get(0).substring(0, 13));
        assertEquals("43|rejected|2|13|", fromWhole.get(41).substring(0, 17));
        assertEquals("76|rejected|0|", fromWhole.get(74).substring(0, 14));
        assertEquals("3|ok|||2015|2|430100|HKG|101.0", fromWhole.get(1));
        for (int line : new int[] {101, 102, 202}) {
            assertEquals(line + "|rejected|0|", fromWhole.get(line - 2).substring(0, 15));
        }
    }

    @Test
    void laterPartsReadLessByWhatTheirSkippingCosts() {
        // shares 1 and 1 - 0.08 * 1 = 0.92: the first part reads 10⁷ / 1.92 lines
        assertArrayEquals(new long[] {5_208_333, -1}, DuckDbTradeFlowEngine.balance(10_000_000, 2, 0.08));
        // shares 1, 0.9, 1 - 0.1 * 1.9 = 0.81 of 2.71
        assertArrayEquals(new long[] {369, 332, -1}, DuckDbTradeFlowEngine.balance(1000, 3, 0.1));
        assertArrayEquals(new long[] {500, -1}, DuckDbTradeFlowEngine.balance(1000, 2, 0));
    }

    private static List<String> rows(Path out) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement();
             ResultSet result = statement.executeQuery("select source_line, load_status, reject_column, reject_value,"
                     + " year, month, region_code, partner_iso, value_usd from read_parquet("
                     + SqlText.literal(out + "/*/*/*.parquet") + ", hive_partitioning = true) order by source_line")) {
            while (result.next()) {
                List<String> fields = new ArrayList<>();
                for (int i = 1; i <= 9; i++) {
                    fields.add(result.getString(i) == null ? "" : result.getString(i));
                }
                rows.add(String.join("|", fields));
            }
        }
        return rows;
    }
}
