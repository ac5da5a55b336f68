package org.kaifang.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.CatalogFixture;
import org.kaifang.TestWarehouse;

/** Bad rows, bad files and revisions: nothing already loaded is lost, and every reject says why. */
class LoadingTest {

    private static final String OBSERVATIONS = "sources/observations/xiangtan_2011_speech.csv";

    @TempDir
    Path root;

    @Test
    void rejectsRowWithUnknownRegionCodeAndLoadsTheRest() throws IOException {
        TestWarehouse warehouse = new TestWarehouse(root).inEnglish();
        // the file has a header and 7 rows, so these are lines 9, 10 and 11
        warehouse.append(OBSERVATIONS,
                "999999,fdi_actual,2011,,1.5,亿美元,,made-up city",
                "430300,fdi_actual,2010,,400,亿元,,fdi in yuan",
                "430300,fie_new,2011,,12,家,,ok");
        TestWarehouse.Run run = warehouse.nightly("2026-11-26", "--max-reject-share", "0.5");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("read 10, written 8, rejected 2"), run.out());

        List<CSVRecord> rejects = rejects(warehouse);
        assertEquals(2, rejects.size());
        assertEquals(List.of(OBSERVATIONS, "9", "1", "region_code", "999999"), rejects.get(0).toList().subList(0, 5));
        assertTrue(rejects.get(0).get("reason").startsWith("unknown region code"), rejects.get(0).get("reason"));
        assertEquals(List.of(OBSERVATIONS, "10", "6", "unit", "亿元"), rejects.get(1).toList().subList(0, 5));
        assertTrue(rejects.get(1).get("reason").startsWith("fdi_actual is measured in USD"), rejects.get(1).get("reason"));

        // 7 rows of the speech, the one valid row added, 8 of the sample workbook (the nation's series aside)
        assertEquals("16", warehouse.value("select count(*) from stg_observation where region_code <> 'CHN'"));
        assertEquals("0", warehouse.value("select count(*) from stg_observation where region_code = '999999'"));
        assertEquals("12.0", warehouse.value("select value from stg_observation where indicator_code = 'fie_new'"));
    }

    @Test
    void valueInTheOtherCurrencyIsRejectedInChineseUnlessTheMappingAsksForConversion() throws IOException {
        String yuan = "sources/observations/changsha_2011_yuan.csv";
        TestWarehouse warehouse = new TestWarehouse(root);
        warehouse.write(yuan, "region_code,indicator_code,year,month,value,unit,reported_yoy_pct,source",
                "430100,fdi_actual,2011,,10,亿元,,reported in yuan",
                "430100,fdi_actual,2012,,10,亿元,,\"reported in yuan; no rate for 2012 in a trimmed fx_rate.csv\"");
        TestWarehouse.Run refused = warehouse.nightly("2026-11-26", "--lang", "zh", "--max-reject-share", "1");
        assertEquals(0, refused.exitCode(), refused.out() + refused.err());
        List<CSVRecord> rejects = rejectsOf(warehouse, "2026-11-26_e1", yuan);
        assertEquals(2, rejects.size());
        assertEquals("fdi_actual 以 USD 计量：单位应为 美元, 万美元 or 亿美元；如需按 reference/fx_rate.csv 的汇率折算其他币种，"
                + "请在该文件的映射文件中设置 currency_conversion = fx_rate", rejects.get(0).get("reason"));

        // with the conversion asked for, 10 亿元 in 2011 is 1e9 / 6.4588 (the 2011 rate) = 154,827,522.14 US dollars
        warehouse.write("sources/observations/changsha_2011_yuan.mapping.properties", "currency_conversion = fx_rate");
        warehouse.write("reference/fx_rate.csv", "year,cny_per_usd", "2010,6.7695", "2011,6.4588");
        TestWarehouse.Run converted = warehouse.nightly("2026-11-27", "--lang", "en", "--max-reject-share", "1");
        assertEquals(0, converted.exitCode(), converted.out() + converted.err());
        assertEquals("154827522.14", warehouse.value("select round(value, 2)::decimal(18, 2) from stg_observation"
                + " where region_code = '430100' and year = 2011"));
        assertEquals("亿元", warehouse.value("select declared_unit from lake_observation where region_code = '430100'"),
                "the declared unit stays on the row");
        List<CSVRecord> noRate = rejectsOf(warehouse, "2026-11-27_e2", yuan);
        assertEquals(1, noRate.size());
        assertEquals("no exchange rate for 2012 in reference/fx_rate.csv to convert the value with",
                noRate.get(0).get("reason"));
    }

    @Test
    void fileWithTooManyRejectsIsRefusedWholeAndWhatWasPublishedStays() {
        TestWarehouse warehouse = new TestWarehouse(root).inEnglish();
        assertEquals(0, warehouse.nightly("2026-11-26").exitCode());
        String before = warehouse.contents("stg_observation");
        // 2 bad rows of 9: 22% is more than the 5% allowed by default
        warehouse.append(OBSERVATIONS, "999999,fdi_actual,2012,,1.5,亿美元,,made-up city",
                "430300,fie_new,2012,,12,家,,ok");
        warehouse.append(OBSERVATIONS, "430300,nonsense,2012,,1,家,,made-up indicator");
        TestWarehouse.Run refused = warehouse.nightly("2026-11-27");
        assertEquals(1, refused.exitCode(), refused.out() + refused.err());
        assertTrue(refused.err().contains(OBSERVATIONS + ": 2 of 10 rows rejected (20.0%), more than the 5.0% allowed"),
                refused.err());
        assertEquals(before, warehouse.contents("stg_observation"), "none of the file is published");
        assertEquals("0", warehouse.value("select count(*) from stg_observation where indicator_code = 'fie_new'"));
    }

    @Test
    void oneBadRowInASmallFileIsRejectedAloneUnderTheDefaultLimit() {
        TestWarehouse warehouse = new TestWarehouse(root).inEnglish();
        // 1 of 8 rows is 12.5%, but a single bad row never refuses a file
        warehouse.append(OBSERVATIONS, "999999,fdi_actual,2011,,1.5,亿美元,,made-up city");
        TestWarehouse.Run run = warehouse.nightly("2026-11-26");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("read 8, written 7, rejected 1"), run.out());
        assertEquals("7", warehouse.value("select count(*) from stg_observation where region_code = '430300'"));
    }

    @Test
    void fileWithWrongHeaderFailsTheRunAndKeepsWhatWasPublished() {
        TestWarehouse warehouse = new TestWarehouse(root).inEnglish();
        assertEquals(0, warehouse.nightly("2026-11-26").exitCode());
        String before = warehouse.contents("stg_observation");

        warehouse.write("sources/observations/broken.csv",
                "region_code,indicator_code,year,value,unit,reported_yoy_pct,source",
                "430300,fdi_actual,2012,5.0,亿美元,,later");
        TestWarehouse.Run failed = warehouse.nightly("2026-11-26");
        assertEquals(1, failed.exitCode(), failed.out() + failed.err());
        assertTrue(failed.err().contains("sources/observations/broken.csv:1: missing column 'month'"), failed.err());
        assertEquals(before, warehouse.contents("stg_observation"), "the published catalog is untouched");

        // fixed, the next run restarts the failed load and publishes it
        warehouse.write("sources/observations/broken.csv",
                "region_code,indicator_code,year,month,value,unit,reported_yoy_pct,source",
                "430300,fdi_actual,2012,,5.0,亿美元,,later");
        TestWarehouse.Run fixed = warehouse.nightly("2026-11-26");
        assertEquals(0, fixed.exitCode(), fixed.out() + fixed.err());
        assertEquals("5.0", warehouse.value("select value from fct_growth where indicator_code = 'fdi_actual'"
                + " and year = 2012 and region_code = '430300'"));
    }

    @Test
    void revisedFigureReplacesTheOldOneWhichStaysInHistory() throws IOException {
        TestWarehouse warehouse = new TestWarehouse(root).inEnglish();
        assertEquals(0, warehouse.nightly("2026-11-26").exitCode());
        Path file = warehouse.data().resolve(OBSERVATIONS);
        Files.writeString(file, Files.readString(file).replace("430300,fdi_actual,2011,,4.68,", "430300,fdi_actual,2011,,4.70,"));

        TestWarehouse.Run revised = warehouse.nightly("2026-11-27");
        assertEquals(0, revised.exitCode(), revised.out() + revised.err());
        assertTrue(revised.out().contains("1 of 3 sources changed"), revised.out());
        assertEquals("4.7", warehouse.value("select value from fct_indicator_yearly where indicator_code = 'fdi_actual'"
                + " and region_code = '430300'"));
        List<List<String>> history = warehouse.query("select value / 1e8, is_current from stg_observation_history"
                + " where indicator_code = 'fdi_actual' and region_code = '430300' order by vintage");
        assertEquals(List.of(List.of("4.68", "false"), List.of("4.7", "true")), history);
        assertEquals("15", warehouse.value("select count(*) from stg_observation where region_code <> 'CHN'"));

        // the figures as they stood after the first load, and before anything was loaded
        String firstVintage = warehouse.value("select min(vintage) from stg_observation_history");
        assertEquals("4.68", warehouse.value("select value / 1e8 from observation_as_of(timestamp '" + firstVintage
                + "') where indicator_code = 'fdi_actual' and region_code = '430300'"));
        assertEquals("4.7", warehouse.value("select value / 1e8 from observation_as_of(now()::timestamp)"
                + " where indicator_code = 'fdi_actual' and region_code = '430300'"));
        assertEquals("0", warehouse.value("select count(*) from observation_as_of(timestamp '2000-01-01')"));
        // growth uses the latest vintage: 4.70 with the published +16.1% implies 4.05
        assertEquals(String.valueOf(Math.round(4.70 / 1.161 * 100) / 100.0), warehouse.value(
                "select implied_prev_value from fct_growth where indicator_code = 'fdi_actual' and region_code = '430300'"));
    }

    @Test
    void aSeriesFromThe1920sLoadsWholeAndAgreesWithinRounding() {
        TestWarehouse warehouse = new TestWarehouse(root).inEnglish();
        // levels growing 10% a year from 1928, printed to 2 places; the rates printed to 1 place
        // from the exact levels: 14.64 -> 16.11 gives 10.04% from the printed levels, published 10.0
        warehouse.write("sources/observations/chn_1920s.csv",
                "region_code,indicator_code,year,month,value,unit,reported_yoy_pct,source",
                "CHN,trade_total,1928,,10.00,亿美元,,synthetic: test series",
                "CHN,trade_total,1929,,11.00,亿美元,10.0,synthetic: test series",
                "CHN,trade_total,1930,,12.10,亿美元,10.0,synthetic: test series",
                "CHN,trade_total,1931,,13.31,亿美元,10.0,synthetic: test series",
                "CHN,trade_total,1932,,14.64,亿美元,10.0,synthetic: test series",
                "CHN,trade_total,1933,,16.11,亿美元,10.0,synthetic: test series",
                "CHN,trade_total,1934,,17.72,亿美元,10.0,synthetic: test series");
        TestWarehouse.Run run = warehouse.nightly("2026-11-26");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("read 7, written 7, rejected 0"), run.out());
        assertEquals("0", warehouse.value("select count(*) from data_quality where region_code = 'CHN'"
                + " and check_name = 'chk_growth_consistency'"));
        // five years from the printed levels: (16.11 / 10.00)^(1/5) - 1 = 10.007%
        assertEquals(CatalogFixture.exact((Math.pow(16.11 / 10.00, 0.2) - 1) * 100), warehouse.value("select cagr_5y_pct from fct_growth where region_code = 'CHN' and year = 1933"));
    }

    @Test
    void aYearAfterNextIsRejectedWithItsLine() {
        TestWarehouse warehouse = new TestWarehouse(root).inEnglish();
        // on 2026-11-26 a figure may be for 2027 at the latest
        warehouse.append(OBSERVATIONS, "430300,fdi_actual,2027,,5.0,亿美元,,plan figure",
                "430300,fdi_actual,2028,,5.5,亿美元,,mistyped");
        TestWarehouse.Run run = warehouse.nightly("2026-11-26");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(warehouse.rejectLines().get(1).startsWith(OBSERVATIONS + ",10,3,year,2028,"), warehouse.rejectLines().toString());
        assertEquals("1", warehouse.value("select count(*) from stg_observation where year = 2027"));
    }

    @Test
    void aFileChangedAndChangedBackGivesItsFiguresBack() throws IOException {
        TestWarehouse warehouse = new TestWarehouse(root).inEnglish();
        Path file = warehouse.data().resolve(OBSERVATIONS);
        String a = Files.readString(file);
        assertEquals(0, warehouse.nightly("2026-11-26").exitCode());
        Files.writeString(file, a + "430300,fdi_actual,2009,,3.50,亿美元,,added\n");
        assertEquals(0, warehouse.nightly("2026-11-26").exitCode());
        assertEquals("1", warehouse.value("select count(*) from stg_observation where year = 2009 and region_code = '430300'"));
        Files.writeString(file, a);
        TestWarehouse.Run reverted = warehouse.nightly("2026-11-26");
        assertEquals(0, reverted.exitCode(), reverted.out());
        assertTrue(!reverted.out().contains("nothing to do"), "the inputs match the first run, not the latest: " + reverted.out());
        assertEquals("0", warehouse.value("select count(*) from stg_observation where year = 2009 and region_code = '430300'"));
        assertEquals("0", warehouse.value("select count(*) from observation_as_of(now()::timestamp) where year = 2009"
                + " and region_code = '430300'"));
        // and now nothing changed since the latest run
        assertTrue(warehouse.nightly("2026-11-26").out().contains("nothing to do"));
    }

    @Test
    void aDeletedFileIsWithdrawnFromNowOn() throws IOException {
        TestWarehouse warehouse = new TestWarehouse(root).inEnglish();
        warehouse.write("sources/observations/extra.csv",
                "region_code,indicator_code,year,month,value,unit,reported_yoy_pct,source",
                "430100,fdi_actual,2011,,50,亿美元,,synthetic: withdrawn later");
        assertEquals(0, warehouse.nightly("2026-11-26").exitCode());
        String loaded = warehouse.value("select max(state_time) from lake_state");
        Files.delete(warehouse.data().resolve("sources/observations/extra.csv"));
        assertEquals(0, warehouse.nightly("2026-11-27").exitCode());
        assertEquals("0", warehouse.value("select count(*) from stg_observation where region_code = '430100'"));
        assertEquals("0", warehouse.value("select count(*) from observation_as_of(now()::timestamp)"
                + " where region_code = '430100'"));
        assertEquals("1", warehouse.value("select count(*) from observation_as_of(timestamp '" + loaded + "')"
                + " where region_code = '430100'"));
    }

    @Test
    void duplicateFigureIsAnErrorCheckThatExitsThreeNamingBothLines() throws IOException {
        TestWarehouse warehouse = TestWarehouse.withNationalSeries(root).inEnglish();
        warehouse.append(OBSERVATIONS, "430300,fdi_actual,2011,,4.80,亿美元,,a second figure");
        TestWarehouse.Run run = warehouse.nightly("2026-11-26");
        assertEquals(3, run.exitCode(), run.out() + run.err());
        // the warnings: an implied non-integer count, and the three 2012 targets with no actual (the
        // nation's figures run past 2012, so the year has passed)
        assertTrue(run.out().contains("data checks: 1 errors, 4 warnings"), run.out());
        assertEquals(List.of(List.of("error", "fdi_actual 2011 has disagreeing values of the same release and"
                + " precedence, withheld: " + OBSERVATIONS + ":2, " + OBSERVATIONS + ":9")),
                warehouse.query("select severity, message_en from data_quality where check_name = 'chk_unique_observation'"));
        // neither 4.68 nor 4.80 is published as if settled: the figure is withheld everywhere
        assertEquals(List.of(Arrays.asList(null, null, "true")), warehouse.query("select value, reported_yoy_pct,"
                + " is_withheld from stg_observation where indicator_code = 'fdi_actual' and region_code = '430300'"));
        assertEquals(List.of(Arrays.asList(null, null, "true")), warehouse.query("select value, yoy_pct, is_withheld"
                + " from rpt_trend_table where indicator_code = 'fdi_actual' and region_code = '430300'"));
        Path report = warehouse.warehouse().resolve("reports/430300/2011/trend.md");
        assertTrue(Files.exists(report), "reports are still written");
        String md = Files.readString(report);
        assertTrue(md.contains("|  |  |  |  | withheld |"), md);
        assertTrue(md.contains("is withheld; versions of the same release disagree: " + OBSERVATIONS + ":2, "
                + OBSERVATIONS + ":9"), md);
        // a scheduler firing again gets the same answer
        assertEquals(3, warehouse.nightly("2026-11-26").exitCode());
    }

    @Test
    void theSameFigureInTwoFilesIsSettledByPrecedenceAndReported() throws IOException {
        TestWarehouse warehouse = new TestWarehouse(root).inEnglish();
        warehouse.write("sources/observations/xiangtan_bulletin.csv",
                "region_code,indicator_code,year,month,value,unit,reported_yoy_pct,source",
                "430300,fdi_actual,2011,,4.70,亿美元,16.6,湘潭市2011年统计公报");
        Files.writeString(warehouse.data().resolve("sources/observations/xiangtan_bulletin.mapping.properties"),
                "precedence = 10\n");
        TestWarehouse.Run run = warehouse.nightly("2026-11-26");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals(List.of(List.of("4.7", "16.6", "10")), warehouse.query("select value / 1e8, reported_yoy_pct,"
                + " precedence from stg_observation where indicator_code = 'fdi_actual' and region_code = '430300'"));
        assertEquals(List.of(List.of("warn", "fdi_actual 2011 is in several files; the first, by precedence, stands:"
                + " sources/observations/xiangtan_bulletin.csv:2 (precedence 10), " + OBSERVATIONS + ":2 (precedence 0)")),
                warehouse.query("select severity, message_en from data_quality where check_name = 'chk_overridden_figure'"));
        assertEquals("0", warehouse.value("select count(*) from data_quality where severity = 'error'"));
    }

    @Test
    void gbkFileLoadsWithoutADeclaration() throws IOException {
        TestWarehouse warehouse = new TestWarehouse(root).inEnglish();
        Path gbk = warehouse.data().resolve("sources/observations/gbk.csv");
        Files.write(gbk, ("region_code,indicator_code,year,month,value,unit,reported_yoy_pct,source\r\n"
                + "430300,fdi_actual,2012,,5.0,亿美元,6.8%,湘潭市统计公报\r\n").getBytes("GBK"));
        TestWarehouse.Run run = warehouse.nightly("2026-11-26");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals(List.of(List.of("5.0", "6.8", "湘潭市统计公报")), warehouse.query("select value, yoy_pct_reported, source"
                + " from fct_growth where indicator_code = 'fdi_actual' and year = 2012 and region_code = '430300'"));
    }

    @Test
    void binaryFileIsRefusedWithItsNameAndNothingIsPublished() throws IOException {
        TestWarehouse warehouse = new TestWarehouse(root).inEnglish();
        Files.write(warehouse.data().resolve("sources/observations/scan.csv"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        TestWarehouse.Run run = warehouse.nightly("2026-11-26");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("sources/observations/scan.csv: this is not a text file"), run.err());
        assertFalse(Files.exists(warehouse.catalog()), "nothing half-published");
    }

    @Test
    void numbersAsPeopleTypeThem() {
        TestWarehouse warehouse = new TestWarehouse(root).inEnglish();
        warehouse.append(OBSERVATIONS,
                "430100,trade_total,2011,,\"1,234.5\",亿美元,12.5%,thousands separator and a percent sign",
                "430900,trade_total,2011,,１２３．４,亿美元,６．５,full-width digits",
                "４３０４００,trade_total,2011,, 7.25 ,亿美元,—,full-width code and spaces; a dash for no rate",
                "430500,trade_total,2011,,—,亿美元,3.0,no figure but a rate",
                "430600,trade_total,2011,,12.3.4,亿美元,,two decimal points",
                "430700,trade_total,2011,,about 5,亿美元,,words");
        TestWarehouse.Run run = warehouse.nightly("2026-11-26", "--max-reject-share", "0.5");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals(List.of(
                        Arrays.asList("430100", "1234.5", "12.5"),
                        Arrays.asList("430300", "24.77", "6.5"),
                        Arrays.asList("430400", "7.25", null),
                        Arrays.asList("430500", null, "3.0"),
                        Arrays.asList("430900", "123.4", "6.5")),
                warehouse.query("select region_code, value, yoy_pct_reported from fct_growth"
                        + " where indicator_code = 'trade_total' and region_code not in ('430200', 'CHN') order by region_code"));
        assertTrue(run.out().contains("rejected 2"), run.out());
    }

    private static List<CSVRecord> rejectsOf(TestWarehouse warehouse, String run, String source) throws IOException {
        Path file = warehouse.warehouse().resolve("rejects").resolve(run).resolve(source.replace('/', '_'));
        try (var reader = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static List<CSVRecord> rejects(TestWarehouse warehouse) throws IOException {
        try (Stream<Path> files = Files.walk(warehouse.warehouse().resolve("rejects"))) {
            Path file = files.filter(Files::isRegularFile).findFirst().orElseThrow();
            assertEquals("sources_observations_xiangtan_2011_speech.csv", file.getFileName().toString());
            assertEquals("2026-11-26_e1", file.getParent().getFileName().toString());
            try (var reader = Files.newBufferedReader(file)) {
                var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
                var parser = format.parse(reader);
                assertEquals(List.of("file", "line", "column", "column_name", "value", "reason"), parser.getHeaderNames());
                return parser.getRecords();
            }
        }
    }
}
