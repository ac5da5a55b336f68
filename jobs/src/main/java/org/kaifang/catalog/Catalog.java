package org.kaifang.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.duckdb.DuckDBDriver;

/** Opens the published catalog for reading: read-only, so readers never block the nightly job. */
public final class Catalog {

    private Catalog() {
    }

    public static Connection openReadOnly(Path catalogFile) {
        if (!Files.isRegularFile(catalogFile)) {
            throw new CatalogException("no catalog at " + catalogFile + ": run ./kaifang nightly first");
        }
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        try {
            // DuckDB's driver itself: DriverManager would first look through every jar on the
            // class path for drivers and start each (H2, PostgreSQL), a twentieth of a second
            // of every query's start
            return new DuckDBDriver().connect("jdbc:duckdb:" + catalogFile.toAbsolutePath(), properties);
        } catch (SQLException e) {
            throw new CatalogException("cannot open the catalog " + catalogFile + ": " + e.getMessage(), e);
        }
    }
}
