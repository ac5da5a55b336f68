package org.kaifang.report;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kaifang.catalog.CatalogException;

/**
 * The rows of report queries that read every region and year at once, each query run once and
 * its rows handed out by region and year. A report asks a dozen such questions of its region
 * and year; asked per report, each costs DuckDB's driver about half a millisecond whatever it
 * returns, which for a province's reports was a fifth of the report step. Shared by the
 * connections that write one night's reports ({@link CatalogWorkers}); the catalog they read
 * does not change while they write.
 */
final class RegionYearRows {

    /** A row as DuckDB's driver gave it: each column's object and its text. */
    private record Kept(Map<String, Integer> columns, Object[] objects, String[] texts) {
    }

    private final Map<String, Map<String, List<Kept>>> bySql = new ConcurrentHashMap<>();

    /**
     * The rows of {@code sql} whose columns region_code and year are this region and year, in
     * the query's order: {@code sql} runs on {@code catalog} the first time it is asked for.
     */
    List<ResultSet> of(Connection catalog, String sql, String regionCode, int year) {
        return bySql.computeIfAbsent(sql, s -> grouped(catalog, s)).getOrDefault(key(regionCode, year), List.of())
                .stream().map(RegionYearRows::row).toList();
    }

    /**
     * The rows of {@code sql} for this region and year, read now and not kept: where a single
     * report is written, a filter on the query as DuckDB's own statement.
     */
    static List<ResultSet> once(Connection catalog, String sql, String regionCode, int year) {
        try (PreparedStatement statement = catalog.prepareStatement(
                "select * from (\n" + sql + "\n) where region_code = ? and year = ?")) {
            statement.setObject(1, regionCode);
            statement.setObject(2, year);
            try (ResultSet rs = statement.executeQuery()) {
                List<ResultSet> rows = new ArrayList<>();
                for (Kept kept : kept(rs, sql)) {
                    rows.add(row(kept));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw CatalogRows.unreadable(e);
        }
    }

    /** Every row of {@code sql}, kept in memory and grouped by its region_code and year. */
    private static Map<String, List<Kept>> grouped(Connection catalog, String sql) {
        Map<String, List<Kept>> groups = new HashMap<>();
        try (Statement statement = catalog.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            for (Kept row : kept(rs, sql)) {
                Object year = row.objects()[row.columns().get("year") - 1];
                String key = key(row.texts()[row.columns().get("region_code") - 1], ((Number) year).intValue());
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            }
        } catch (SQLException e) {
            throw CatalogRows.unreadable(e);
        }
        return groups;
    }

    private static List<Kept> kept(ResultSet rs, String sql) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            // the first of two columns of the same label, as a result set finds it
            columns.putIfAbsent(meta.getColumnLabel(c).toLowerCase(Locale.ROOT), c);
        }
        if (!columns.containsKey("region_code") || !columns.containsKey("year")) {
            throw new CatalogException("a report query read for every region and year must select region_code"
                    + " and year: " + sql);
        }
        List<Kept> rows = new ArrayList<>();
        while (rs.next()) {
            Object[] objects = new Object[meta.getColumnCount()];
            String[] texts = new String[objects.length];
            for (int c = 1; c <= objects.length; c++) {
                objects[c - 1] = rs.getObject(c);
                texts[c - 1] = rs.getString(c);
            }
            rows.add(new Kept(columns, objects, texts));
        }
        return rows;
    }

    private static String key(String regionCode, int year) {
        return regionCode + "|" + year;
    }

    /**
     * A kept row read through the getters report code uses, by position or label:
     * {@code getString}, {@code getObject}, {@code getBoolean}, {@code getInt}, {@code getLong},
     * {@code getDouble}, with {@code wasNull} and {@code findColumn}. The values are what
     * DuckDB's driver gave for the row, so a number reads as the same text. Any other method
     * fails naming itself. Each call of {@link #of} gives rows of their own, so no state is
     * shared between the reports that read the same rows.
     */
    private static ResultSet row(Kept kept) {
        Map<String, Integer> columns = kept.columns();
        Object[] objects = kept.objects();
        String[] texts = kept.texts();
        boolean[] lastWasNull = {false};
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            switch (name) {
                case "wasNull":
                    return lastWasNull[0];
                case "findColumn":
                    return index(columns, objects.length, args[0]);
                case "toString":
                    return "report row " + List.of(texts);
                case "close":
                    return null;
                case "isClosed":
                    return false;
                default:
                    break;
            }
            if (args == null || args.length != 1 || !name.startsWith("get")) {
                throw unsupported(method);
            }
            int index = index(columns, objects.length, args[0]) - 1;
            Object value = objects[index];
            lastWasNull[0] = value == null;
            return switch (name) {
                case "getObject" -> value;
                case "getString" -> texts[index];
                case "getBoolean" -> value != null && (Boolean) value;
                case "getInt" -> value == null ? 0 : ((Number) value).intValue();
                case "getLong" -> value == null ? 0L : ((Number) value).longValue();
                case "getDouble" -> value == null ? 0.0 : ((Number) value).doubleValue();
                default -> throw unsupported(method);
            };
        };
        return (ResultSet) Proxy.newProxyInstance(RegionYearRows.class.getClassLoader(),
                new Class<?>[] {ResultSet.class}, handler);
    }

    private static int index(Map<String, Integer> columns, int count, Object column) throws SQLException {
        if (column instanceof Integer position) {
            if (position < 1 || position > count) {
                throw new SQLException("no column " + position + " of " + count);
            }
            return position;
        }
        Integer position = columns.get(String.valueOf(column).toLowerCase(Locale.ROOT));
        if (position == null) {
            throw new SQLException("no column '" + column + "' among " + columns.keySet());
        }
        return position;
    }

    private static SQLException unsupported(Method method) {
        return new SQLFeatureNotSupportedException("a kept report row does not answer " + method.getName());
    }
}
