package org.kaifang.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.kaifang.catalog.CatalogException;

/** Reads a report view's rows with bound parameters: reports never paste a value into SQL. */
final class CatalogRows {

    interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private CatalogRows() {
    }

    static <T> List<T> query(Connection catalog, String sql, List<Object> parameters, Mapper<T> mapper) {
        try (PreparedStatement statement = catalog.prepareStatement(sql)) {
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
        } catch (SQLException e) {
            throw new CatalogException("cannot read the catalog for a report: " + e.getMessage(), e);
        }
    }

    static Double number(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).doubleValue();
    }
}
