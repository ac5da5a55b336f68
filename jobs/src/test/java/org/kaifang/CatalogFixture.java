package org.kaifang;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.kaifang.catalog.CatalogBuilder;
import org.kaifang.catalog.SqlModels;
import org.kaifang.table.Column;
import org.kaifang.table.ColumnType;
import org.kaifang.table.LakeTable;
import org.kaifang.table.SqlText;
import org.kaifang.source.ReferenceLoader;
import org.kaifang.table.ValidRow;

/**
 * The catalog's SQL on a few rows, as dbt's unit tests run a model: an in-memory DuckDB whose
 * {@code lake_*} relations are tables the test fills (the shipped reference tables already in),
 * with every model and check of {@code sql/} created as views over them. A row added is current
 * and in the history ({@code lake_<table>_history}); {@link #formerRows} adds a version that
 * is in the history only. No job, no Parquet,
 * no CLI: a view test builds and queries in milliseconds.
 *
 * <p>Building the views costs about a second, so a test class shares the one fixture of the
 * JVM ({@link #shared()}), registered as an extension that keeps each test's rows in a
 * transaction of its own, rolled back after it:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final CatalogFixture sql = CatalogFixture.shared();
 *
 * sql.rows(LakeTable.OBSERVATION, "region_code, indicator_code, year, value",
 *         "430300, fdi_actual, 2011, 4.68e8");
 * sql.value("select value from fct_indicator_yearly");   // "4.68"
 * </pre>
 */
public final class CatalogFixture implements AutoCloseable, BeforeEachCallback, AfterEachCallback {

    /** The fixture's DuckDB connection, for code under test that reads the catalog itself (a report). */
    public Connection connection() {
        return connection;
    }

    /** The vintage of fixture rows that do not give one. */
    public static final String VINTAGE = "2026-01-01 00:00:00";

    /**
     * A rate, share or change worked out by hand, as the views hold it: to 9 places (their
     * noise_free), printed as DuckDB prints a double.
     */
    public static String exact(double value) {
        return String.valueOf(BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_UP).doubleValue());
    }

    private static final SqlModels MODELS = SqlModels.fromClasspath();

    private final Connection connection;
    private final Map<LakeTable, Integer> lines = new LinkedHashMap<>();
    private boolean stored;

    private CatalogFixture(Connection connection) {
        this.connection = connection;
    }

    private static CatalogFixture shared;

    /** One fixture for every view test of the JVM: tests run one at a time, each in a transaction. */
    public static synchronized CatalogFixture shared() {
        if (shared == null) {
            shared = withReference();
        }
        return shared;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        begin();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        rollback();
    }

    /** Starts a test's transaction: the rows it adds vanish at {@link #rollback()}. */
    public void begin() {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops every row added since {@link #begin()}: the next test finds the reference tables alone. */
    public void rollback() {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("reset variable kaifang_as_of");
            }
            lines.clear();
            stored = false;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lake tables empty but for the reference tables of the shipped data/, and every view built. */
    public static CatalogFixture withReference() {
        try {
            CatalogFixture fixture = new CatalogFixture(DriverManager.getConnection("jdbc:duckdb:"));
            for (LakeTable table : LakeTable.values()) {
                fixture.createTable(table);
            }
            try (Statement statement = fixture.connection.createStatement()) {
                statement.execute("create table " + CatalogBuilder.STATES
                        + " (state_time timestamp, source_file varchar, vintage timestamp)");
            }
            new ReferenceLoader(TestWarehouse.PROJECT_DATA).load().lakeRows().forEach(fixture::insertReference);
            CatalogBuilder.createViews(fixture.connection, MODELS);
            return fixture;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot build the catalog fixture: " + e.getMessage(), e);
        }
    }

    /**
     * Adds rows to a lake table: a header naming some of its columns, then one line per row,
     * comma-separated (CSV quoting for text with commas); an empty cell is null. Values are in
     * the lake's base units (4.68 亿美元 is 4.68e8). Columns left out are null, except the stamp:
     * {@code source_file} fixture/&lt;table&gt;.csv, {@code source_line} counting from 2 and
     * {@code vintage} {@value #VINTAGE}.
     */
    public CatalogFixture rows(LakeTable table, String header, String... rows) {
        return add(table, true, header, rows);
    }

    /**
     * Stores the rows of the materialized models, as the nightly's catalog holds them, for the
     * rest of this test: a brief's dozens of queries then take milliseconds each instead of
     * planning the whole tree of views every time. Rows can no longer be added after it.
     */
    public CatalogFixture stored() {
        if (!stored) {
            try {
                CatalogBuilder.storeMaterialized(connection, MODELS);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot store the materialized models: " + e.getMessage(), e);
            }
            stored = true;
        }
        return this;
    }

    /** Adds rows as {@link #rows} does, to the history only: versions no longer current. */
    public CatalogFixture formerRows(LakeTable table, String header, String... rows) {
        return add(table, false, header, rows);
    }

    /** Rows changed after {@link #stored()} would not reach the stored models: a test's mistake, said at once. */
    private void beforeStoring() {
        if (stored) {
            throw new IllegalStateException("rows changed after the models were stored would not reach them: change rows first");
        }
    }

    private CatalogFixture add(LakeTable table, boolean current, String header, String... rows) {
        beforeStoring();
        List<String> names = Arrays.stream(header.split(",")).map(String::strip).toList();
        Map<String, Column> columns = table.columns().stream().collect(Collectors.toMap(Column::name, c -> c));
        for (String name : names) {
            if (!columns.containsKey(name)) {
                throw new IllegalArgumentException("lake_" + table.tableName() + " has no column " + name
                        + "; its columns: " + columns.keySet());
            }
        }
        for (String row : rows) {
            CSVRecord cells = parse(row);
            if (cells.size() != names.size()) {
                throw new IllegalArgumentException(names.size() + " columns in the header but " + cells.size()
                        + " in: " + row);
            }
            Map<String, String> byName = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String cell = cells.get(i).strip();
                byName.put(names.get(i), cell.isEmpty() ? null : cell);
            }
            insert(table, byName, current);
        }
        return this;
    }

    /**
     * Judges the source calendar on {@code day} (YYYY-MM-DD) for the rest of this test, as the
     * nightly's build judges it on the run date: {@code calendar_as_of()} in sql/05_rules.
     */
    public CatalogFixture asOf(String day) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set variable kaifang_as_of = date " + SqlText.literal(day));
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Records the lake's state at a time, as a catalog build does: the file versions of the
     * current observation rows ({@code observation_as_of} reads it).
     */
    public CatalogFixture recordState(String time) {
        beforeStoring();
        try (Statement statement = connection.createStatement()) {
            statement.execute("insert into " + CatalogBuilder.STATES + " select distinct timestamp "
                    + SqlText.literal(time) + ", source_file, vintage from lake_observation");
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes the rows of a source file from the current lake, as deleting the file does; the history keeps them. */
    public CatalogFixture withdraw(String sourceFile) {
        beforeStoring();
        try (Statement statement = connection.createStatement()) {
            statement.execute("delete from lake_observation where source_file = " + SqlText.literal(sourceFile));
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Changes a view for this test as editing its file would: {@code edit} is given the shipped
     * SQL file and returns the new text, which must differ. The test's rollback restores the view.
     */
    public CatalogFixture editView(String name, UnaryOperator<String> edit) {
        beforeStoring();
        String shipped = MODELS.view(name).orElseThrow(() -> new IllegalArgumentException("no view " + name)).sql();
        String edited = edit.apply(shipped);
        if (edited.equals(shipped)) {
            throw new IllegalArgumentException("the edit leaves " + name + " as shipped");
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(edited);
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException(name + " as edited: " + e.getMessage(), e);
        }
    }

    /** Every row of a query, each value as text (null stays null). */
    public List<List<String>> query(String sql) {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return TestWarehouse.rows(rs);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The one row a query must return. */
    public List<String> row(String sql) {
        List<List<String>> rows = query(sql);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row from " + sql + " but got " + rows);
        }
        return rows.get(0);
    }

    /** The single value of a one-row, one-column query. */
    public String value(String sql) {
        List<String> row = row(sql);
        if (row.size() != 1) {
            throw new AssertionError("expected one column from " + sql + " but got " + row);
        }
        return row.get(0);
    }

    /** The single value of a one-row, one-column query, as a number (null when SQL gave null). */
    public Double number(String sql) {
        String value = value(sql);
        return value == null ? null : Double.valueOf(value);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void createTable(LakeTable table) throws SQLException {
        String columns = table.columns().stream().map(c -> c.name() + " " + c.type().duckdbType())
                .collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table " + CatalogBuilder.LAKE_PREFIX + table.tableName() + " (" + columns + ")");
            statement.execute("create table " + history(table) + " (" + columns + ")");
        }
    }

    /** The reference rows in one statement per table: a row at a time would cost a second. */
    private void insertReference(LakeTable table, List<ValidRow> rows) {
        List<Column> own = table.ownColumns();
        StringBuilder values = new StringBuilder();
        for (ValidRow row : rows) {
            values.append(values.isEmpty() ? "(" : ", (");
            for (int i = 0; i < own.size(); i++) {
                Object value = row.row().values()[i];
                // a time is held as microseconds from the epoch, as the Parquet writer takes it
                values.append(value == null ? "null" : own.get(i).type() == ColumnType.TIMESTAMP
                        ? "make_timestamp(" + value + ")" : SqlText.literal(value.toString())).append(", ");
            }
            values.append(SqlText.literal(row.file())).append(", ").append(row.line()).append(", ")
                    .append(SqlText.literal(VINTAGE)).append(')');
        }
        String select = table.columns().stream().map(c -> "cast(" + c.name() + " as " + c.type().duckdbType() + ")")
                .collect(Collectors.joining(", "));
        String names = table.columns().stream().map(Column::name).collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement()) {
            for (String target : List.of(CatalogBuilder.LAKE_PREFIX + table.tableName(), history(table))) {
                statement.execute("insert into " + target + " select " + select + " from (values " + values
                        + ") as v(" + names + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the reference table " + table.tableName() + ": " + e.getMessage(), e);
        }
    }

    private static String history(LakeTable table) {
        return CatalogBuilder.LAKE_PREFIX + table.tableName() + "_history";
    }

    private void insert(LakeTable table, Map<String, String> given, boolean current) {
        int line = lines.merge(table, 1, Integer::sum) + 1;
        Map<String, String> values = new LinkedHashMap<>(given);
        if (table.isStamped()) {
            values.putIfAbsent("source_file", "fixture/" + table.tableName() + ".csv");
            values.putIfAbsent("source_line", String.valueOf(line));
            values.putIfAbsent("vintage", VINTAGE);
        }
        List<Column> columns = table.columns().stream().filter(c -> values.containsKey(c.name())).toList();
        String into = " (" + columns.stream().map(Column::name).collect(Collectors.joining(", ")) + ") select "
                + columns.stream().map(c -> "cast(? as " + c.type().duckdbType() + ")").collect(Collectors.joining(", "));
        if (current) {
            insert(table, CatalogBuilder.LAKE_PREFIX + table.tableName() + into, columns, values);
        }
        insert(table, history(table) + into, columns, values);
    }

    private void insert(LakeTable table, String into, List<Column> columns, Map<String, String> values) {
        try (PreparedStatement insert = connection.prepareStatement("insert into " + into)) {
            for (int i = 0; i < columns.size(); i++) {
                insert.setString(i + 1, values.get(columns.get(i).name()));
            }
            insert.execute();
        } catch (SQLException e) {
            throw new IllegalArgumentException("cannot add " + values + " to lake_" + table.tableName() + ": "
                    + e.getMessage(), e);
        }
    }

    private static CSVRecord parse(String line) {
        try {
            return CSVFormat.DEFAULT.parse(new StringReader(line)).getRecords().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
