package org.kaifang.batch;

import java.nio.file.Path;
import java.util.List;

import org.kaifang.source.CsvSource;
import org.kaifang.source.SourceRow;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads a CSV source row by row. It keeps no restart position on purpose: a Parquet file
 * cannot be appended to, so an interrupted load starts its file again from the top.
 */
public final class SourceRowReader implements ItemStreamReader<SourceRow> {

    private final Path file;
    private final String name;
    private final List<String> header;
    private final List<String> optionalColumns;
    private CsvSource csv;

    public SourceRowReader(Path file, String name, List<String> header, List<String> optionalColumns) {
        this.file = file;
        this.name = name;
        this.header = header;
        this.optionalColumns = optionalColumns;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        csv = new CsvSource(file, name, header, optionalColumns);
    }

    @Override
    public SourceRow read() {
        return csv.hasNext() ? csv.next() : null;
    }

    @Override
    public void close() {
        if (csv != null) {
            csv.close();
            csv = null;
        }
    }
}
