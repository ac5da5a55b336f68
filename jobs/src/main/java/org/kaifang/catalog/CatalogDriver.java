package org.kaifang.catalog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * {@code jdbc:kaifang:<catalog file>}: the catalog through a {@link ReadOnlySession}, for JDBC
 * tools that open connections by URL (the SQL shell). Every statement is checked to read only.
 * Listed in META-INF/services, so {@link DriverManager} finds it on the classpath.
 */
public final class CatalogDriver implements Driver {

    public static final String PREFIX = "jdbc:kaifang:";

    private static final CatalogDriver INSTANCE = new CatalogDriver();

    static {
        register();
    }

    /** Registers the driver once per JVM. */
    public static synchronized void register() {
        try {
            if (DriverManager.drivers().noneMatch(d -> d instanceof CatalogDriver)) {
                DriverManager.registerDriver(INSTANCE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Connection connect(String url, Properties info) {
        if (!acceptsURL(url)) {
            return null;
        }
        return new ReadOnlySession(Path.of(url.substring(PREFIX.length()))).guardedConnection();
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
