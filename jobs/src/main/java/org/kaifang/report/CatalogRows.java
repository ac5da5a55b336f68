package org.kaifang.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.kaifang.catalog.CatalogException;

/** Reads a report view's rows with bound parameters: reports never paste a value into SQL. */
public final class CatalogRows {

    interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /**
     * The statements of the connections that write a night's reports ({@link CatalogWorkers}),
     * each prepared once: planning a query over the report views costs as much as running it,
     * and a night runs each of them once per report.
     */
    private static final Map<Connection, Map<String, PreparedStatement>> PREPARED =
            Collections.synchronizedMap(new IdentityHashMap<>());

    /** The rows read for every region and year at once, shared by the connections of one night's reports. */
    private static final Map<Connection, RegionYearRows> SHARED = Collections.synchronizedMap(new IdentityHashMap<>());

    private CatalogRows() {
    }

    static <T> List<T> query(Connection catalog, String sql, List<Object> parameters, Mapper<T> mapper) {
        Map<String, PreparedStatement> prepared = PREPARED.get(catalog);
        try {
            if (prepared == null) {
                try (PreparedStatement statement = catalog.prepareStatement(sql)) {
                    return rows(statement, parameters, mapper);
                }
            }
            PreparedStatement statement = prepared.get(sql);
            if (statement == null) {
                statement = catalog.prepareStatement(sql);
                prepared.put(sql, statement);
            }
            return rows(statement, parameters, mapper);
        } catch (SQLException e) {
            throw unreadable(e);
        }
    }

    /**
     * From now until {@link #release}, the queries on this connection keep their statements
     * prepared, and {@link #forRegionYear} takes its rows from {@code shared}.
     */
    static void keepForNight(Connection catalog, RegionYearRows shared) {
        PREPARED.put(catalog, new HashMap<>());
        SHARED.put(catalog, shared);
    }

    /**
     * The rows of {@code sql} for one region and year, each mapped: {@code sql} reads every
     * region and year and selects their columns region_code and year (last, so that the
     * columns before keep their positions). On the connections of a night's reports it runs
     * once; on any other, once per call, filtered to the region and year.
     */
    static <T> List<T> forRegionYear(Connection catalog, String sql, String regionCode, int year, Mapper<T> mapper) {
        RegionYearRows shared = SHARED.get(catalog);
        List<ResultSet> rows = shared != null ? shared.of(catalog, sql, regionCode, year)
                : RegionYearRows.once(catalog, sql, regionCode, year);
        List<T> result = new ArrayList<>();
        try {
            for (ResultSet row : rows) {
                result.add(mapper.map(row));
            }
        } catch (SQLException e) {
            throw unreadable(e);
        }
        return result;
    }

    static CatalogException unreadable(SQLException e) {
        return new CatalogException("cannot read the catalog for a report: " + e.getMessage(), e);
    }

    /** Closes the statements kept for this connection, before the connection closes. */
    static void release(Connection catalog) {
        SHARED.remove(catalog);
        Map<String, PreparedStatement> prepared = PREPARED.remove(catalog);
        if (prepared != null) {
            for (PreparedStatement statement : prepared.values()) {
                try {
                    statement.close();
                } catch (SQLException e) {
                    // the connection closes next and takes the statement with it
                }
            }
        }
    }

    private static <T> List<T> rows(PreparedStatement statement, List<Object> parameters, Mapper<T> mapper)
            throws SQLException {
        statement.clearParameters();
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        List<T> result = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                result.add(mapper.map(rs));
            }
        }
        return result;
    }

    static Double number(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** A number read by column name: twenty positions would be one misplaced figure away from a wrong one. */
    public static Double number(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).doubleValue();
    }
}
