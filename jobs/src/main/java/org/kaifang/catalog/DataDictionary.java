package org.kaifang.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data dictionary, read from DuckDB's own catalog so it can never drift from the views:
 * every view and table macro with its description, grain, columns, and lineage (the views and
 * lake tables it reads, and the views that read it).
 */
public final class DataDictionary {

    /** A column of a view. */
    public record Field(String name, String type, String description) {
    }

    /** A view or table macro, with what it reads and what reads it. */
    public record Entry(String name, String kind, String layer, String description, String grain,
                        List<Field> columns, List<String> reads, List<String> readBy) {
    }

    private static final List<String> LAYERS = List.of("rule", "lake", "dimension", "staging", "fact", "report", "quality");
    private static final Pattern GRAIN = Pattern.compile("(?i)(one row per [^.]*\\.)");
    private static final Pattern PARQUET = Pattern.compile("'([^']*/lake/([a-z_]+)/[^']*\\.parquet)'");

    private DataDictionary() {
    }

    /**
     * @param models the SQL the catalog was built from: a materialized model's view only reads
     *               its stored rows, so what it reads is taken from its definition
     */
    public static List<Entry> read(Connection catalog, SqlModels models) throws SQLException {
        Map<String, String[]> objects = new LinkedHashMap<>();
        Map<String, String> stored = CatalogBuilder.storedDefinitions(models);
        try (Statement statement = catalog.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "select view_name, comment, sql from duckdb_views() where not internal")) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    String sql = rs.getString(3);
                    String definition = stored.get(name);
                    boolean readsStoredRows = definition != null && sql.replace("\"", "")
                            .contains(CatalogBuilder.MATERIALIZED_SCHEMA + "." + name);
                    objects.put(name, readsStoredRows ? new String[] {"view (rows stored)", rs.getString(2), definition}
                            : new String[] {"view", rs.getString(2), sql});
                }
            }
            try (ResultSet rs = statement.executeQuery("select function_name, comment, macro_definition"
                    + " from duckdb_functions() where function_type = 'table_macro' and not internal")) {
                while (rs.next()) {
                    objects.put(rs.getString(1), new String[] {"table macro", rs.getString(2), rs.getString(3)});
                }
            }
            // the rules of sql/05_rules: a formula every view calls, listed with what reads it
            try (ResultSet rs = statement.executeQuery("select function_name, any_value(comment),"
                    + " any_value(macro_definition) from duckdb_functions() where function_type = 'macro'"
                    + " and not internal and schema_name = 'main' group by function_name")) {
                while (rs.next()) {
                    objects.put(rs.getString(1), new String[] {"macro", rs.getString(2), rs.getString(3)});
                }
            }
        }
        Map<String, String> layers = new LinkedHashMap<>();
        objects.forEach((name, object) -> layers.put(name, object[0].equals("macro") ? "rule" : layer(name)));
        Comparator<String> byLayer = byLayer(layers);
        Map<String, List<Field>> columns = columns(catalog);
        Map<String, List<String>> reads = new LinkedHashMap<>();
        for (var object : objects.entrySet()) {
            List<String> read = new ArrayList<>();
            SqlStatements.Names names = SqlStatements.Names.of(object.getValue()[2]);
            for (String other : objects.keySet()) {
                if (!other.equals(object.getKey()) && names.mentions(other, objects.get(other)[0].contains("macro"))) {
                    read.add(other);
                }
            }
            read.sort(byLayer);
            read.addAll(parquetFolders(object.getValue()[2]));
            reads.put(object.getKey(), read);
        }
        List<Entry> entries = new ArrayList<>();
        for (var object : objects.entrySet()) {
            String name = object.getKey();
            String description = object.getValue()[1] == null ? "" : object.getValue()[1];
            Matcher grain = GRAIN.matcher(description);
            List<String> readBy = reads.entrySet().stream().filter(e -> e.getValue().contains(name))
                    .map(Map.Entry::getKey).sorted(byLayer).toList();
            String grainText = grain.find() ? grain.group(1) : "";
            if (!grainText.isEmpty()) {
                grainText = Character.toUpperCase(grainText.charAt(0)) + grainText.substring(1);
            }
            entries.add(new Entry(name, object.getValue()[0], layers.get(name), description, grainText,
                    columns.getOrDefault(name, List.of()), reads.get(name), readBy));
        }
        entries.sort(Comparator.comparing(Entry::name, byLayer));
        return entries;
    }

    /** The lake folders a view reads Parquet files from, e.g. "lake/observation (2 Parquet files)". */
    private static List<String> parquetFolders(String sql) {
        Map<String, Integer> folders = new LinkedHashMap<>();
        Matcher files = PARQUET.matcher(sql == null ? "" : sql);
        while (files.find()) {
            folders.merge(files.group(2), 1, Integer::sum);
        }
        return folders.entrySet().stream().map(f -> "lake/" + f.getKey() + " (" + f.getValue()
                + (f.getValue() == 1 ? " Parquet file)" : " Parquet files)")).toList();
    }

    private static Map<String, List<Field>> columns(Connection catalog) throws SQLException {
        Map<String, List<Field>> columns = new LinkedHashMap<>();
        try (Statement statement = catalog.createStatement();
             ResultSet rs = statement.executeQuery("select c.table_name, c.column_name, c.data_type, c.comment"
                     + " from duckdb_columns() c join duckdb_views() v on v.view_name = c.table_name"
                     + " and v.schema_name = c.schema_name where not v.internal order by c.table_name, c.column_index")) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Field(rs.getString(2), rs.getString(3), rs.getString(4) == null ? "" : rs.getString(4)));
            }
        }
        return columns;
    }

    /** The layer a name says it is in, as STYLE.md names them. */
    public static String layer(String name) {
        if (name.startsWith(CatalogBuilder.LAKE_PREFIX)) {
            return "lake";
        }
        if (name.startsWith("dim_")) {
            return "dimension";
        }
        if (name.startsWith("stg_") || name.equals("observation_as_of")) {
            return "staging";
        }
        if (name.startsWith("fct_")) {
            return "fact";
        }
        if (name.startsWith("rpt_")) {
            return "report";
        }
        return "quality";
    }

    private static Comparator<String> byLayer(Map<String, String> layers) {
        return Comparator.comparing((String n) -> LAYERS.indexOf(layers.getOrDefault(n, layer(n))))
                .thenComparing(Comparator.naturalOrder());
    }
}
