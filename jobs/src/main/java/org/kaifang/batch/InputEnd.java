package org.kaifang.batch;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * A load step's reader that remembers when its input ran out, so the step's Parquet file can be
 * finished with the last chunk. Spring Batch records a step COMPLETED before it closes the
 * step's streams; a file finished only on close could be cut off by a kill in between and
 * then be taken as loaded.
 */
final class InputEnd<T> implements ItemStreamReader<T> {

    private final ItemStreamReader<T> reader;
    private volatile boolean reached;

    InputEnd(ItemStreamReader<T> reader) {
        this.reader = reader;
    }

    boolean reached() {
        return reached;
    }

    @Override
    public T read() throws Exception {
        T item = reader.read();
        if (item == null) {
            reached = true;
        }
        return item;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        reached = false;
        reader.open(executionContext);
    }

    @Override
    public void update(ExecutionContext executionContext) {
        reader.update(executionContext);
    }

    @Override
    public void close() {
        reader.close();
    }
}
