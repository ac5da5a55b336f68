package org.kaifang.lake;

import java.util.HashMap;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.kaifang.table.Column;
import org.kaifang.table.LakeTable;

/** Writes rows of a {@link LakeTable}, given as values in column order, to Parquet. */
final class RowWriteSupport extends WriteSupport<Object[]> {

    private final List<Column> columns;
    private final MessageType schema;
    private RecordConsumer consumer;

    RowWriteSupport(LakeTable table) {
        this.columns = table.columns();
        this.schema = schemaOf(table.tableName(), columns);
    }

    static MessageType schemaOf(String name, List<Column> columns) {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (Column column : columns) {
            Type.Repetition repetition = column.required() ? Type.Repetition.REQUIRED : Type.Repetition.OPTIONAL;
            Type type = switch (column.type()) {
                case STRING -> Types.primitive(PrimitiveTypeName.BINARY, repetition)
                        .as(LogicalTypeAnnotation.stringType()).named(column.name());
                case INT -> Types.primitive(PrimitiveTypeName.INT32, repetition).named(column.name());
                case LONG -> Types.primitive(PrimitiveTypeName.INT64, repetition).named(column.name());
                case DOUBLE -> Types.primitive(PrimitiveTypeName.DOUBLE, repetition).named(column.name());
                case BOOLEAN -> Types.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(column.name());
                case TIMESTAMP -> Types.primitive(PrimitiveTypeName.INT64, repetition)
                        .as(LogicalTypeAnnotation.timestampType(false, LogicalTypeAnnotation.TimeUnit.MICROS))
                        .named(column.name());
            };
            builder.addField(type);
        }
        return builder.named(name);
    }

    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(schema, new HashMap<>());
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(schema, new HashMap<>());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(Object[] row) {
        consumer.startMessage();
        for (int i = 0; i < columns.size(); i++) {
            Object value = row[i];
            Column column = columns.get(i);
            if (value == null) {
                if (column.required()) {
                    throw new IllegalArgumentException("column " + column.name() + " is required");
                }
                continue;
            }
            consumer.startField(column.name(), i);
            switch (column.type()) {
                case STRING -> consumer.addBinary(Binary.fromString((String) value));
                case INT -> consumer.addInteger(((Number) value).intValue());
                case LONG, TIMESTAMP -> consumer.addLong(((Number) value).longValue());
                case DOUBLE -> consumer.addDouble(((Number) value).doubleValue());
                case BOOLEAN -> consumer.addBoolean((Boolean) value);
            }
            consumer.endField(column.name(), i);
        }
        consumer.endMessage();
    }
}
