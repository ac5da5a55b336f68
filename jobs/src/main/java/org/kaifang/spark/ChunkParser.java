package org.kaifang.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Set;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.kaifang.source.Rejection;
import org.kaifang.source.TradeFlowRules;

/**
 * A Spark task: reads one chunk of a customs detail file, applies {@link TradeFlowRules} to
 * each line and yields a row per line, loaded or rejected, in {@link SparkTradeFlowEngine}'s schema.
 */
final class ChunkParser implements FlatMapFunction<LineChunks.Chunk, Row>, Serializable {

    private final String file;
    private final String sourceName;
    private final long vintageMicros;
    private final int lastYear;
    private final Set<String> regions;
    private final Set<String> countries;
    private transient TradeFlowRules rules;

    ChunkParser(String file, String sourceName, long vintageMicros, TradeFlowRules rules) {
        this.file = file;
        this.sourceName = sourceName;
        this.vintageMicros = vintageMicros;
        this.lastYear = rules.lastYear();
        this.regions = new java.util.HashSet<>(rules.regions());
        this.countries = new java.util.HashSet<>(rules.countries());
    }

    /** Rows one line at a time, so a task holds one line in memory, not its whole chunk. */
    @Override
    public Iterator<Row> call(LineChunks.Chunk chunk) throws IOException {
        if (rules == null) {
            rules = new TradeFlowRules(lastYear, regions, countries);
        }
        LocalDateTime vintage = LocalDateTime.ofEpochSecond(Math.floorDiv(vintageMicros, 1_000_000L),
                (int) Math.floorMod(vintageMicros, 1_000_000L) * 1000, ZoneOffset.UTC);
        FileChannel channel = FileChannel.open(Path.of(file), StandardOpenOption.READ);
        channel.position(chunk.start());
        BufferedReader reader = new BufferedReader(new InputStreamReader(
                new BoundedInput(Channels.newInputStream(channel), chunk.end() - chunk.start()),
                StandardCharsets.UTF_8), 1 << 16);
        return new Iterator<>() {
            private long line = chunk.firstLine();
            private String next = read();

            private String read() {
                try {
                    String text = reader.readLine();
                    if (text == null) {
                        reader.close();
                    }
                    return text;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException("cannot read " + file, e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Row next() {
                if (next == null) {
                    throw new java.util.NoSuchElementException();
                }
                Row row = row(next, line++, vintage);
                next = read();
                return row;
            }
        };
    }

    private Row row(String text, long line, LocalDateTime vintage) {
        Rejection reject = rules.check(sourceName, line, text);
        if (reject != null) {
            return RowFactory.create("rejected", null, null, null, null, null, null, null, null, sourceName, line,
                    vintage, reject.column(), reject.value());
        }
        String[] f = text.split(",", -1);
        return RowFactory.create("ok", Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2], f[3], f[4], f[5],
                Double.parseDouble(f[6]), f[7].isEmpty() ? null : Double.parseDouble(f[7]), sourceName, line, vintage,
                null, null);
    }

    /** Reads at most n bytes of a stream: the chunk's end. */
    private static final class BoundedInput extends java.io.InputStream {
        private final java.io.InputStream in;
        private long remaining;

        BoundedInput(java.io.InputStream in, long limit) {
            this.in = in;
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            remaining -= b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, remaining));
            remaining -= Math.max(n, 0);
            return n;
        }
    }
}
