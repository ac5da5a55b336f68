package org.kaifang.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.kaifang.table.LakeTable;
import org.kaifang.table.ValidRow;

/**
 * Writes one Parquet file of a lake table with parquet-hadoop, without Hadoop's file system:
 * the lake is a local folder. Rows are value arrays in {@link LakeTable#columns()} order.
 */
public final class ParquetTableWriter implements AutoCloseable {

    private final LakeTable table;
    private final ParquetWriter<Object[]> writer;

    public ParquetTableWriter(LakeTable table, Path file) {
        this.table = table;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            this.writer = new Builder(new LocalOutputFile(file), table)
                    .withConf(new PlainParquetConfiguration())
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .withCompressionCodec(CompressionCodecName.SNAPPY)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create Parquet file " + file, e);
        }
    }

    /** Writes a validated row with its stamp: source file, line and vintage. */
    public void write(ValidRow row, long vintageMicros) {
        if (row.row().table() != table) {
            throw new IllegalArgumentException("a row of lake_" + row.row().table().tableName() + " cannot go to lake_"
                    + table.tableName());
        }
        int own = table.ownColumns().size();
        Object[] stamped = new Object[own + LakeTable.STAMP.size()];
        System.arraycopy(row.row().values(), 0, stamped, 0, own);
        stamped[own] = row.file();
        stamped[own + 1] = row.line();
        stamped[own + 2] = vintageMicros;
        write(stamped);
    }

    public void write(Object[] row) {
        try {
            writer.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Builder extends ParquetWriter.Builder<Object[], Builder> {
        private final LakeTable table;

        Builder(OutputFile file, LakeTable table) {
            super(file);
            this.table = table;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected RowWriteSupport getWriteSupport(Configuration conf) {
            return new RowWriteSupport(table);
        }

        @Override
        protected RowWriteSupport getWriteSupport(ParquetConfiguration conf) {
            return new RowWriteSupport(table);
        }
    }
}
