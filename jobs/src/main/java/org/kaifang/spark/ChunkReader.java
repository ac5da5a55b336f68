package org.kaifang.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.unsafe.types.UTF8String;
import org.kaifang.source.TradeFlowRules;
import org.kaifang.table.Column;
import org.kaifang.table.ColumnType;
import org.kaifang.table.LakeTable;

/**
 * A Spark task's reader: one chunk of a customs detail file, line by line, each line judged by
 * {@link TradeFlowRules} and yielded as a row of {@link SparkTradeFlowEngine#SCHEMA}, loaded or
 * rejected. It holds one buffer of the file and one row, never the chunk.
 */
final class ChunkReader implements PartitionReader<InternalRow> {

    /** What every task of one load shares; serialized to the executors. */
    record Factory(String file, String sourceName, long vintageMicros, int lastYear, Set<String> regions,
            Set<String> countries, Set<String> tradeModes, Set<String> enterpriseTypes, int fields)
            implements PartitionReaderFactory {

        @Override
        public PartitionReader<InternalRow> createReader(InputPartition partition) {
            return new ChunkReader(this, (LineChunks.Chunk) partition);
        }
    }

    private static final UTF8String LOADED = UTF8String.fromString("ok");
    private static final UTF8String REJECTED = UTF8String.fromString("rejected");
    private static final int BUFFER_BYTES = 1 << 20;

    private final TradeFlowRules rules;
    private final FileChannel channel;
    private final UTF8String sourceName;
    private final long vintageMicros;
    /** Region, partner, HS and flow codes repeat endlessly: each is encoded for Spark once. */
    private final Map<String, UTF8String> codes = new HashMap<>();
    private final GenericInternalRow row = new GenericInternalRow(SparkTradeFlowEngine.SCHEMA.size());

    /** A line's fields are the lake table's own columns, in order; where each goes in a row, found by name. */
    private static final List<Column> FIELDS = LakeTable.TRADE_FLOW.ownColumns();
    private static final ColumnType[] TYPES = FIELDS.stream().map(Column::type).toArray(ColumnType[]::new);
    private static final int STATUS = SparkTradeFlowEngine.SCHEMA.fieldIndex("load_status");
    private static final int FIRST_FIELD = SparkTradeFlowEngine.SCHEMA.fieldIndex(FIELDS.get(0).name());
    private static final int SOURCE_FILE = SparkTradeFlowEngine.SCHEMA.fieldIndex("source_file");
    private static final int SOURCE_LINE = SparkTradeFlowEngine.SCHEMA.fieldIndex("source_line");
    private static final int VINTAGE = SparkTradeFlowEngine.SCHEMA.fieldIndex("vintage");
    private static final int REJECT_COLUMN = SparkTradeFlowEngine.SCHEMA.fieldIndex("reject_column");
    private static final int REJECT_VALUE = SparkTradeFlowEngine.SCHEMA.fieldIndex("reject_value");

    private byte[] buffer = new byte[BUFFER_BYTES];
    private int lineStart;
    private int filled;
    private long unread;
    private long line;

    private ChunkReader(Factory factory, LineChunks.Chunk chunk) {
        this.rules = new TradeFlowRules(factory.lastYear(), factory.regions(), factory.countries(),
                factory.tradeModes(), factory.enterpriseTypes(), factory.fields());
        this.sourceName = UTF8String.fromString(factory.sourceName());
        this.vintageMicros = factory.vintageMicros();
        this.unread = chunk.end() - chunk.start();
        this.line = chunk.firstLine() - 1;
        try {
            this.channel = FileChannel.open(Path.of(factory.file()), StandardOpenOption.READ);
            channel.position(chunk.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + factory.file(), e);
        }
    }

    @Override
    public boolean next() throws IOException {
        String text = readLine();
        if (text == null) {
            return false;
        }
        line++;
        String[] fields = text.split(",", -1);
        int column = rules.rejectColumn(fields);
        if (column == TradeFlowRules.LOADS) {
            loaded(fields);
        } else {
            rejected(column, column == TradeFlowRules.FIELD_COUNT ? text : fields[column - 1]);
        }
        row.update(SOURCE_FILE, sourceName);
        row.setLong(SOURCE_LINE, line);
        row.setLong(VINTAGE, vintageMicros);
        return true;
    }

    /**
     * A line that passed the rules: every field parses as its column's type; an empty one, or
     * one the file's header does not have, is null.
     */
    private void loaded(String[] f) {
        row.update(STATUS, LOADED);
        for (int i = 0; i < TYPES.length; i++) {
            int at = FIRST_FIELD + i;
            if (i >= f.length || f[i].isEmpty()) {
                row.setNullAt(at);
                continue;
            }
            switch (TYPES[i]) {
                case INT -> row.setInt(at, Integer.parseInt(f[i]));
                case DOUBLE -> row.setDouble(at, Double.parseDouble(f[i]));
                case STRING -> row.update(at, code(f[i]));
                default -> throw new IllegalStateException("a customs detail field of type " + TYPES[i] + " has no parser");
            }
        }
        row.setNullAt(REJECT_COLUMN);
        row.setNullAt(REJECT_VALUE);
    }

    private void rejected(int column, String value) {
        row.update(STATUS, REJECTED);
        for (int i = 0; i < TYPES.length; i++) {
            row.setNullAt(FIRST_FIELD + i);
        }
        row.setInt(REJECT_COLUMN, column);
        row.update(REJECT_VALUE, UTF8String.fromString(value));
    }

    private UTF8String code(String value) {
        return codes.computeIfAbsent(value, UTF8String::fromString);
    }

    @Override
    public InternalRow get() {
        return row;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** The next line without its terminator (\n or \r\n), or null at the chunk's end. */
    private String readLine() throws IOException {
        while (true) {
            for (int i = lineStart; i < filled; i++) {
                if (buffer[i] == '\n') {
                    String text = decode(lineStart, i);
                    lineStart = i + 1;
                    return text;
                }
            }
            if (unread == 0) {
                if (lineStart == filled) {
                    return null;
                }
                String last = decode(lineStart, filled);
                lineStart = filled;
                return last;
            }
            refill();
        }
    }

    /** Keeps the unfinished line at the front and reads on behind it, growing for a very long line. */
    private void refill() throws IOException {
        int kept = filled - lineStart;
        if (kept == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        } else {
            System.arraycopy(buffer, lineStart, buffer, 0, kept);
        }
        lineStart = 0;
        filled = kept;
        int room = (int) Math.min(buffer.length - filled, unread);
        int read = channel.read(ByteBuffer.wrap(buffer, filled, room));
        if (read < 0) {
            unread = 0;
            return;
        }
        filled += read;
        unread -= read;
    }

    private String decode(int from, int to) {
        int end = to > from && buffer[to - 1] == '\r' ? to - 1 : to;
        return new String(buffer, from, end - from, StandardCharsets.UTF_8);
    }
}
