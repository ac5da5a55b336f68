package org.kaifang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kaifang.CatalogFixture;
import org.kaifang.table.LakeTable;

/**
 * Which version of a figure stands: the latest release, then precedence; never the load order.
 * A figure with two values in its first place is withheld. observation_as_of follows the lake's
 * states, withdrawals included, by the same rule.
 */
class ReleasesTest {

    private static final String VERSIONS =
            "region_code, indicator_code, year, value, reported_yoy_pct, released, release_status, precedence, source_file, vintage";

    @RegisterExtension
    static final CatalogFixture sql = CatalogFixture.shared();

    private String changsha(String column) {
        return sql.value("select " + column + " from stg_observation where region_code = '430100'"
                + " and indicator_code = 'fiscal_revenue' and year = 2015");
    }

    @Test
    void theLaterReleaseStandsWhicheverWasLoadedLast() {
        // Changsha 2015 fiscal revenue: 628.45 preliminary, 630.96 at final verification. The final one
        // was loaded first here: it still stands (the vintage only traces)
        sql.rows(LakeTable.OBSERVATION, VERSIONS,
                "430100, fiscal_revenue, 2015, 630.96e8, 10.1, 2016-09-30, 最终核实, , sources/revised.csv, 2026-01-01",
                "430100, fiscal_revenue, 2015, 628.45e8, 9.7, , , , sources/panel.csv, 2026-02-01");
        assertEquals("630.96", changsha("value / 1e8"));
        assertEquals("最终核实", changsha("release_status"));
        assertEquals("false", changsha("is_withheld"));
        assertTrue(sql.query("select * from data_quality where check_name = 'chk_unique_observation'").isEmpty());
    }

    @Test
    void aLaterRoundStandsOverAnEarlierRoundWhateverTheDates() {
        // the 快报 of 20 January 2016 says 10.1; the yearbook (年报, undated) 10.3: the yearbook stands
        sql.rows(LakeTable.OBSERVATION, VERSIONS,
                "430100, fiscal_revenue, 2015, 10.1e8, , 2016-01-20, 快报, 10, sources/flash.csv, 2026-01-01",
                "430100, fiscal_revenue, 2015, 10.3e8, , , 年报, , sources/yearbook.csv, 2026-01-01");
        assertEquals("10.3", changsha("value / 1e8"));
    }

    @Test
    void versionsAgreeWhereBothSpeakWithinTheirRounding() {
        // a communiqué gives 12.3 (±0.05) and +5.1%; the yearbook 12.35 (±0.005) and no rate: one figure,
        // the yearbook's more precise value with the communiqué's rate
        sql.rows(LakeTable.OBSERVATION,
                "region_code, indicator_code, year, value, value_rounding, reported_yoy_pct, reported_yoy_decimals, source_file",
                "430100, fiscal_revenue, 2015, 12.3e8, 0.05e8, 5.1, 1, sources/communique.csv",
                "430100, fiscal_revenue, 2015, 12.35e8, 0.005e8, , , sources/yearbook.csv");
        assertEquals(Arrays.asList("12.35", "5.1", "false"),
                sql.row("select value / 1e8, reported_yoy_pct, is_withheld from stg_observation"));
    }

    @Test
    void withoutDatesTheLaterRoundStands() {
        sql.rows(LakeTable.OBSERVATION, VERSIONS,
                "430100, fiscal_revenue, 2015, 628.45e8, , , 初步核算, , sources/a.csv, 2026-02-01",
                "430100, fiscal_revenue, 2015, 630.96e8, , , 最终核实, , sources/b.csv, 2026-01-01");
        assertEquals("630.96", changsha("value / 1e8"));
    }

    @Test
    void precedenceDecidesWithinARelease() {
        // a bulletin of precedence 10 (4.68) over a file without a mapping (4.70), now and as of now
        sql.rows(LakeTable.OBSERVATION, VERSIONS,
                "430300, fdi_actual, 2011, 4.70e8, , , , , sources/a.csv, 2026-01-01",
                "430300, fdi_actual, 2011, 4.68e8, , , , 10, sources/bulletin.csv, 2026-01-01");
        sql.recordState("2026-01-01 00:00:00");
        assertEquals("4.68", sql.value("select value / 1e8 from stg_observation"));
        assertEquals("4.68", sql.value("select value / 1e8 from observation_as_of(timestamp '2026-06-01')"));
        assertEquals(List.of(List.of("sources/a.csv", "0"), List.of("sources/bulletin.csv", "10")),
                sql.query("select source_file, precedence from stg_observation_history order by 1"));
    }

    @Test
    void twoValuesOfTheSameReleaseAreWithheld() {
        // one file, two rows, 4.68 and 4.80: neither is published as if settled
        sql.rows(LakeTable.OBSERVATION, "region_code, indicator_code, year, value, source_file, source_line",
                "430300, fdi_actual, 2011, 4.68e8, sources/a.csv, 2",
                "430300, fdi_actual, 2011, 4.80e8, sources/a.csv, 9",
                "430300, fdi_actual, 2010, 4.00e8, sources/a.csv, 10");
        assertEquals(Arrays.asList(null, "true", "sources/a.csv:2, sources/a.csv:9"),
                sql.row("select value, is_withheld, conflict_lines from stg_observation where year = 2011"));
        assertEquals(Arrays.asList(null, null, "true"),
                sql.row("select value, yoy_pct, is_withheld from fct_growth where year = 2011"));
        assertEquals(Arrays.asList("error", "sources/a.csv:2, sources/a.csv:9"), sql.row("select severity,"
                + " regexp_extract(message_en, 'withheld: (.*)', 1) from data_quality where check_name = 'chk_unique_observation'"));
    }

    @Test
    void versionsThatAgreeAreOneFigure() {
        sql.rows(LakeTable.OBSERVATION, "region_code, indicator_code, year, value, source_file, source_line",
                "430300, fdi_actual, 2011, 4.68e8, sources/a.csv, 2",
                "430300, fdi_actual, 2011, 4.68e8, sources/b.csv, 2");
        assertEquals(Arrays.asList("4.68", "false", "sources/a.csv"),
                sql.row("select value / 1e8, is_withheld, source_file from stg_observation"));
        assertEquals("0", sql.value("select count(*) from data_quality where severity = 'error'"));
    }

    @Test
    void aWithdrawnFileLeavesFromTheStateThatNoLongerHoldsIt() {
        // a.csv and b.csv loaded on 1 January; b.csv deleted before the build of 1 February
        sql.rows(LakeTable.OBSERVATION, "region_code, indicator_code, year, value, source_file, vintage",
                "430300, fdi_actual, 2011, 4.68e8, sources/a.csv, 2026-01-01",
                "430300, trade_total, 2011, 24.77e8, sources/b.csv, 2026-01-01");
        sql.recordState("2026-01-01 00:00:00");
        sql.withdraw("sources/b.csv");
        sql.recordState("2026-02-01 00:00:00");
        assertEquals(List.of(List.of("fdi_actual"), List.of("trade_total")), sql.query(
                "select indicator_code from observation_as_of(timestamp '2026-01-15') order by 1"));
        assertEquals(List.of(List.of("fdi_actual")), sql.query(
                "select indicator_code from observation_as_of(timestamp '2026-03-01') order by 1"));
        assertEquals(List.of(List.of("fdi_actual")), sql.query("select indicator_code from stg_observation"));
        assertEquals("0", sql.value("select count(*) from observation_as_of(timestamp '2025-12-31')"));
    }

    @Test
    void aRevertedFileReturnsWithItsEarlierVersion() {
        // a.csv at version A (2010 = 3.20), then B (2010 = 3.50), then A again: A's rows stand again
        sql.formerRows(LakeTable.OBSERVATION, "region_code, indicator_code, year, value, source_file, vintage",
                "430300, fdi_actual, 2010, 3.50e8, sources/a.csv, 2026-02-01");
        sql.rows(LakeTable.OBSERVATION, "region_code, indicator_code, year, value, source_file, vintage",
                "430300, fdi_actual, 2010, 3.20e8, sources/a.csv, 2026-01-01");
        sql.query("select 1");
        insertState("2026-01-01", "2026-01-01");
        insertState("2026-02-01", "2026-02-01");
        insertState("2026-03-01", "2026-01-01");
        assertEquals("3.2", sql.value("select value / 1e8 from observation_as_of(timestamp '2026-01-15')"));
        assertEquals("3.5", sql.value("select value / 1e8 from observation_as_of(timestamp '2026-02-15')"));
        assertEquals("3.2", sql.value("select value / 1e8 from observation_as_of(timestamp '2026-03-15')"));
        assertEquals("3.2", sql.value("select value / 1e8 from stg_observation"));
    }

    private static void insertState(String time, String vintage) {
        sql.query("insert into lake_state values (timestamp '" + time + "', 'sources/a.csv', timestamp '" + vintage
                + "') returning 1");
    }
}
