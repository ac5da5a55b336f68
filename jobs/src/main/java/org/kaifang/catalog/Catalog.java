package org.kaifang.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
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

    /**
     * Opens the catalog read-only, again if a nightly published a new one while DuckDB was
     * opening it. DuckDB opens the file by its path three times while connecting: the first two
     * read its headers (where the catalog's root is, how many blocks it has), the third keeps the
     * handle it reads blocks through. A catalog renamed into place between them gives a
     * connection that reads one file's blocks with the other's headers: an "IO Error: No more
     * data remaining in MetadataReader", or worse. The file's identity (device and inode) before
     * and after tells whether that can have happened.
     */
    public static Connection openReadOnly(Path catalogFile) {
        return openReadOnly(catalogFile, Catalog::connectReadOnly);
    }

    /** Connects to a catalog file: DuckDB's driver in the program, a test's stand-in in tests. */
    interface Opener {
        Connection open(Path catalogFile) throws SQLException;
    }

    /** A nightly publishes once per run: more replacements than this while opening is not a race. */
    static final int REPLACEMENTS_TOLERATED = 3;

    static Connection openReadOnly(Path catalogFile, Opener opener) {
        if (!Files.isRegularFile(catalogFile)) {
            throw new CatalogException("no catalog at " + catalogFile + ": run ./kaifang nightly first");
        }
        for (int attempt = 0; attempt <= REPLACEMENTS_TOLERATED; attempt++) {
            Object before = identity(catalogFile);
            Connection connection = null;
            SQLException failure = null;
            try {
                connection = opener.open(catalogFile);
            } catch (SQLException e) {
                failure = e;
            }
            if (before != null && before.equals(identity(catalogFile))) {
                if (failure != null) {
                    throw new CatalogException("cannot open the catalog " + catalogFile + ": " + failure.getMessage(), failure);
                }
                return connection;
            }
            closeQuietly(connection);
        }
        throw new CatalogException("cannot open the catalog " + catalogFile + ": it was replaced "
                + (REPLACEMENTS_TOLERATED + 1) + " times while it was being opened");
    }

    private static Connection connectReadOnly(Path catalogFile) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        try {
            // DuckDB's driver itself: DriverManager would first look through every jar on the
            // class path for drivers and start each (H2, PostgreSQL), a twentieth of a second
            // of every query's start
            return new DuckDBDriver().connect("jdbc:duckdb:" + catalogFile.toAbsolutePath(), properties);
        } catch (LinkageError e) {
            Throwable cause = driverFailure != null ? driverFailure : e;
            throw new CatalogException("cannot load DuckDB's driver: " + cause, cause);
        }
    }

    /**
     * The file's device and inode (its time and size where the file system has no such key);
     * null when there is no file (it is being replaced, or gone).
     */
    private static Object identity(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.fileKey() != null ? attributes.fileKey()
                    : List.of(attributes.lastModifiedTime(), attributes.size());
        } catch (IOException e) {
            return null;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // it read a mix of two files; what closing it says adds nothing
            }
        }
    }
}
