package org.kaifang.catalog;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads every view of a catalog read-only with whatever DuckDB driver is on its class path: run
 * in a JVM of its own with an older release's jar, as an analyst's older client would. Prints
 * the release, the number of views, then one line per view that fails.
 */
public final class EveryViewReader {

    private EveryViewReader() {
    }

    public static void main(String[] args) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0], readOnly)) {
            List<String> views = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select version(), schema_name, view_name from duckdb_views()"
                         + " where not internal order by all")) {
                while (rs.next()) {
                    if (views.isEmpty()) {
                        System.out.println(rs.getString(1));
                    }
                    views.add('"' + rs.getString(2) + "\".\"" + rs.getString(3) + '"');
                }
            }
            System.out.println(views.size() + " views");
            for (String view : views) {
                // a statement of its own per view: a failed query closes its statement in some releases
                // every row and column decoded: a view that binds can still fail on a value
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("select * from " + view)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int c = 1; c <= columns; c++) {
                            rs.getObject(c);
                        }
                    }
                } catch (SQLException e) {
                    System.out.println("FAIL " + view + ": " + e.getMessage().lines().findFirst().orElse(""));
                }
            }
        }
    }
}
