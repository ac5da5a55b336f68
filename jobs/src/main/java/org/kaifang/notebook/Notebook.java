package org.kaifang.notebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Jupyter notebook in the jupysql convention, as kaifang reads it: its cells in order, each
 * markdown, code, or SQL (a {@code %%sql} cell, whose query is the lines after the magic).
 */
public record Notebook(String name, List<Cell> cells) {

    public enum Kind { MARKDOWN, CODE, SQL }

    /** One cell; {@code number} counts from 1 as Jupyter shows them. */
    public record Cell(int number, Kind kind, String source) {
    }

    private static final String SQL_MAGIC = "%%sql";

    public static Notebook read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read notebook " + file + ": " + e.getMessage(), e);
        }
        List<Cell> cells = new ArrayList<>();
        int number = 0;
        for (JsonNode cell : root.path("cells")) {
            number++;
            String source = text(cell.path("source"));
            String type = cell.path("cell_type").asText();
            if (type.equals("markdown")) {
                cells.add(new Cell(number, Kind.MARKDOWN, source));
            } else if (type.equals("code") && source.strip().startsWith(SQL_MAGIC)) {
                String query = source.strip();
                int firstLineEnd = query.indexOf('\n');
                cells.add(new Cell(number, Kind.SQL, firstLineEnd < 0 ? "" : query.substring(firstLineEnd + 1).strip()));
            } else if (type.equals("code")) {
                cells.add(new Cell(number, Kind.CODE, source));
            }
        }
        String name = file.getFileName().toString().replaceFirst("\\.ipynb$", "");
        return new Notebook(name, List.copyOf(cells));
    }

    /** A cell's source: Jupyter stores it as a list of lines or as one string. */
    private static String text(JsonNode source) {
        if (source.isArray()) {
            StringBuilder text = new StringBuilder();
            source.forEach(line -> text.append(line.asText()));
            return text.toString();
        }
        return source.asText();
    }

    public List<Cell> sqlCells() {
        return cells.stream().filter(c -> c.kind() == Kind.SQL).toList();
    }
}
