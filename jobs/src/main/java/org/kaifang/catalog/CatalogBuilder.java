package org.kaifang.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.kaifang.lake.LakeFile;
import org.kaifang.lake.LakeManifest;
import org.kaifang.lake.LakeStates;
import org.kaifang.lake.SourceVersion;
import org.kaifang.table.Column;
import org.kaifang.table.LakeTable;
import org.kaifang.table.SqlText;
import org.slf4j.LoggerFactory;

/**
 * Builds the DuckDB catalog: views over exactly the live Parquet files, then every model of
 * {@code sql/}, then the checks and {@code data_quality}. The catalog is built as a new file
 * beside the old one and renamed over it, so readers see the old state or the new, never a mix.
 */
public final class CatalogBuilder {

    /** Views over the lake's Parquet files are named lake_<table> and lake_<table>_history. */
    public static final String LAKE_PREFIX = "lake_";

    /** Where the rows of materialized models are stored. */
    public static final String MATERIALIZED_SCHEMA = "materialized";

    private final Path catalogFile;
    private final SqlModels models;

    public CatalogBuilder(Path catalogFile, SqlModels models) {
        this.catalogFile = catalogFile;
        this.models = models;
    }

    /** The table of the lake's states (which source versions were current from when), from {@link LakeStates}. */
    public static final String STATES = LAKE_PREFIX + "state";

    /**
     * @param manifest the lake's files
     * @param current  the source versions loaded now: their files are the lake's current state;
     *                 every other file is history
     * @param states   the lake's states file ({@link LakeStates}): stored in the catalog as
     *                 {@value #STATES}, so a reader of this catalog sees the states it was built with
     * @param asOf     the day the source calendar is judged on in data_quality: the run's date
     * @param beforePublishing run once the new catalog is complete, before it replaces the old
     *                 one: where the job pauses for the reliability tests
     */
    public void build(LakeManifest manifest, Set<SourceVersion> current, Path states, LocalDate asOf,
                      Runnable beforePublishing) {
        Path building = catalogFile.resolveSibling(catalogFile.getFileName() + ".building");
        try {
            Files.createDirectories(catalogFile.toAbsolutePath().getParent());
            Files.deleteIfExists(building);
            Files.deleteIfExists(building.resolveSibling(building.getFileName() + ".wal"));
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + building.toAbsolutePath(),
                    olderClients())) {
                // one transaction for the whole build: thousands of statements (every comment is
                // one) would otherwise each commit to the write-ahead log; the file is renamed into
                // place only once complete anyway
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    // the source calendar is judged on the run's date (calendar_as_of() in sql/05_rules)
                    statement.execute("set variable kaifang_as_of = date '" + asOf + "'");
                    createLakeViews(statement, manifest, current);
                    createStates(statement, states);
                }
                applyAndStore(connection, ModelOrder.sort(models.views()));
                createChecks(connection, models.checks());
                storeDataQuality(connection, models.checks());
                connection.commit();
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("checkpoint");
                }
            }
            beforePublishing.run();
            Files.move(building, catalogFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            // the logger is found here, not when the class loads: a read-only query uses this class
            // and starts no logging
            LoggerFactory.getLogger(CatalogBuilder.class).info("catalog published: {}", catalogFile);
        } catch (SQLException e) {
            throw new CatalogException("cannot build the catalog: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the catalog " + catalogFile, e);
        }
    }

    /**
     * The oldest DuckDB release whose clients open the catalog: analysts' Python, R, DBeaver and
     * CLI installs lag the newest release by months, and a file in the newest storage format
     * is refused by every older client ("Trying to read a database file with version number …").
     */
    private static final String OLDEST_CLIENT = "v1.2.0";

    /** The catalog file written in {@value #OLDEST_CLIENT}'s storage format, which later clients read too. */
    private static Properties olderClients() {
        Properties properties = new Properties();
        properties.setProperty("storage_compatibility_version", OLDEST_CLIENT);
        return properties;
    }

    /**
     * Creates every model and check of {@code models} as views on a connection that already
     * holds the {@code lake_*} relations, without storing any rows: what a view test needs to
     * run the catalog's SQL on a few rows of its own.
     */
    public static void createViews(Connection connection, SqlModels models) throws SQLException {
        apply(connection, ModelOrder.sort(models.views()));
        createChecks(connection, models.checks());
        createDataQuality(connection, models.checks());
    }

    /**
     * Stores the rows of every model declared {@code -- materialized: table} on a connection
     * whose views {@link #createViews} made, as the nightly's build does: code under test that
     * runs many queries (a brief) then reads stored rows, not the whole tree of views each time.
     */
    public static void storeMaterialized(Connection connection, SqlModels models) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create schema " + MATERIALIZED_SCHEMA);
        }
        for (SqlModel model : ModelOrder.sort(models.views())) {
            if (model.isMaterialized()) {
                // from the view as it stands, which a test may have changed from the shipped file
                store(connection, model, "select * from main." + model.name());
            }
        }
    }

    /** Creates the models in the order given: each after every model it reads ({@link ModelOrder}). */
    private static void apply(Connection connection, List<SqlModel> ordered) throws SQLException {
        for (SqlModel model : ordered) {
            execute(connection, model, model.sql());
        }
    }

    /**
     * Creates the models in order, storing the rows of every model declared
     * {@code -- materialized: table} in the schema {@value #MATERIALIZED_SCHEMA} instead of
     * creating its view over what it reads: its view reads the stored rows, comments kept.
     * Leaders' views sit on several layers of views over many small Parquet files; planning and
     * reading those on every query costs tens of milliseconds, reading a stored table almost
     * nothing. Storing each model before the next is created also keeps the build quick: a model
     * binds the stored rows of what it reads, not the whole tree of views below. The catalog is
     * rebuilt whenever the lake changes, so the stored rows are never stale.
     */
    private static void applyAndStore(Connection connection, List<SqlModel> ordered) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create schema " + MATERIALIZED_SCHEMA);
        }
        for (SqlModel model : ordered) {
            if (model.isMaterialized()) {
                store(connection, model, model.query());
            } else {
                execute(connection, model, model.sql());
            }
        }
    }

    /**
     * Stores the rows of a model's query and points its view at them, with the model's comments:
     * the view and its comments go in one call, since each comment is a change to the catalog.
     */
    private static void store(Connection connection, SqlModel model, String query) throws SQLException {
        String stored = MATERIALIZED_SCHEMA + "." + model.name();
        execute(connection, model, "create table " + stored + " as\n" + query);
        execute(connection, model, "comment on table " + stored + " is "
                + quote("The rows of the view main." + model.name() + " (sql/" + model.path() + "), stored when the catalog was built.")
                + ";\ncreate or replace view main." + model.name() + " as select * from " + stored + ";\n"
                + String.join(";\n", model.comments()));
    }

    /** Runs a model's SQL on a statement of its own: DuckDB closes a statement that failed. */
    private static void execute(Connection connection, SqlModel model, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new CatalogException("sql/" + model.path() + ": " + e.getMessage(), e);
        }
    }

    private void createLakeViews(Statement statement, LakeManifest manifest, Set<SourceVersion> current)
            throws SQLException {
        for (LakeTable table : LakeTable.values()) {
            List<LakeFile> all = manifest.files().stream().filter(f -> f.table() == table).toList();
            List<LakeFile> live = all.stream().filter(f -> current.stream().anyMatch(f::isLoadOf)).toList();
            String grain = table.isMart() ? "One row per key of sql/marts/" + table.tableName() + ".sql and detail file"
                    : "One row per source row";
            createLakeView(statement, table, LAKE_PREFIX + table.tableName(), live, manifest,
                    table.description() + ": the current version of every source file. " + grain + ".");
            createLakeView(statement, table, LAKE_PREFIX + table.tableName() + "_history", all, manifest,
                    table.description() + ": every version ever loaded. " + grain + " per version.");
        }
    }

    private static void createLakeView(Statement statement, LakeTable table, String name, List<LakeFile> files,
                                       LakeManifest manifest, String comment) throws SQLException {
        List<Column> columns = table.columns();
        List<LakeFile> readable = files.stream().filter(f -> f.rows() > 0).toList();
        String select;
        if (readable.isEmpty()) {
            select = noRows(table);
        } else {
            // A partitioned table's file is a folder whose year lives in the path (hive style).
            String source = "read_parquet([" + readable.stream()
                    .map(f -> quote(manifest.resolve(f).toAbsolutePath() + (table.isPartitioned() ? "/**/*.parquet" : "")))
                    .collect(Collectors.joining(", ")) + "], union_by_name = true"
                    + (table.isPartitioned() ? ", hive_partitioning = true" : "") + ")";
            select = declaredColumns(statement, table, source);
        }
        // the view and its comments in one call: each statement through the driver costs as much
        // again as DuckDB's own work on a comment
        StringBuilder sql = new StringBuilder("create view " + name + " as " + select + ";\n")
                .append("comment on view " + name + " is " + quote(comment) + ";\n");
        for (Column column : columns) {
            sql.append("comment on column " + name + "." + column.name() + " is " + quote(column.description()) + ";\n");
        }
        statement.execute(sql.toString());
    }

    /**
     * A select of a lake table's declared columns from Parquet files of it. Files written before
     * a column was added lack it: it reads as null there. Casts keep the declared types whichever
     * engine wrote the file.
     *
     * @param source a {@code read_parquet(...)} of the files
     */
    public static String declaredColumns(Statement statement, LakeTable table, String source) throws SQLException {
        Set<String> present = columnsOf(statement, source);
        return "select " + table.columns().stream()
                .map(c -> (present.contains(c.name()) ? "cast(" + c.name() + " as " + c.type().duckdbType() + ")"
                        : "cast(null as " + c.type().duckdbType() + ")") + " as " + c.name())
                .collect(Collectors.joining(", ")) + " from " + source;
    }

    /** A select of a lake table's declared columns with no rows: a table no file holds yet. */
    public static String noRows(LakeTable table) {
        return "select " + table.columns().stream()
                .map(c -> "cast(null as " + c.type().duckdbType() + ") as " + c.name())
                .collect(Collectors.joining(", ")) + " where false";
    }

    private static void createStates(Statement statement, Path states) throws SQLException {
        statement.execute("create table " + STATES + " (state_time timestamp, source_file varchar, vintage timestamp)");
        if (Files.exists(states)) {
            statement.execute("insert into " + STATES + " select * from read_csv(" + quote(states.toAbsolutePath().toString())
                    + ", header = true, columns = {'state_time': 'timestamp', 'source_file': 'varchar', 'vintage': 'timestamp'})");
        }
        statement.execute("comment on table " + STATES + " is " + quote("The lake's states: which version (vintage) of each"
                + " source file was current from state_time on, one set per catalog build. One row per file per state."));
    }

    private static Set<String> columnsOf(Statement statement, String source) throws SQLException {
        Set<String> names = new HashSet<>();
        try (var rs = statement.executeQuery("select column_name from (describe select * from " + source + ")")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Creates every check's view: its query with the severity its header declares on every row. */
    private static void createChecks(Connection connection, List<SqlModel> checks) throws SQLException {
        for (SqlModel check : checks) {
            // the severity is declared once, in the check's header, and set here on every row
            boolean byRow = check.severity().equals(SqlModel.SEVERITY_BY_ROW);
            // a row's own severity is taken only if it is one the checks step knows; any other is an error
            String severity = byRow ? "case when severity in ('warn', 'error') then severity else 'error' end as severity,"
                    + " * exclude (severity)" : quote(check.severity()) + " as severity, *";
            execute(connection, check, "create view " + check.name() + " as\n" + withSeverity(check.singleStatement(),
                    severity) + ";\ncomment on view " + check.name() + " is "
                    + quote("Data check (" + (byRow ? "warn or error by row" : check.severity()) + "): "
                    + check.summary() + " One row per failing figure or source."));
        }
    }

    /**
     * A check's query with the severity set on each row, its common table expressions kept at
     * the top: DuckDB 1.4.0 and 1.4.1 cannot read a view whose with stands inside a subquery
     * ("Table with name failing does not exist"), and analysts' clients of those releases must
     * read every view.
     */
    static String withSeverity(String query, String severity) {
        List<String> parts = SqlStatements.withAndMain(query);
        // a name no check's own expressions use
        String rows = "kaifang_check_rows as (\n" + parts.get(1) + "\n)";
        return (parts.get(0).isEmpty() ? "with " + rows : parts.get(0) + ",\n\n" + rows)
                + "\n\nselect " + severity + " from kaifang_check_rows";
    }

    /**
     * What each view whose rows a built catalog stores is defined by: a materialized model's
     * query, and data_quality's union of the checks. The view itself only reads the stored rows.
     */
    static Map<String, String> storedDefinitions(SqlModels models) {
        Map<String, String> definitions = new HashMap<>();
        models.views().stream().filter(SqlModel::isMaterialized).forEach(m -> definitions.put(m.name(), m.definition()));
        definitions.put("data_quality", dataQualityQuery(models.checks()));
        return definitions;
    }

    /** data_quality's definition: every check's rows, named by the check. */
    static String dataQualityQuery(List<SqlModel> checks) {
        if (checks.isEmpty()) {
            return "select cast(null as varchar) as check_name, cast(null as varchar) as severity,"
                    + " cast(null as varchar) as message where false";
        }
        return checks.stream().map(check -> "select " + quote(check.name()) + " as check_name, * from " + check.name())
                .collect(Collectors.joining("\nunion all by name\n"));
    }

    /** data_quality as a view over the checks: what a view test reads. */
    private static void createDataQuality(Connection connection, List<SqlModel> checks) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create view data_quality as\n" + dataQualityQuery(checks));
            commentDataQuality(connection, statement, checks);
        }
    }

    /**
     * data_quality with its rows stored, as a materialized model's are: the checks step and
     * every brief read it, and each read would otherwise run every check again. The rows are
     * stored one check at a time, so a check that fails is named.
     */
    private static void storeDataQuality(Connection connection, List<SqlModel> checks) throws SQLException {
        String stored = MATERIALIZED_SCHEMA + ".data_quality";
        try (Statement statement = connection.createStatement()) {
            // the union's columns and types, without running a check
            statement.execute("create table " + stored + " as\nselect * from (\n" + dataQualityQuery(checks)
                    + "\n) limit 0");
        }
        for (SqlModel check : checks) {
            execute(connection, check, "insert into " + stored + " by name select " + quote(check.name())
                    + " as check_name, * from " + check.name());
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("comment on table " + stored + " is "
                    + quote("The rows of the view main.data_quality, stored when the catalog was built.")
                    + ";\ncreate view data_quality as select * from " + stored);
            commentDataQuality(connection, statement, checks);
        }
    }

    private static void commentDataQuality(Connection connection, Statement statement, List<SqlModel> checks)
            throws SQLException {
        statement.execute("comment on view data_quality is 'Every failing row of every check in sql/checks/."
                + " severity error fails the nightly job (exit 3); warn only reports. One row per failing figure per check.'");
        for (String view : checks.stream().map(SqlModel::name).toList()) {
            commentCheckColumns(connection, statement, view);
        }
        commentCheckColumns(connection, statement, "data_quality");
    }

    private static final Map<String, String> CHECK_COLUMNS = Map.ofEntries(
            Map.entry("check_name", "The check that failed: a view named as its file in sql/checks/"),
            Map.entry("severity", "error (the warehouse cannot stand behind the data) or warn (reported only)"),
            Map.entry("region_code", "Region of the failing figure"),
            Map.entry("indicator_code", "Indicator of the failing figure"),
            Map.entry("year", "Year of the failing figure"),
            Map.entry("message", "What is wrong, in Chinese"),
            Map.entry("message_en", "What is wrong, in English"),
            Map.entry("source_pattern", "The late source of the calendar (chk_source_overdue)"),
            Map.entry("period", "The earliest period the source has not delivered past its deadline"),
            Map.entry("due_date", "That period's deadline"),
            Map.entry("days_late", "Days since the deadline, as of the run's date"),
            Map.entry("missing_periods", "Periods of the source past their deadline and not delivered"));

    private static void commentCheckColumns(Connection connection, Statement statement, String view)
            throws SQLException {
        // the view's own columns from binding it alone: duckdb_columns() binds every view of the
        // catalog on each call, a second per check on a catalog of layered views
        List<String> columns = new ArrayList<>();
        try (Statement describe = connection.createStatement();
             var rs = describe.executeQuery("select * from main." + view + " limit 0")) {
            var meta = rs.getMetaData();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                columns.add(meta.getColumnName(c));
            }
        }
        StringBuilder comments = new StringBuilder();
        for (String column : columns) {
            String description = CHECK_COLUMNS.getOrDefault(column, "Detail of the failing row");
            comments.append("comment on column " + view + "." + column + " is " + quote(description) + ";\n");
        }
        if (!comments.isEmpty()) {
            statement.execute(comments.toString());
        }
    }

    static String quote(String text) {
        return SqlText.literal(text);
    }
}
