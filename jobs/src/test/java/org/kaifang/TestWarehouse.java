package org.kaifang;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.kaifang.cli.Main;

/**
 * A data folder and a warehouse in a temporary folder, and the CLI run against them as a
 * user would run it. The data starts as a copy of the project's shipped data/ without China's
 * national series, whose 26 years of reports cost every nightly seconds that only the tests of
 * the national figures need: those start from {@link #withNationalSeries}.
 */
public final class TestWarehouse {

    public static final Path PROJECT_DATA = Path.of("..", "data").toAbsolutePath().normalize();

    private final Path data;
    private final Path warehouse;

    private String language;

    /** The shipped source of China's national series (World Bank WDI). */
    public static final String NATIONAL_SERIES = "sources/observations/china_wdi.csv";

    public TestWarehouse(Path root) {
        this(root, false);
    }

    private TestWarehouse(Path root, boolean nationalSeries) {
        this.data = root.resolve("data");
        this.warehouse = root.resolve("warehouse");
        copyTree(PROJECT_DATA, data);
        if (!nationalSeries) {
            withoutNationalSeries(data);
        }
    }

    private TestWarehouse(Path data, Path warehouse, String language) {
        this.data = data;
        this.warehouse = warehouse;
        this.language = language;
    }

    /**
     * A copy of this data folder and warehouse under another root: a test that starts from a
     * night already run copies its result instead of running it again (a warehouse holds no
     * path of its own folder).
     */
    public TestWarehouse copyTo(Path root) {
        TestWarehouse copy = new TestWarehouse(root.resolve("data"), root.resolve("warehouse"), language);
        copyTree(data, copy.data);
        copyTree(warehouse, copy.warehouse);
        return copy;
    }

    /** The whole of the shipped data, China's national series included. */
    public static TestWarehouse withNationalSeries(Path root) {
        return new TestWarehouse(root, true);
    }

    /** Removes China's national series from a copy of the shipped data. */
    public static void withoutNationalSeries(Path data) {
        try {
            Files.delete(data.resolve(NATIONAL_SERIES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path data() {
        return data;
    }

    public Path warehouse() {
        return warehouse;
    }

    public Path catalog() {
        return warehouse.resolve("kaifang.duckdb");
    }

    /** The result of one CLI command. */
    public record Run(int exitCode, String out, String err) {
    }

    /** Commands run with --lang en (unless they name a language): for tests reading English messages. */
    public TestWarehouse inEnglish() {
        this.language = "en";
        return this;
    }

    public Run kaifang(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (language != null && !all.contains("--lang")) {
            all.addAll(List.of("--lang", language));
        }
        all.addAll(List.of("--data", data.toString(), "--warehouse", warehouse.toString()));
        return run(all.toArray(String[]::new));
    }

    /** Runs the CLI with exactly these arguments. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    public Run nightly(String date, String... more) {
        List<String> args = new ArrayList<>(List.of("nightly", "--date", date));
        args.addAll(List.of(more));
        return kaifang(args.toArray(String[]::new));
    }

    /** Appends lines to a source file, creating it with the header if needed. */
    public void append(String sourceFile, String... lines) {
        Path file = data.resolve(sourceFile);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String sourceFile, String... lines) {
        Path file = data.resolve(sourceFile);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of the first rejects file written (header first), or none when nothing was rejected. */
    public List<String> rejectLines() {
        Path folder = warehouse.resolve("rejects");
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            Path file = files.filter(Files::isRegularFile).findFirst().orElseThrow();
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a query on the catalog, opened read-only as an analyst would; values as text. */
    public List<List<String>> query(String sql) {
        return new Catalog(catalog()).query(sql);
    }

    /** A catalog file, read the way analysts read it: read-only. */
    public record Catalog(Path file) {

        /**
         * A fingerprint of every view's contents, blind to when things were loaded: the columns
         * named vintage only trace the load, so two warehouses built from the same folder by
         * different sequences of runs must agree on everything else.
         */
        public Map<String, String> contentsOfEveryView() {
            return contentsOfViews(true);
        }

        /** The same, for the views of the present only: not the histories, which remember what was. */
        public Map<String, String> contentsOfCurrentViews() {
            return contentsOfViews(false);
        }

        private Map<String, String> contentsOfViews(boolean withHistories) {
            // one connection for every view: opening the catalog for each query costs more than the query
            Map<String, String> contents = new TreeMap<>();
            Properties readOnly = new Properties();
            readOnly.setProperty("duckdb.read_only", "true");
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly);
                 Statement statement = connection.createStatement()) {
                List<String> views;
                try (ResultSet rs = statement.executeQuery("select view_name from duckdb_views() where not internal")) {
                    views = rows(rs).stream().map(r -> r.get(0)).toList();
                }
                for (String name : views) {
                    if (!withHistories && name.endsWith("_history")) {
                        continue;
                    }
                    try (ResultSet rs = statement.executeQuery(
                            contentsQuery("(select columns(lambda c: c <> 'vintage') from " + name + ")"))) {
                        contents.put(name, rows(rs).get(0).get(0));
                    }
                }
                return contents;
            } catch (SQLException e) {
                throw new IllegalStateException(file + ": " + e.getMessage(), e);
            }
        }

        public List<List<String>> query(String sql) {
            return answers(List.of(sql)).get(0);
        }

        /** The single value of each of these one-row, one-column queries, on one connection. */
        public List<String> values(List<String> queries) {
            List<List<List<String>>> answers = answers(queries);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                values.add(single(queries.get(i), answers.get(i)));
            }
            return values;
        }

        /** The rows of each query, on one connection: opening the catalog costs more than a small query. */
        private List<List<List<String>>> answers(List<String> queries) {
            Properties readOnly = new Properties();
            readOnly.setProperty("duckdb.read_only", "true");
            List<List<List<String>>> answers = new ArrayList<>();
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly);
                 Statement statement = connection.createStatement()) {
                for (String sql : queries) {
                    try (ResultSet rs = statement.executeQuery(sql)) {
                        answers.add(rows(rs));
                    } catch (SQLException e) {
                        throw new IllegalStateException(sql + ": " + e.getMessage(), e);
                    }
                }
                return answers;
            } catch (SQLException e) {
                throw new IllegalStateException(file + ": " + e.getMessage(), e);
            }
        }
    }

    /** Every row of a result, each value as text (null stays null). */
    public static List<List<String>> rows(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<List<String>> rows = new ArrayList<>();
        while (rs.next()) {
            List<String> row = new ArrayList<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                Object v = rs.getObject(c);
                row.add(v == null ? null : v.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    /** The single value of a one-row, one-column query. */
    public String value(String sql) {
        return single(sql, query(sql));
    }

    private static String single(String sql, List<List<String>> rows) {
        if (rows.size() != 1) {
            throw new AssertionError("expected one row from " + sql + " but got " + rows);
        }
        return rows.get(0).get(0);
    }

    public double number(String sql) {
        return Double.parseDouble(value(sql));
    }

    /** The names of every view in the catalog. */
    public List<String> views() {
        return query("select view_name from duckdb_views() where not internal order by 1")
                .stream().map(r -> r.get(0)).toList();
    }

    /** A fingerprint of a view's full contents, independent of row order. */
    public String contents(String view) {
        return value(contentsQuery(view));
    }

    /** The query of {@link #contents}: its row count and an order-free hash of its rows. */
    public static String contentsQuery(String relation) {
        return "select count(*) || ':' || coalesce(sum(hash(t)), 0) from " + relation + " as t";
    }

    public List<Path> lakeFiles() {
        try (Stream<Path> files = Files.walk(warehouse.resolve("lake"))) {
            return files.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A data folder of the shipped sources with generated customs detail of that many rows, and
     * the reference the detail needs; the generator writes into {@code scratch} first.
     */
    public static void dataWithCustomsDetail(Path data, Path scratch, int rows) {
        Path generated = scratch.resolve("generated-" + rows);
        Run generate = run("generate", "--rows", String.valueOf(rows), "--out", generated.toString(),
                "--data", PROJECT_DATA.toString());
        if (generate.exitCode() != 0) {
            throw new IllegalStateException("generate failed: " + generate.err());
        }
        copyTree(generated.resolve("reference"), data.resolve("reference"));
        copyTree(generated.resolve("sources"), data.resolve("sources"));
        copyTree(PROJECT_DATA.resolve("sources"), data.resolve("sources"));
        withoutNationalSeries(data);
    }

    /** Empties a folder, keeping the folder itself. */
    public static void clear(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(folder)) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
