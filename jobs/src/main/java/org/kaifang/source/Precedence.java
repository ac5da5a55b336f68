package org.kaifang.source;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Which file wins when two files of one run carry the same figure: the one whose mapping
 * ({@code <name>.mapping.properties} beside it) gives the higher {@code precedence}. A file
 * without one has precedence 0; two files of equal precedence disagreeing is an error.
 */
public final class Precedence {

    private Precedence() {
    }

    public static int of(Path source, String name) {
        Path mapping = WorkbookMapping.fileFor(source);
        if (!Files.isRegularFile(mapping)) {
            return 0;
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(mapping, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new SourceException(name, 0, 0, "cannot read its mapping: " + e.getMessage());
        }
        if (!name.endsWith(".xlsx")) {
            for (String key : p.stringPropertyNames()) {
                if (!key.equals("precedence")) {
                    throw new SourceException(name, 0, 0, "the mapping of a CSV file takes only 'precedence', not '"
                            + key + "'");
                }
            }
        }
        String value = p.getProperty("precedence");
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new SourceException(name, 0, 0, "precedence '" + value + "' in its mapping is not a whole number");
        }
    }
}
