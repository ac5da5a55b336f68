package org.kaifang.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.TestWarehouse;
import org.kaifang.report.BriefTraces;

/**
 * The generated panel loads cleanly, the checks find exactly the inconsistencies planted in
 * it, and its revision set arrives as a new vintage.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedPanelTest {

    @TempDir
    static Path root;

    static Path panel;
    static final String REVISION_IN_SOURCES = "sources/observations/zz_revisions_2015.csv";
    static TestWarehouse.Run firstLoad;

    @BeforeAll
    static void generateAndLoad() {
        panel = root.resolve("panel");
        TestWarehouse.Run generated = generate(panel, 42);
        assertEquals(0, generated.exitCode(), generated.err());
        assertTrue(generated.out().contains("6 planted inconsistencies"), generated.out());
        firstLoad = load("2026-11-26");
    }

    static TestWarehouse.Run generate(Path out, long seed) {
        return TestWarehouse.run("generate", "--panel", "--out", out.toString(), "--seed", String.valueOf(seed),
                "--data", TestWarehouse.PROJECT_DATA.toString());
    }

    static TestWarehouse.Run load(String date) {
        return TestWarehouse.run("nightly", "--date", date, "--data", panel.toString(),
                "--warehouse", root.resolve("warehouse").toString());
    }

    static List<List<String>> query(String sql) {
        return new TestWarehouse.Catalog(root.resolve("warehouse/kaifang.duckdb")).query(sql);
    }

    @Test
    void sameSeedWritesTheSameFilesAndAnotherSeedOthers() throws IOException {
        Path again = root.resolve("again");
        Path other = root.resolve("other");
        assertEquals(0, generate(again, 42).exitCode());
        assertEquals(0, generate(other, 7).exitCode());
        String file = "sources/observations/synthetic_panel.csv";
        assertEquals(Files.readString(panel.resolve(file)), Files.readString(again.resolve(file)));
        assertEquals(Files.readString(panel.resolve("sources/targets/synthetic_targets.csv")),
                Files.readString(again.resolve("sources/targets/synthetic_targets.csv")));
        assertNotEquals(Files.readString(panel.resolve(file)), Files.readString(other.resolve(file)));
    }

    @Test
    void refusesToWriteIntoAFolderThatIsNotEmpty() {
        TestWarehouse.Run refused = generate(panel, 42);
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("is not empty"), refused.err());
    }

    @Test
    void everyFigureSaysItIsSynthetic() {
        assertEquals(List.of(List.of("true")), query("select bool_and(is_synthetic) from stg_observation"));
        assertEquals(List.of(List.of("15")), query("select count(distinct region_code) from stg_observation"));
        assertEquals(List.of(List.of("2006", "2016")), query("select min(year), max(year) from stg_observation"));
    }

    /** Before the revision test loads its 最终核实 of yearly figures, which no December release matches. */
    @Test
    @Order(1)
    void atDecemberAFlowsShareOfItsTargetIsTheYearsCompletion() {
        // every flow with a yearly growth or level target: 1-12月 against the year's target level is
        // the year's 完成率, to 0.01
        List<List<String>> december = query("select p.region_code, p.indicator_code, p.year, p.target_share_pct,"
                + " a.completion_pct from fct_ytd_progress p join fct_target_attainment a"
                + " using (region_code, indicator_code, year, target_kind) join dim_indicator i using (indicator_code)"
                + " where p.month = 12 and a.target_scope = 'year' and i.kind <> 'stock' and i.growth_basis = 'nominal'");
        assertTrue(december.size() >= 15 * 3 * 2, "trade, fiscal revenue and FAI of 15 regions in 2014 and 2015: " + december);
        for (List<String> row : december) {
            assertTrue(row.get(3) != null && row.get(4) != null, row.toString());
            assertEquals(Double.parseDouble(row.get(4)), Double.parseDouble(row.get(3)), 0.01, row.toString());
        }
    }

    @Test
    void gdpIsJudgedInPointsOnly() {
        // the panel's GDP targets are real growth: no completion ratio, no target level, no implied
        // previous level, no level-based 序时进度, but a gap in points for every target with an actual
        assertEquals(List.of(List.of("0", "0")), query("select count(completion_pct), count(target_level)"
                + " from fct_target_attainment where indicator_code = 'gdp'"));
        assertEquals(List.of(List.of("0")), query("select count(implied_prev_value) from fct_growth where indicator_code = 'gdp'"));
        assertEquals(List.of(List.of("0")), query("select count(*) from fct_ytd_progress where indicator_code = 'gdp'"
                + " and (target_share_pct is not null or progress_basis <> 'real_growth')"));
        assertEquals(List.of(List.of("0")), query("select count(*) from fct_target_attainment where indicator_code = 'gdp'"
                + " and actual_growth_pct is not null and gap_pp is null"));
    }

    @Test
    @Order(1)
    void everyNumberOfEveryBriefIsTracedToItsCell() throws Exception {
        BriefTraces.Result result = BriefTraces.check(root.resolve("warehouse/reports"),
                root.resolve("warehouse/kaifang.duckdb"));
        assertTrue(result.briefs() >= 150, "a brief for every city and year: " + result.briefs());
        assertTrue(result.numbers() > 100 * result.briefs() / 10, "numbers read: " + result.numbers());
        assertEquals(List.of(), result.untraced().stream().limit(5).toList());
        assertEquals(List.of(), result.unmatched().stream().limit(5).toList());
    }

    /**
     * reports/index.html leads to every report and every report back: each link followed to a
     * file, one per region and year of rpt_trend_table, a link to each year's section; the
     * province's 2015 row read against the trend table's own figures.
     */
    @Test
    @Order(1)
    void theFrontPageLeadsToEveryReportAndEveryReportBack() throws IOException {
        Path reports = root.resolve("warehouse/reports");
        String index = Files.readString(reports.resolve("index.html"));
        Matcher links = Pattern.compile("href=\"([^\"#][^\"]*)\"").matcher(index);
        List<String> followed = new ArrayList<>();
        while (links.find()) {
            Path report = reports.resolve(links.group(1)).normalize();
            assertTrue(Files.isRegularFile(report), "the front page links to a missing file: " + links.group(1));
            String page = Files.readString(report);
            Matcher back = Pattern.compile("href=\"([^\"]*index\\.html)\"").matcher(page);
            assertTrue(back.find(), report + " links back to the front page");
            assertEquals(reports.resolve("index.html"), report.getParent().resolve(back.group(1)).normalize());
            followed.add(links.group(1));
        }
        List<List<String>> expected = query("select distinct region_code || '/' || year || '/trend.html'"
                + " from rpt_trend_table order by 1");
        assertEquals(expected.stream().map(r -> r.get(0)).sorted().toList(), followed.stream().sorted().toList());
        for (List<String> year : query("select distinct year from rpt_trend_table")) {
            assertTrue(index.contains("<a href=\"#y" + year.get(0) + "\">") && index.contains("<h2 id=\"y" + year.get(0)
                    + "\">"), "a link to " + year.get(0) + "'s section, and the section");
        }
        // the province's row of 2015: its trade and growth as the trend table has them, to 2 and 1 places
        List<String> trade = query("select value, yoy_pct from rpt_trend_table where region_code = '430000'"
                + " and indicator_code = 'trade_total' and year = 2015").get(0);
        String row = index.substring(index.indexOf("<a href=\"430000/2015/trend.html\">"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertTrue(row.contains(">" + new BigDecimal(trade.get(0)).setScale(2, RoundingMode.HALF_UP) + "</td>")
                && row.contains(">" + new BigDecimal(trade.get(1)).setScale(1, RoundingMode.HALF_UP) + "</td>"), row);
    }

    @Test
    @Order(1)
    void checksFindThePlantedInconsistenciesAndNoMore() throws IOException {
        assertEquals(0, firstLoad.exitCode(), firstLoad.out() + firstLoad.err());
        assertEquals(planted(), found());
    }

    @Test
    void tradeTotalIsExportsPlusImportsAndTheProvinceTheSumOfItsCities() {
        assertEquals(List.of(List.of("0")), query("select count(*) from fct_indicator_yearly t"
                + " join fct_indicator_yearly e using (region_code, year) join fct_indicator_yearly i using (region_code, year)"
                + " where t.indicator_code = 'trade_total' and e.indicator_code = 'trade_export'"
                + " and i.indicator_code = 'trade_import' and abs(t.value - e.value - i.value) > 1e-9"));
        assertEquals(List.of(List.of("0")), query("select count(*) from (select year, sum(value) as cities"
                + " from fct_region_rank where indicator_code = 'gdp' group by year) c join fct_growth p"
                + " on p.region_code = '430000' and p.indicator_code = 'gdp' and p.year = c.year"
                + " where abs(p.value - c.cities) > 1e-6"));
    }

    /** The final verification arrives a night later; it stays in the folder for the test after it. */
    @Test
    @Order(2)
    void revisionArrivesAsANewVintage() throws IOException {
        Path revisions = panel.resolve("revisions/observations/synthetic_revisions_2015.csv");
        List<CSVRecord> revised = records(revisions);
        assertEquals(3, revised.size());
        CSVRecord first = revised.get(0);
        String key = "region_code = '" + first.get("region_code") + "' and indicator_code = '"
                + first.get("indicator_code") + "' and year = 2015 and month is null";
        String before = query("select value / 1e8 from stg_observation where " + key).get(0).get(0);
        String firstVintage = query("select max(vintage) from stg_observation_history").get(0).get(0);

        Files.copy(revisions, panel.resolve(REVISION_IN_SOURCES));
        TestWarehouse.Run second = load("2026-11-27");
        assertEquals(0, second.exitCode(), second.out() + second.err());
        assertTrue(second.out().contains("1 of 3 sources changed"), second.out());
        assertEquals(Double.parseDouble(first.get("value")),
                Double.parseDouble(query("select value / 1e8 from stg_observation where " + key).get(0).get(0)), 1e-9);
        assertEquals(List.of(List.of(first.get("reported_yoy_pct"), "最终核实")),
                query("select reported_yoy_pct, release_status from stg_observation where " + key));
        assertEquals(List.of(List.of("2")), query("select count(*) from stg_observation_history where " + key));
        assertEquals(List.of(List.of(before)), query("select value / 1e8 from observation_as_of(timestamp '"
                + firstVintage + "') where " + key));
        // the final verification revises the three yearly figures, not their 1-12月 cumulative figures:
        // the office is told, and nothing else fails
        Set<String> expected = new TreeSet<>(planted());
        for (CSVRecord r : revised) {
            expected.add("chk_annual_vs_december " + r.get("region_code") + " fiscal_revenue 2015");
        }
        assertEquals(expected, found());
        assertTrue(query("select message from data_quality where check_name = 'chk_annual_vs_december'").stream()
                .allMatch(m -> m.get(0).contains("月度数据未随之修订")));
    }

    /**
     * The same folder gives the same warehouse however its files arrived: the panel with its
     * final verification loaded in one fresh run equals the panel loaded a night before its
     * revision, view by view (vintages, which trace the loads, aside).
     */
    @Test
    @Order(3)
    void oneRunAndAFileANightGiveTheSameWarehouse() {
        assertTrue(Files.exists(panel.resolve(REVISION_IN_SOURCES)), "the revision test ran first and left its file");
        Path oneRun = root.resolve("one-run-warehouse");
        TestWarehouse.Run run = TestWarehouse.run("nightly", "--date", "2026-11-27", "--data", panel.toString(),
                "--warehouse", oneRun.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("3 of 3 sources changed"), run.out());
        Map<String, String> fileByFile = new TestWarehouse.Catalog(root.resolve("warehouse/kaifang.duckdb"))
                .contentsOfEveryView();
        Map<String, String> together = new TestWarehouse.Catalog(oneRun.resolve("kaifang.duckdb"))
                .contentsOfEveryView();
        assertTrue(fileByFile.size() > 40, fileByFile.keySet().toString());
        assertEquals(fileByFile, together);
    }

    private static Set<String> found() {
        Set<String> found = new TreeSet<>();
        for (List<String> row : query("select check_name, region_code, indicator_code, year from data_quality")) {
            found.add(String.join(" ", row));
        }
        return found;
    }

    private static Set<String> planted() throws IOException {
        Set<String> planted = new TreeSet<>();
        for (CSVRecord r : records(panel.resolve("planted.csv"))) {
            planted.add(String.join(" ", r.get("check_name"), r.get("region_code"), r.get("indicator_code"), r.get("year")));
        }
        assertEquals(6, planted.size());
        return planted;
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords());
        }
    }
}
