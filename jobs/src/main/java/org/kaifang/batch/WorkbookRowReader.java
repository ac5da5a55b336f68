package org.kaifang.batch;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.kaifang.source.SourceRow;
import org.kaifang.source.WorkbookSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/** Reads a yearbook-style workbook's observations, one indicator and year at a time. */
public final class WorkbookRowReader implements ItemStreamReader<SourceRow> {

    private final Path file;
    private final String name;
    private final List<String> header;
    private final Supplier<Map<String, String>> indicatorNames;
    private Iterator<SourceRow> rows;

    public WorkbookRowReader(Path file, String name, List<String> header, Supplier<Map<String, String>> indicatorNames) {
        this.file = file;
        this.name = name;
        this.header = header;
        this.indicatorNames = indicatorNames;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        rows = WorkbookSource.read(file, name, header, indicatorNames.get()).iterator();
    }

    @Override
    public SourceRow read() {
        return rows.hasNext() ? rows.next() : null;
    }
}
