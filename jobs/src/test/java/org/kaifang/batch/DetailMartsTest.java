package org.kaifang.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.TestWarehouse;

/**
 * Each customs detail file is summed into marts of its own, which the staging views add up: a
 * night that brings a new month's file sums that file alone, and the totals are those of all
 * the files' lines together, worked out by hand.
 */
class DetailMartsTest {

    private static final String HEADER = "year,month,region_code,partner_iso,hs_code,flow,value_usd,quantity";
    private static final String MONTHLY = "select month, flow, value_usd, records from stg_trade_monthly"
            + " where region_code = '430100' and year = 2015 order by month, flow";

    @TempDir
    Path root;

    /** The lake's files of one mart, by name: a file summed again gets a new name (its vintage). */
    private static List<String> martFiles(TestWarehouse warehouse, String mart) {
        return warehouse.lakeFiles().stream().filter(f -> f.getParent().getFileName().toString().equals(mart))
                .map(f -> f.getFileName().toString()).sorted().toList();
    }

    @Test
    void aNewFileIsSummedAloneAndTheViewsAddUpEveryFile() {
        TestWarehouse warehouse = new TestWarehouse(root);
        warehouse.write("sources/trade_flows/customs_2015_01.csv", HEADER,
                "2015,1,430100,USA,8501,export,1000000,",
                "2015,1,430100,USA,8517,export,500000,",
                "2015,1,430100,DEU,84,import,300000,10");
        TestWarehouse.Run first = warehouse.nightly("2026-02-21");
        assertEquals(0, first.exitCode(), first.out() + first.err());
        List<String> january = martFiles(warehouse, "mart_trade_monthly");
        assertEquals(1, january.size(), january.toString());

        // February's file, with a January line the first file does not have
        warehouse.write("sources/trade_flows/customs_2015_02.csv", HEADER,
                "2015,2,430100,USA,8501,export,2000000,",
                "2015,1,430100,JPN,8517,export,250000,");
        TestWarehouse.Run second = warehouse.nightly("2026-03-21");
        assertEquals(0, second.exitCode(), second.out() + second.err());
        for (String mart : List.of("mart_trade_monthly", "mart_trade_partner", "mart_trade_hs", "mart_trade_category",
                "mart_trade_product")) {
            List<String> files = martFiles(warehouse, mart);
            assertEquals(2, files.size(), mart + ": " + files);
        }
        // January's marts are the same file: not summed again
        assertTrue(martFiles(warehouse, "mart_trade_monthly").containsAll(january));
        // the lake holds each file's own sums: January's exports once from each file
        assertEquals(List.of(Arrays.asList("250000.0", "1"), Arrays.asList("1500000.0", "2")),
                warehouse.query("select value_usd, records from lake_mart_trade_monthly where region_code = '430100'"
                        + " and year = 2015 and month = 1 and flow = 'export' order by value_usd"));

        // January exports 1,000,000 + 500,000 (first file) + 250,000 (second) = 1,750,000 in 3 lines
        assertEquals(List.of(
                        Arrays.asList("1", "export", "1750000.0", "3"),
                        Arrays.asList("1", "import", "300000.0", "1"),
                        Arrays.asList("2", "export", "2000000.0", "1")),
                warehouse.query(MONTHLY));
        // by partner: the USA's January 1,500,000 from the first file alone, Japan's 250,000 from the second
        assertEquals(List.of(Arrays.asList("JPN", "250000.0"), Arrays.asList("USA", "1500000.0")),
                warehouse.query("select partner_iso, value_usd from stg_trade_partner where region_code = '430100'"
                        + " and year = 2015 and month = 1 and flow = 'export' order by partner_iso"));
        // chapter 85 in January: 8501 1,000,000 + 8517 500,000 + 8517 250,000, across both files
        assertEquals(List.of(Arrays.asList("85", "1750000.0", "3")),
                warehouse.query("select hs_chapter, value_usd, records from stg_trade_hs where region_code = '430100'"
                        + " and year = 2015 and month = 1 and flow = 'export'"));

        // the first file corrected: its marts are summed again, February's are kept
        List<String> february = martFiles(warehouse, "mart_trade_monthly").stream()
                .filter(f -> !january.contains(f)).toList();
        warehouse.write("sources/trade_flows/customs_2015_01.csv", HEADER,
                "2015,1,430100,USA,8501,export,1200000,",
                "2015,1,430100,USA,8517,export,500000,",
                "2015,1,430100,DEU,84,import,300000,10");
        TestWarehouse.Run third = warehouse.nightly("2026-03-22");
        assertEquals(0, third.exitCode(), third.out() + third.err());
        List<String> afterCorrection = martFiles(warehouse, "mart_trade_monthly");
        assertTrue(afterCorrection.containsAll(february), afterCorrection.toString());
        assertEquals(3, afterCorrection.size(), "January's old marts stay in the lake's history: " + afterCorrection);
        // January exports 1,200,000 + 500,000 + 250,000 = 1,950,000: the corrected file's marts, not the old ones
        assertEquals(List.of(
                        Arrays.asList("1", "export", "1950000.0", "3"),
                        Arrays.asList("1", "import", "300000.0", "1"),
                        Arrays.asList("2", "export", "2000000.0", "1")),
                warehouse.query(MONTHLY));
    }
}
