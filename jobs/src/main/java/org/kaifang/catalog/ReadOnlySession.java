package org.kaifang.catalog;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An analyst's session on the catalog. Three locks keep it read-only: the database is opened
 * read-only (no DDL or DML); file access is limited to the lake's live Parquet files and the
 * configuration locked (no COPY … TO, ATTACH, INSTALL, LOAD, read_csv of other files); and
 * only statements that read are accepted, since a live file could otherwise be overwritten.
 */
public final class ReadOnlySession implements AutoCloseable {

    private static final Set<String> READING_STATEMENTS = Set.of(
            "select", "with", "from", "values", "table", "show", "describe", "desc", "summarize", "explain", "pragma");

    private static final String PARTITIONED_FILES = "/**/*.parquet";

    private final Connection connection;

    public ReadOnlySession(Path catalogFile) {
        this.connection = Catalog.openReadOnly(catalogFile);
        try (Statement statement = connection.createStatement()) {
            List<String> files = new ArrayList<>();
            List<String> folders = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "select distinct unnest(regexp_extract_all(sql, '''([^'']+\\.parquet)''', 1))"
                            + " from duckdb_views() where starts_with(view_name, '" + CatalogBuilder.LAKE_PREFIX + "')")) {
                while (rs.next()) {
                    String path = rs.getString(1);
                    if (path.endsWith(PARTITIONED_FILES)) {
                        folders.add(path.substring(0, path.length() - PARTITIONED_FILES.length()));
                    } else {
                        files.add(path);
                    }
                }
            }
            statement.execute("set allowed_paths = [" + String.join(", ",
                    files.stream().map(CatalogBuilder::quote).toList()) + "]");
            statement.execute("set allowed_directories = [" + String.join(", ",
                    folders.stream().map(CatalogBuilder::quote).toList()) + "]");
            statement.execute("set enable_external_access = false");
            statement.execute("set lock_configuration = true");
        } catch (SQLException e) {
            close();
            throw new CatalogException("cannot open a read-only session on " + catalogFile + ": " + e.getMessage(), e);
        }
    }

    /** Runs one query; a statement that could write is refused before it reaches DuckDB. */
    public ResultSet query(String sql) throws SQLException {
        String statementText = readingStatement(sql);
        Statement statement = connection.createStatement();
        statement.closeOnCompletion();
        try {
            return statement.executeQuery(statementText);
        } catch (SQLException e) {
            statement.close();
            throw explained(e);
        }
    }

    /** The one statement of {@code sql} if it only reads; otherwise refused with the reason. */
    public static String readingStatement(String sql) throws ReadOnlyViolation {
        List<String> statements = SqlStatements.split(sql);
        if (statements.isEmpty()) {
            throw new ReadOnlyViolation("the query is empty");
        }
        if (statements.size() > 1) {
            throw new ReadOnlyViolation("give one statement at a time (found " + statements.size() + ")");
        }
        String keyword = SqlStatements.firstKeyword(statements.get(0)).toLowerCase(Locale.ROOT);
        if (!READING_STATEMENTS.contains(keyword)) {
            throw new ReadOnlyViolation("the catalog is read-only: '" + keyword.toUpperCase(Locale.ROOT)
                    + "' statements are refused; use SELECT, SHOW, DESCRIBE, SUMMARIZE, EXPLAIN or PRAGMA");
        }
        return statements.get(0);
    }

    /** DuckDB's own refusal of a write, said as kaifang says it. */
    static SQLException explained(SQLException e) {
        if (e.getMessage() != null && (e.getMessage().contains("read-only mode")
                || e.getMessage().contains("file system operations are disabled"))) {
            return new ReadOnlyViolation("the catalog is read-only: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return e;
    }

    /**
     * A JDBC connection for tools (the SQL shell): DuckDB's connection with every statement
     * passed through {@link #readingStatement} first. Closing it closes the session.
     */
    public Connection guardedConnection() {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close" -> {
                            close();
                            return null;
                        }
                        case "prepareStatement", "prepareCall", "nativeSQL" -> args[0] = readingStatement((String) args[0]);
                        case "setReadOnly", "setTransactionIsolation", "setAutoCommit" -> {
                            return null;
                        }
                        default -> {
                        }
                    }
                    Object result = invoke(connection, method, args);
                    // DuckDB's plain statement is a PreparedStatement too: tell them by how they were made
                    return method.getName().equals("createStatement") ? guarded((Statement) result) : result;
                });
    }

    private static Statement guarded(Statement statement) {
        return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(),
                new Class<?>[] {Statement.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("execute") || method.getName().equals("addBatch")) {
                        if (args != null && args.length > 0 && args[0] instanceof String sql) {
                            args[0] = readingStatement(sql);
                        }
                    }
                    return invoke(statement, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof SQLException sql ? explained(sql) : e.getCause();
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a read-only connection cannot lose anything
        }
    }

    /** A statement refused because it could write. */
    public static final class ReadOnlyViolation extends SQLException {
        public ReadOnlyViolation(String message) {
            super(message);
        }
    }
}
