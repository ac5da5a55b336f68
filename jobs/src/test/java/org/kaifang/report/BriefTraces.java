package org.kaifang.report;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Checks every brief under a reports folder against its trace and the catalog, as a reader
 * would: each number in {@code brief.md} (digits, decimals, a sign) must have a trace entry at
 * its position with its text, and each entry's catalog cell, read again here by view, key and
 * column, must print as that text at its precision (as an absolute value where the words carry
 * the sign: 下降3.2%). The Word document must print the same numbers in the same order (its
 * footer's page number aside), so it is traced by the same entries.
 */
public final class BriefTraces {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    /** A rate's sign belongs in the words: 增长-3.2% or 高于-1.5 is a wording error. */
    private static final Pattern SIGN_IN_NUMBER = Pattern.compile("(增长|下降|高于|低于|快于|慢于)[-−]");

    /** What the check found: numbers read, without a trace entry, or whose cell prints otherwise. */
    public record Result(int briefs, int numbers, List<String> untraced, List<String> unmatched) {
    }

    public static Result check(Path reportsDir, Path catalogFile) throws IOException, SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        List<String> untraced = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        int briefs = 0;
        int numbers = 0;
        ObjectMapper json = new ObjectMapper();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + catalogFile, readOnly);
             Stream<Path> files = Files.walk(reportsDir)) {
            Cells catalog = new Cells(connection);
            for (Path md : files.filter(f -> f.getFileName().toString().equals("brief.md")).sorted().toList()) {
                briefs++;
                String text = Files.readString(md);
                JsonNode trace = json.readTree(md.resolveSibling("brief.trace.json").toFile());
                Map<Integer, JsonNode> byOffset = new HashMap<>();
                trace.get("numbers").forEach(n -> byOffset.put(n.get("offset").asInt(), n));
                List<String> inWord = numbers(word(md.resolveSibling("brief.docx")));
                List<String> inText = numbers(text);
                if (inWord.isEmpty() || !inWord.subList(0, inWord.size() - 1).equals(inText)) {
                    untraced.add(md.resolveSibling("brief.docx") + " prints " + inWord + ", brief.md " + inText);
                }
                Matcher m = NUMBER.matcher(text);
                Matcher signed = SIGN_IN_NUMBER.matcher(text);
                if (signed.find()) {
                    untraced.add(md + " @" + signed.start() + ": a sign before a rate, " + signed.group());
                }
                while (m.find()) {
                    numbers++;
                    JsonNode entry = byOffset.get(m.start());
                    // a negative level (a net outflow) is one number with its minus sign
                    if (entry == null && m.start() > 0 && text.charAt(m.start() - 1) == '-') {
                        entry = byOffset.get(m.start() - 1);
                    }
                    if (entry == null || !entry.get("text").asText().replace("-", "").equals(m.group())) {
                        untraced.add(md + " @" + m.start() + ": " + m.group());
                        continue;
                    }
                    String problem = againstTheCatalog(catalog, entry);
                    if (problem != null) {
                        unmatched.add(md + " @" + m.start() + ": " + problem);
                    }
                }
            }
        }
        return new Result(briefs, numbers, untraced, unmatched);
    }

    private static List<String> numbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static String word(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx);
             XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(in))) {
            return extractor.getText();
        }
    }

    /** Null when the entry's cell prints as its text; otherwise what differs. */
    private static String againstTheCatalog(Cells catalog, JsonNode entry) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = entry.get("key").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> key = it.next();
            columns.add(key.getKey());
            values.add(key.getValue().asText());
        }
        String view = entry.get("view").asText();
        String column = entry.get("column").asText();
        String cellName = view + "." + column + " where " + columns + " = " + values;
        List<Object> cells = catalog.values(view, columns, column, values);
        if (cells.isEmpty() || cells.get(0) == null) {
            return "no cell for " + cellName;
        }
        if (cells.size() > 1) {
            return "several cells for " + cellName;
        }
        BigDecimal cell = new BigDecimal(cells.get(0).toString());
        String printed = entry.get("text").asText();
        int places = printed.contains(".") ? printed.length() - printed.indexOf('.') - 1 : 0;
        String expected = cell.abs().setScale(places, RoundingMode.HALF_UP).toPlainString();
        if (!expected.equals(printed.replace("-", ""))) {
            return printed + " printed, the cell " + cellName + " holds " + cell;
        }
        return null;
    }

    /**
     * The catalog's cells, each view read once for each shape of key and column: a panel's
     * briefs name tens of thousands of cells, and one query each would take a minute.
     */
    private static final class Cells {

        private final Connection catalog;
        private final Map<String, Map<List<String>, List<Object>>> read = new HashMap<>();

        Cells(Connection catalog) {
            this.catalog = catalog;
        }

        /** The distinct values of the column in the rows whose key columns print as the key's values. */
        List<Object> values(String view, List<String> keyColumns, String column, List<String> key) throws SQLException {
            String shape = view + "|" + keyColumns + "|" + column;
            Map<List<String>, List<Object>> cells = read.get(shape);
            if (cells == null) {
                cells = new HashMap<>();
                String keys = keyColumns.stream().map(c -> "cast(" + c + " as varchar)").collect(Collectors.joining(", "));
                try (Statement statement = catalog.createStatement();
                     ResultSet rs = statement.executeQuery("select distinct " + keys + ", " + column + " from " + view)) {
                    while (rs.next()) {
                        List<String> rowKey = new ArrayList<>();
                        for (int i = 1; i <= keyColumns.size(); i++) {
                            rowKey.add(rs.getString(i));
                        }
                        cells.computeIfAbsent(rowKey, k -> new ArrayList<>()).add(rs.getObject(keyColumns.size() + 1));
                    }
                }
                read.put(shape, cells);
            }
            return cells.getOrDefault(key, List.of());
        }
    }

    private BriefTraces() {
    }
}
