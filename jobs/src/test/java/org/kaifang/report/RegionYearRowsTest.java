package org.kaifang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaifang.catalog.CatalogException;

/** A report's rows read once for every region and year read as the driver's own rows would. */
class RegionYearRowsTest {

    private static final String QUERY = "select indicator_code, value, rank, is_final, region_code, year from figures"
            + " order by indicator_code desc";

    private Connection duckdb;

    @BeforeEach
    void figures() throws SQLException {
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = duckdb.createStatement()) {
            statement.execute("create table figures (region_code varchar, year integer, indicator_code varchar,"
                    + " value double, rank bigint, is_final boolean)");
            statement.execute("insert into figures values ('430300', 2011, 'fdi_actual', 4.25, 2, true),"
                    + " ('430300', 2011, 'trade_total', 31.5, null, null), ('430300', 2012, 'fdi_actual', 5.1, 1, false),"
                    + " ('430200', 2011, 'fdi_actual', 7.0, 1, true)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        duckdb.close();
    }

    @Test
    void eachRegionAndYearGetsItsRowsInTheQuerysOrderReadAsTheDriverReadsThem() throws SQLException {
        RegionYearRows shared = new RegionYearRows();
        List<ResultSet> rows = shared.of(duckdb, QUERY, "430300", 2011);
        assertEquals(2, rows.size());
        ResultSet trade = rows.get(0);
        assertEquals("trade_total", trade.getString("indicator_code"));
        assertEquals(0, trade.getInt("rank"));
        assertTrue(trade.wasNull());
        assertFalse(trade.getBoolean("is_final"));
        ResultSet fdi = rows.get(1);
        assertEquals("fdi_actual", fdi.getString(1));
        assertEquals(4.25, fdi.getDouble("value"));
        assertEquals(driversText("select value from figures where region_code = '430300' and year = 2011"
                + " and indicator_code = 'fdi_actual'"), fdi.getString("VALUE"));
        assertEquals(2L, fdi.getLong(3));
        assertFalse(fdi.wasNull());
        assertTrue(fdi.getBoolean("is_final"));

        assertEquals(List.of("fdi_actual"), codes(shared.of(duckdb, QUERY, "430200", 2011)));
        assertEquals(List.of(), shared.of(duckdb, QUERY, "430200", 2012));
        // a single report's read: the same rows, filtered by DuckDB, in the same order
        assertEquals(List.of("trade_total", "fdi_actual"), codes(RegionYearRows.once(duckdb, QUERY, "430300", 2011)));
        assertEquals("report row [fdi_actual, 4.25, 2, true, 430300, 2011]", fdi.toString());
    }

    @Test
    void aQueryRunsOnceForEveryReportThatAsks() throws SQLException {
        RegionYearRows shared = new RegionYearRows();
        assertEquals(List.of("fdi_actual"), codes(shared.of(duckdb, QUERY, "430300", 2012)));
        try (Statement statement = duckdb.createStatement()) {
            statement.execute("delete from figures");
        }
        assertEquals(List.of("trade_total", "fdi_actual"), codes(shared.of(duckdb, QUERY, "430300", 2011)),
                "read from the rows kept, not the table as it is now");
        assertEquals(List.of(), codes(RegionYearRows.once(duckdb, QUERY, "430300", 2011)));
    }

    @Test
    void aColumnNotReadOrAQueryWithoutRegionAndYearIsNamed() {
        ResultSet row = new RegionYearRows().of(duckdb, QUERY, "430300", 2012).get(0);
        SQLException missing = assertThrows(SQLException.class, () -> row.getString("unit"));
        assertTrue(missing.getMessage().contains("no column 'unit' among [indicator_code, value, rank, is_final,"
                + " region_code, year]"), missing.getMessage());
        assertThrows(SQLException.class, () -> row.getString(7));
        CatalogException keyless = assertThrows(CatalogException.class,
                () -> new RegionYearRows().of(duckdb, "select indicator_code, year from figures", "430300", 2012));
        assertTrue(keyless.getMessage().contains("must select region_code and year"), keyless.getMessage());
    }

    private String driversText(String sql) throws SQLException {
        try (Statement statement = duckdb.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> codes(List<ResultSet> rows) throws SQLException {
        List<String> codes = new ArrayList<>();
        for (ResultSet row : rows) {
            codes.add(row.getString("indicator_code"));
        }
        return codes;
    }
}
