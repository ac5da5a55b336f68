package org.kaifang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** How {@code kaifang sql} prints a result: an aligned table, CSV with a header, or JSON. */
enum ResultFormat {
    TABLE {
        @Override
        void write(ResultSet rows, PrintWriter out) throws SQLException {
            List<String> names = names(rows);
            List<List<String>> cells = new ArrayList<>();
            while (rows.next()) {
                cells.add(values(rows, names.size()));
            }
            int[] widths = new int[names.size()];
            for (int c = 0; c < names.size(); c++) {
                widths[c] = width(names.get(c));
                for (List<String> row : cells) {
                    widths[c] = Math.max(widths[c], width(row.get(c) == null ? "NULL" : row.get(c)));
                }
            }
            out.println(line(names, widths));
            StringBuilder rule = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                rule.append(c == 0 ? "" : "-+-").append("-".repeat(widths[c]));
            }
            out.println(rule);
            for (List<String> row : cells) {
                out.println(line(row.stream().map(v -> v == null ? "NULL" : v).toList(), widths));
            }
            out.println("(" + cells.size() + (cells.size() == 1 ? " row)" : " rows)"));
        }

        private String line(List<String> values, int[] widths) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < values.size(); c++) {
                String v = values.get(c);
                text.append(c == 0 ? "" : " | ").append(v).append(" ".repeat(widths[c] - width(v)));
            }
            return text.toString().stripTrailing();
        }
    },
    CSV {
        @Override
        void write(ResultSet rows, PrintWriter out) throws SQLException {
            List<String> names = names(rows);
            try {
                CSVPrinter printer = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get().print(out);
                printer.printRecord(names);
                while (rows.next()) {
                    printer.printRecord(values(rows, names.size()));
                }
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },
    JSON {
        @Override
        void write(ResultSet rows, PrintWriter out) throws SQLException {
            List<String> names = names(rows);
            StringBuilder json = new StringBuilder("[");
            boolean first = true;
            while (rows.next()) {
                json.append(first ? "\n  {" : ",\n  {");
                first = false;
                for (int c = 0; c < names.size(); c++) {
                    Object value = rows.getObject(c + 1);
                    json.append(c == 0 ? "" : ", ").append(quote(names.get(c))).append(": ");
                    if (value == null) {
                        json.append("null");
                    } else if ((value instanceof Number n && Double.isFinite(n.doubleValue())) || value instanceof Boolean) {
                        json.append(text(value));
                    } else {
                        json.append(quote(text(value)));
                    }
                }
                json.append('}');
            }
            json.append(first ? "]" : "\n]");
            out.println(json);
        }

        private String quote(String s) {
            StringBuilder q = new StringBuilder("\"");
            for (char ch : s.toCharArray()) {
                switch (ch) {
                    case '"' -> q.append("\\\"");
                    case '\\' -> q.append("\\\\");
                    case '\n' -> q.append("\\n");
                    case '\r' -> q.append("\\r");
                    case '\t' -> q.append("\\t");
                    default -> {
                        if (ch < 0x20) {
                            q.append(String.format("\\u%04x", (int) ch));
                        } else {
                            q.append(ch);
                        }
                    }
                }
            }
            return q.append('"').toString();
        }
    };

    abstract void write(ResultSet rows, PrintWriter out) throws SQLException;

    static List<String> names(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            names.add(meta.getColumnLabel(c));
        }
        return names;
    }

    static List<String> values(ResultSet rows, int columns) throws SQLException {
        List<String> values = new ArrayList<>();
        for (int c = 1; c <= columns; c++) {
            Object value = rows.getObject(c);
            values.add(value == null ? null : text(value));
        }
        return values;
    }

    static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    /** Terminal columns a text takes: CJK characters take two. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
