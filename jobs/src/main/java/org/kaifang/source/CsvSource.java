package org.kaifang.source;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.kaifang.config.Messages;

/**
 * Reads a UTF-8 CSV source with a header row, checks the header against the columns the
 * folder's contract declares, and yields rows with their line numbers.
 */
public final class CsvSource implements Iterator<SourceRow>, AutoCloseable {

    private final Path file;
    private final String name;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private long lastLine;

    /**
     * @param file     the file to read
     * @param name     how messages name it: the path relative to the data folder
     * @param expected the header's columns, in any order
     */
    public CsvSource(Path file, String name, List<String> expected) {
        this(file, name, expected, List.of());
    }

    /** @param optional columns a file may add to the expected ones */
    public CsvSource(Path file, String name, List<String> expected, List<String> optional) {
        this.file = file;
        this.name = name;
        try {
            var decoder = TextEncoding.of(file, name).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            Reader reader = new InputStreamReader(Files.newInputStream(file), decoder);
            this.parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader);
            this.records = parser.iterator();
            if (!records.hasNext()) {
                parser.close();
                throw new SourceException(name, 1, 0, Messages.text("file.empty", String.join(",", expected)));
            }
            CSVRecord first = records.next();
            this.lastLine = parser.getCurrentLineNumber();
            this.header = stripBom(first.toList());
            checkHeader(expected, optional);
        } catch (CharacterCodingException e) {
            throw notUtf8();
        } catch (IOException e) {
            throw new SourceException(name, 0, 0, Messages.text("file.unreadable", e.getMessage()));
        } catch (UncheckedIOException e) {
            throw unreadable(e);
        }
    }

    private SourceException notUtf8() {
        Charset declared = FileOptions.of(file, name).encoding();
        if (declared != null) {
            return new SourceException(name, 0, 0, Messages.text("file.not_declared_encoding", declared.name()));
        }
        return new SourceException(name, Utf8.firstMalformedLine(file), 0, Messages.text("file.encoding"));
    }

    private static List<String> stripBom(List<String> names) {
        List<String> trimmed = new ArrayList<>();
        for (String n : names) {
            trimmed.add(n.replace("\uFEFF", "").trim());
        }
        return trimmed;
    }

    private void checkHeader(List<String> expected, List<String> optional) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (!expected.contains(column) && !optional.contains(column)) {
                throw new SourceException(name, 1, i + 1, Messages.text(optional.isEmpty() ? "header.unexpected" : "header.unexpected_optional", column, String.join(",", expected), String.join(",", optional)));
            }
            if (!seen.add(column)) {
                throw new SourceException(name, 1, i + 1, Messages.text("header.twice", column));
            }
        }
        for (String column : expected) {
            if (!seen.contains(column)) {
                throw new SourceException(name, 1, 0, Messages.text("header.missing", column, String.join(",", expected)));
            }
        }
    }

    public List<String> header() {
        return header;
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw unreadable(e);
        }
    }

    @Override
    public SourceRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        try {
            CSVRecord record = records.next();
            long line = lastLine + 1;
            lastLine = parser.getCurrentLineNumber();
            return new SourceRow(name, line, header, record.toList());
        } catch (UncheckedIOException e) {
            throw unreadable(e);
        }
    }

    private SourceException unreadable(UncheckedIOException e) {
        if (e.getCause() instanceof CharacterCodingException) {
            return notUtf8();
        }
        return new SourceException(name, lastLine + 1, 0, Messages.text("file.unreadable", e.getMessage()));
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
