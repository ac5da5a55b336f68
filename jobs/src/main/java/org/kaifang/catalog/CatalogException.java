package org.kaifang.catalog;

/** The catalog could not be built or read: names the SQL file and what DuckDB said. */
public class CatalogException extends RuntimeException {
    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }

    public CatalogException(String message) {
        super(message);
    }
}
