package org.kaifang.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import org.kaifang.catalog.Catalog;

/**
 * An analyst in a process of their own: opens the catalog read-only again and again, as
 * kaifang's {@code sql}, its JDBC driver and its reports do ({@link Catalog#openReadOnly}), and
 * asks what leaders read (or the query given third), until a stop file appears. Prints each
 * distinct answer with how often it came, then every error.
 */
public final class CatalogReader {

    static final String QUERY = "select (select string_agg(t::varchar, ';' order by t::varchar) from rpt_trend_table t)"
            + " || '|' || (select string_agg(g::varchar, ';' order by g::varchar) from fct_growth g)";

    private CatalogReader() {
    }

    public static void main(String[] args) throws Exception {
        Path catalog = Path.of(args[0]);
        Path stop = Path.of(args[1]);
        String query = args.length > 2 ? args[2] : QUERY;
        Map<String, Integer> answers = new TreeMap<>();
        Map<String, Integer> errors = new TreeMap<>();
        while (!Files.exists(stop)) {
            try (Connection duckdb = Catalog.openReadOnly(catalog);
                 Statement statement = duckdb.createStatement();
                 ResultSet rs = statement.executeQuery(query)) {
                rs.next();
                answers.merge(Integer.toHexString(rs.getString(1).hashCode()), 1, Integer::sum);
            } catch (Exception e) {
                errors.merge(String.valueOf(e.getMessage()).lines().findFirst().orElse("?"), 1, Integer::sum);
            }
        }
        answers.forEach((answer, count) -> System.out.println("answer " + answer + " " + count));
        errors.forEach((error, count) -> System.out.println("error " + count + " " + error));
    }
}
