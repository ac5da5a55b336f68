package org.kaifang.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.TestWarehouse;

/**
 * One customs detail file loaded by both engines: DuckDB in the job's process and Spark
 * (local[2]) must keep the same rows and reject the same lines for the same reasons.
 */
class EngineParityTest {

    private static final String FILE = "sources/trade_flows/customs_2014_2015.csv";

    /** A file whose header adds trade_mode and enterprise_type, with lines breaking their rules. */
    private static final String MODES = "sources/trade_flows/customs_2016_modes.csv";

    @TempDir
    static Path root;

    static TestWarehouse duckdb;
    static TestWarehouse spark;

    @BeforeAll
    static void loadBothWays() {
        List<String> lines = new ArrayList<>(List.of("year,month,region_code,partner_iso,hs_code,flow,value_usd,quantity"));
        String[] partners = {"USA", "HKG", "JPN", "DEU", "KOR"};
        for (int i = 0; i < 240; i++) {
            lines.add((2014 + i / 120) + "," + (1 + i % 12) + "," + (i % 24 < 12 ? "430100" : "430300") + ","
                    + partners[i % partners.length] + "," + (i % 2 == 0 ? "85423100" : "0101") + ","
                    + (i % 4 == 0 ? "import" : "export") + "," + (1000 + i * 10) + (i % 5 == 0 ? ".5" : "") + ","
                    + (i % 7 == 0 ? "" : String.valueOf(i)));
        }
        // bad lines, each breaking one rule, at lines 242 onward
        lines.addAll(List.of(
                "",                                                   // 242: blank
                "2014,1,430100,USA,85,export,100",                    // 243: 7 fields
                "2014,1,430100,USA,85,export,100,1,extra",            // 244: 9 fields
                "2014,13,430100,USA,85,export,100,1",                 // 245: month 13
                "2014,+5,430100,USA,85,export,100,1",                 // 246: signed month
                "2014.0,5,430100,USA,85,export,100,1",                // 247: year with a decimal point
                "2014,5,999999,USA,85,export,100,1",                  // 248: unknown region
                "2014,5,430100,usa,85,export,100,1",                  // 249: lower-case partner
                "2014,5,430100,USA,8,export,100,1",                   // 250: one-digit HS code
                "2014,5,430100,USA,85,Export,100,1",                  // 251: flow spelled otherwise
                "2014,5,430100,USA,85,export,1e5,1",                  // 252: exponent
                "2014,5,430100,USA,85,export,-1,1",                   // 253: negative value
                "2014,5,430100,USA,85,export,100,-3",                 // 254: negative quantity
                "\"2014\",5,430100,USA,85,export,100,1",              // 255: quoted year
                "2015,12,430300,JPN,84,import,2500,10"));             // 256: fine
        List<String> modes = new ArrayList<>(List.of(
                "year,month,region_code,partner_iso,hs_code,flow,value_usd,quantity,trade_mode,enterprise_type"));
        String[] tradeModes = {"10", "15", "14", "33", ""};
        String[] enterpriseTypes = {"6", "4", "1", "", "3"};
        for (int i = 0; i < 60; i++) {
            modes.add("2016," + (1 + i % 12) + ",430100," + partners[i % partners.length] + ",8471,"
                    + (i % 3 == 0 ? "import" : "export") + "," + (500 + i) + ",," + tradeModes[i % 5] + ","
                    + enterpriseTypes[i % 5]);
        }
        modes.addAll(List.of(
                "2016,1,430100,USA,85,export,100,1,99,6",              // 62: unknown trade mode
                "2016,1,430100,USA,85,export,100,1,10,0",              // 63: unknown enterprise type
                "2016,1,430100,USA,85,export,100,1",                   // 64: eight fields in a file of ten
                "2016,1,430100,USA,85,export,100,1, 10,6"));           // 65: a code with a space
        duckdb = new TestWarehouse(root.resolve("duckdb")).inEnglish();
        spark = new TestWarehouse(root.resolve("spark")).inEnglish();
        for (TestWarehouse warehouse : List.of(duckdb, spark)) {
            warehouse.write(FILE, lines.toArray(String[]::new));
            warehouse.write(MODES, modes.toArray(String[]::new));
        }
        // 14 of 255 lines are bad on purpose: more than the default 5% would refuse the file
        TestWarehouse.Run byDuckdb = duckdb.nightly("2026-11-26", "--max-reject-share", "0.1");
        assertEquals(0, byDuckdb.exitCode(), byDuckdb.out() + byDuckdb.err());
        TestWarehouse.Run bySpark = spark.nightly("2026-11-26", "--spark-master", "local[2]", "--max-reject-share", "0.1");
        assertEquals(0, bySpark.exitCode(), bySpark.out() + bySpark.err());
        assertTrue(bySpark.out().contains("read 255, written 241, rejected 14"), bySpark.out());
        assertTrue(byDuckdb.out().contains("read 255, written 241, rejected 14"), byDuckdb.out());
    }

    @Test
    void customsFileWithTooManyRejectsIsRefusedWhole() {
        TestWarehouse strict = new TestWarehouse(root.resolve("strict")).inEnglish();
        try {
            strict.write(FILE, Files.readAllLines(duckdb.data().resolve(FILE)).toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestWarehouse.Run refused = strict.nightly("2026-11-26");
        assertEquals(1, refused.exitCode(), refused.out());
        assertTrue(refused.err().contains(FILE + ": 14 of 255 rows rejected (5.5%), more than the 5.0% allowed"),
                refused.err());
    }

    @Test
    void bothEnginesKeepTheSameRows() {
        String rows = "select year, month, region_code, partner_iso, hs_code, flow, value_usd, quantity, trade_mode,"
                + " enterprise_type, source_file, source_line from stg_trade_flow order by source_file, source_line";
        List<List<String>> fromDuckdb = duckdb.query(rows);
        assertEquals(241 + 60, fromDuckdb.size());
        assertEquals(fromDuckdb, spark.query(rows));
        assertEquals(Arrays.asList("2015", "12", "430300", "JPN", "84", "import", "2500.0", "10.0", null, null,
                FILE, "256"), fromDuckdb.get(240));
        // line 5 of the file with codes (i = 3): an import, the fourth trade mode of five, no enterprise type
        assertEquals(Arrays.asList("2016", "4", "430100", "DEU", "8471", "import", "503.0", null, "33", null,
                MODES, "5"), fromDuckdb.get(241 + 3));
    }

    @Test
    void bothEnginesRejectTheSameLinesForTheSameReasons() throws IOException {
        List<String> modes = rejects(duckdb, MODES);
        assertEquals(rejects(spark, MODES), modes);
        assertEquals(List.of("62:9", "63:10", "64:0", "65:9"), modes.subList(1, modes.size()).stream()
                .map(line -> line.split(",")[1] + ":" + line.split(",")[2]).toList());
        List<String> fromDuckdb = rejects(duckdb, FILE);
        assertEquals(rejects(spark, FILE), fromDuckdb);
        assertEquals(15, fromDuckdb.size(), "header and 14 rejected lines");
        List<String> columns = new ArrayList<>();
        for (String line : fromDuckdb.subList(1, fromDuckdb.size())) {
            String[] f = line.split(",");
            columns.add(f[1] + ":" + f[2]);
        }
        assertEquals(List.of("242:0", "243:0", "244:0", "245:2", "246:2", "247:1", "248:3", "249:4", "250:5",
                "251:6", "252:7", "253:7", "254:8", "255:1"), columns);
    }

    @Test
    void bothEnginesFeedTheSameTradeViews() {
        for (String view : List.of("fct_trade_partner", "fct_trade_hs", "fct_trade_monthly_breakdown")) {
            String sql = "select * from " + view + " order by all";
            assertEquals(duckdb.query(sql), spark.query(sql), view);
        }
        // each city and year has exports in 9 months and imports in 3 (line 256 adds a fourth for
        // 430300 in 2015): 12 + 12 + 12 + 13 month-flow sums, and no flow with its 12 months, so
        // no yearly figure comes from this detail
        String monthly = "select * exclude (vintage) from lake_mart_trade_monthly where year < 2016 order by all";
        assertEquals(49, duckdb.query(monthly).size());
        assertEquals(duckdb.query(monthly), spark.query(monthly));
        String yearly = "select region_code, indicator_code, year, value, value_basis from fct_indicator_yearly"
                + " where value_basis = 'trade_detail' order by all";
        assertEquals(0, duckdb.query(yearly).size(), "a year of detail needs 12 months of each flow");
        assertEquals(duckdb.query(yearly), spark.query(yearly));
    }

    private static List<String> rejects(TestWarehouse warehouse, String sourceFile) throws IOException {
        String name = Path.of(sourceFile).getFileName().toString();
        try (Stream<Path> files = Files.walk(warehouse.warehouse().resolve("rejects"))) {
            return Files.readAllLines(files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().contains(name))
                    .findFirst().orElseThrow());
        }
    }
}
