package org.kaifang.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.duckdb.DuckDBDriver;

/** Opens the published catalog for reading: read-only, so readers never block the nightly job. */
public final class Catalog {

    /** Why the driver could not be loaded ahead ({@link #loadDriverAhead}), if it could not. */
    private static volatile Throwable driverFailure;

    private Catalog() {
    }

    /**
     * Loads DuckDB's driver and its native library on a thread of its own while the caller goes
     * on: a query's start spends a tenth of a second there (the 70 MB library, the driver's
     * memory monitor) and as long parsing its command line, work that need not wait in line.
     */
    public static void loadDriverAhead() {
        Thread loader = new Thread(() -> {
            try {
                Class.forName(DuckDBDriver.class.getName());
                Class.forName("org.duckdb.DuckDBNative");
            } catch (ClassNotFoundException | LinkageError e) {
                // kept for openReadOnly to report: a class whose initializer failed says only
                // "Could not initialize class" to the next thread that asks for it
                driverFailure = e;
            }
        }, "duckdb-driver-loader");
        loader.setDaemon(true);
        loader.start();
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
        } catch (LinkageError e) {
            Throwable cause = driverFailure != null ? driverFailure : e;
            throw new CatalogException("cannot load DuckDB's driver: " + cause, cause);
        }
    }
}
