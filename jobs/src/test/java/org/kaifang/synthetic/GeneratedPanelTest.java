package org.kaifang.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.TestWarehouse;

/**
 * The generated panel loads cleanly, the checks find exactly the inconsistencies planted in
 * it, and its revision set arrives as a new vintage.
 */
class GeneratedPanelTest {

    @TempDir
    static Path root;

    static Path panel;
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

    @Test
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

    @Test
    void revisionArrivesAsANewVintage() throws IOException {
        Path revisions = panel.resolve("revisions/observations/synthetic_revisions_2015.csv");
        List<CSVRecord> revised = records(revisions);
        assertEquals(3, revised.size());
        CSVRecord first = revised.get(0);
        String key = "region_code = '" + first.get("region_code") + "' and indicator_code = '"
                + first.get("indicator_code") + "' and year = 2015 and month is null";
        String before = query("select value / 1e8 from stg_observation where " + key).get(0).get(0);
        String firstVintage = query("select max(vintage) from stg_observation_history").get(0).get(0);

        Path loaded = panel.resolve("sources/observations/zz_revisions_2015.csv");
        Files.copy(revisions, loaded);
        try {
            TestWarehouse.Run second = load("2026-11-27");
            assertEquals(0, second.exitCode(), second.out() + second.err());
            assertTrue(second.out().contains("1 of 3 sources changed"), second.out());
            assertEquals(Double.parseDouble(first.get("value")),
                    Double.parseDouble(query("select value / 1e8 from stg_observation where " + key).get(0).get(0)), 1e-9);
            assertEquals(first.get("reported_yoy_pct"),
                    query("select reported_yoy_pct from stg_observation where " + key).get(0).get(0));
            assertEquals(List.of(List.of("2")), query("select count(*) from stg_observation_history where " + key));
            assertEquals(List.of(List.of(before)), query("select value / 1e8 from observation_as_of(timestamp '"
                    + firstVintage + "') where " + key));
            assertEquals(planted(), found(), "the revision is consistent: no new check fails");
        } finally {
            Files.delete(loaded);
        }
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
