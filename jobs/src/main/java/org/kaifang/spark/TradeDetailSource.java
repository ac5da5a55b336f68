package org.kaifang.spark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.kaifang.source.TradeFlowRules;

/**
 * A customs detail file as a Spark data source: the driver splits it at line boundaries, one
 * input partition per chunk, and each task reads its chunk with {@link ChunkReader}, yielding
 * Spark's own row format so no row is converted from Java objects on the way to Parquet.
 * Everything a task needs travels in the options: the file, its source name and vintage, and
 * the codes the rules accept.
 */
public final class TradeDetailSource implements TableProvider {

    static final String FILE = "file";
    static final String SOURCE_NAME = "source_name";
    static final String VINTAGE_MICROS = "vintage_micros";
    static final String LAST_YEAR = "last_year";
    static final String REGIONS = "regions";
    static final String COUNTRIES = "countries";
    static final String TRADE_MODES = "trade_modes";
    static final String ENTERPRISE_TYPES = "enterprise_types";
    static final String FIELDS = "fields";

    /** Spark creates a provider by its no-argument constructor. */
    public TradeDetailSource() {
    }

    /** The options that describe one load to this source. */
    static Map<String, String> options(Path file, String sourceName, long vintageMicros, TradeFlowRules rules) {
        return Map.of(FILE, file.toAbsolutePath().toString(), SOURCE_NAME, sourceName,
                VINTAGE_MICROS, Long.toString(vintageMicros), LAST_YEAR, Integer.toString(rules.lastYear()),
                REGIONS, String.join(",", rules.regions()), COUNTRIES, String.join(",", rules.countries()),
                TRADE_MODES, String.join(",", rules.tradeModes()),
                ENTERPRISE_TYPES, String.join(",", rules.enterpriseTypes()), FIELDS, Integer.toString(rules.fieldCount()));
    }

    @Override
    public StructType inferSchema(CaseInsensitiveStringMap options) {
        return SparkTradeFlowEngine.SCHEMA;
    }

    @Override
    public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
        return new DetailTable(new CaseInsensitiveStringMap(properties));
    }

    private record DetailTable(CaseInsensitiveStringMap options) implements SupportsRead, ScanBuilder, Scan, Batch {

        @Override
        public String name() {
            return options.get(FILE);
        }

        @Override
        public StructType schema() {
            return SparkTradeFlowEngine.SCHEMA;
        }

        @Override
        public Set<TableCapability> capabilities() {
            return Set.of(TableCapability.BATCH_READ);
        }

        @Override
        public ScanBuilder newScanBuilder(CaseInsensitiveStringMap ignored) {
            return this;
        }

        @Override
        public Scan build() {
            return this;
        }

        @Override
        public StructType readSchema() {
            return SparkTradeFlowEngine.SCHEMA;
        }

        @Override
        public Batch toBatch() {
            return this;
        }

        @Override
        public InputPartition[] planInputPartitions() {
            return LineChunks.split(Path.of(options.get(FILE)), SparkTradeFlowEngine.CHUNK_BYTES)
                    .toArray(InputPartition[]::new);
        }

        @Override
        public PartitionReaderFactory createReaderFactory() {
            return new ChunkReader.Factory(options.get(FILE), options.get(SOURCE_NAME),
                    Long.parseLong(options.get(VINTAGE_MICROS)), Integer.parseInt(options.get(LAST_YEAR)),
                    codes(options.get(REGIONS)), codes(options.get(COUNTRIES)), codes(options.get(TRADE_MODES)),
                    codes(options.get(ENTERPRISE_TYPES)), Integer.parseInt(options.get(FIELDS)));
        }

        private static Set<String> codes(String joined) {
            return joined.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(joined.split(",")));
        }
    }
}
