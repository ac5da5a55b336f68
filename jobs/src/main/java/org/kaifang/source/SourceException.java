package org.kaifang.source;

/**
 * Input that cannot be loaded at all (a missing file, a wrong header, a bad reference row):
 * names the file, line and column, and says what was expected.
 */
public class SourceException extends RuntimeException {

    private final String file;
    private final long line;
    private final int column;

    public SourceException(String file, long line, int column, String message) {
        super(file + (line > 0 ? ":" + line : "") + (column > 0 ? ":" + column : "") + ": " + message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public int column() {
        return column;
    }
}
