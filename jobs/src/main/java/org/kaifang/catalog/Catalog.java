package org.kaifang.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

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
            return DriverManager.getConnection("jdbc:duckdb:" + catalogFile.toAbsolutePath(), properties);
        } catch (SQLException e) {
            throw new CatalogException("cannot open the catalog " + catalogFile + ": " + e.getMessage(), e);
        }
    }
}
