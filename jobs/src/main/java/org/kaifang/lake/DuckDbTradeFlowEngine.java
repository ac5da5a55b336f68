package org.kaifang.lake;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Collectors;

import org.kaifang.source.SourceException;
import org.kaifang.source.TradeFlowRules;

/**
 * The one-machine engine: DuckDB, in the job's process, reads the file once as raw lines
 * (so line numbers are exact, blank lines included), applies the rules in SQL and writes both
 * outcomes in one partitioned COPY.
 */
public final class DuckDbTradeFlowEngine implements TradeFlowEngine {

    private final String memoryLimit;

    /** @param memoryLimit DuckDB's memory limit for the load, e.g. "1GB" */
    public DuckDbTradeFlowEngine(String memoryLimit) {
        this.memoryLimit = memoryLimit;
    }

    @Override
    public String name() {
        return "duckdb";
    }

    @Override
    public void load(Path file, String sourceName, long vintageMicros, TradeFlowRules rules, Path out) {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement()) {
            statement.execute("set memory_limit = " + SqlText.literal(memoryLimit));
            statement.execute("set preserve_insertion_order = false");
            statement.execute("create temp table known_regions as select unnest([" + literals(rules.regions())
                    + "]) as code");
            statement.execute("create temp table known_countries as select unnest([" + literals(rules.countries())
                    + "]) as code");
            statement.execute(copy(file, sourceName, vintageMicros, rules, out));
        } catch (SQLException e) {
            throw new SourceException(sourceName, 0, 0, "cannot load the file: " + e.getMessage());
        }
    }

    private static String copy(Path file, String sourceName, long vintageMicros, TradeFlowRules rules, Path out) {
        String names = "['line', " + TradeFlowRules.COLUMNS.stream().map(SqlText::literal)
                .collect(Collectors.joining(", ")) + "]";
        return """
                copy (
                    with lines as (
                        select ordinality + 1 as source_line, coalesce(line, '') as line
                        from read_csv(%s, columns = {'line': 'VARCHAR'}, delim = E'\\x01', quote = '', escape = '',
                                      header = true, auto_detect = false) with ordinality
                    ),
                    judged as (
                        select source_line, line, f, %s as reject_column
                        from (select *, string_split(line, ',') as f from lines)
                    )
                    select
                        case when reject_column is null then 'ok' else 'rejected' end as load_status,
                        -- a rejected line's fields are kept as far as they parse; only loaded rows reach the lake
                        case when reject_column is null then try_cast(f[1] as integer) end as year,
                        try_cast(f[2] as integer) as month,
                        f[3] as region_code,
                        f[4] as partner_iso,
                        f[5] as hs_code,
                        f[6] as flow,
                        try_cast(f[7] as double) as value_usd,
                        try_cast(nullif(f[8], '') as double) as quantity,
                        %s as source_file,
                        source_line,
                        make_timestamp(%d::bigint) as vintage,
                        reject_column,
                        case when reject_column is not null then %s[reject_column + 1] end as reject_column_name,
                        case when reject_column = 0 then line when reject_column > 0 then f[reject_column] end as reject_value,
                        %s as reject_reason
                    from judged
                ) to %s (format parquet, partition_by (load_status, year), overwrite_or_ignore true)
                """.formatted(SqlText.literal(file.toAbsolutePath().toString()), rules.duckdbRejectColumn(), SqlText.literal(sourceName),
                vintageMicros, names, rules.duckdbReason("reject_column"), SqlText.literal(out.toAbsolutePath().toString()));
    }

    private static String literals(Set<String> codes) {
        return codes.stream().sorted().map(SqlText::literal).collect(Collectors.joining(", "));
    }

}
