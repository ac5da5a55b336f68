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
final class CatalogRows {

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
            throw new CatalogException("cannot read the catalog for a report: " + e.getMessage(), e);
        }
    }

    /** From now until {@link #release}, the queries on this connection keep their statements prepared. */
    static void keepPrepared(Connection catalog) {
        PREPARED.put(catalog, new HashMap<>());
    }

    /** Closes the statements kept for this connection, before the connection closes. */
    static void release(Connection catalog) {
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
    static Double number(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).doubleValue();
    }
}
