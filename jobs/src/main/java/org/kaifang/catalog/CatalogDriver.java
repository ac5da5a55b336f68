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

    // Registered as every JDBC driver registers itself, when DriverManager's service loading
    // initializes the class. Nothing here may ask DriverManager for its drivers, which would
    // re-enter DriverManager's own initialization.
    static {
        try {
            DriverManager.registerDriver(new CatalogDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
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
