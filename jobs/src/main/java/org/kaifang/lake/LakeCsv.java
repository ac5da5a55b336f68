package org.kaifang.lake;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The lake's own small CSV files (the manifest, the states): read whole, and written beside the
 * old file then renamed into place, so a reader sees the old list or the new one.
 */
final class LakeCsv {

    private LakeCsv() {
    }

    /** The records of a file, or none when it does not exist yet. */
    static List<CSVRecord> read(Path file, String[] header) {
        if (!Files.exists(file)) {
            return List.of();
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header).setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return format.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static void write(Path target, String[] header, List<List<Object>> rows) {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                 CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n')
                         .get().print(writer)) {
                for (List<Object> row : rows) {
                    printer.printRecord(row);
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
