package org.kaifang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.ExternalProgram;
import org.kaifang.TestWarehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The catalog of the generated panel read by clients nobody here wrote: the Node.js client
 * from npm (@duckdb/node-api, installed into a scratch folder), and DuckDB's JDBC drivers of
 * 1.2.0, the oldest release the README promises, and 1.4.1, whose releases could not read a
 * view with a with inside a subquery. Every row of every view is read, every column decoded;
 * the leaders' views read in Node equal what {@code kaifang sql} prints.
 */
class CatalogClientsIT {

    /** The Node.js client's release analysts install today. */
    static final String NODE_CLIENT = "@duckdb/node-api@1.5.6-r.1";

    /** The leaders' views, each as text by DuckDB's own cast, in one order (none judged on today's date). */
    static final List<String> LEADERS_QUERIES = Stream.of("rpt_trend_table", "rpt_ytd_progress", "rpt_region_rank",
                    "fct_growth", "rpt_report_index")
            .map(view -> "select columns(*)::varchar from " + view + " order by all").toList();

    @TempDir
    static Path root;

    static Path catalog;
    static int views;

    @BeforeAll
    static void buildThePanelsCatalog() throws Exception {
        Path panel = root.resolve("panel");
        TestWarehouse.Run generated = TestWarehouse.run("generate", "--panel", "--out", panel.toString(), "--seed", "42",
                "--data", TestWarehouse.PROJECT_DATA.toString());
        assertEquals(0, generated.exitCode(), generated.err());
        Path warehouse = root.resolve("warehouse");
        TestWarehouse.Run night = TestWarehouse.run("nightly", "--date", "2026-11-26", "--data", panel.toString(),
                "--warehouse", warehouse.toString());
        assertTrue(night.exitCode() == 0 || night.exitCode() == 3, night.out() + night.err());
        catalog = warehouse.resolve("kaifang.duckdb");
        views = Integer.parseInt(sql("select count(*) from duckdb_views() where not internal").get(1).get(0));
        assertTrue(views > 80, views + " views");
    }

    /** What kaifang's own sql prints for a query, as CSV rows, header first. */
    static List<List<String>> sql(String query) throws Exception {
        TestWarehouse.Run run = TestWarehouse.run("sql", "--format", "csv", "--warehouse", catalog.getParent().toString(), query);
        assertEquals(0, run.exitCode(), run.err());
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(run.out()))) {
            rows.add(record.toList());
        }
        return rows;
    }

    @Test
    void nodeReadsEveryViewAndTheLeadersViewsAsKaifangPrintsThem() throws Exception {
        assumeTrue(onPath("npm") && onPath("node") || "1".equals(System.getenv("KAIFANG_REQUIRE_NPM")),
                "Node.js and npm are not installed (Debian packages nodejs and npm; .ci/run installs them)");
        Path scratch = root.resolve("node");
        Files.createDirectories(scratch);
        ExternalProgram.run(List.of("npm", "install", "--prefix", scratch.toString(), "--no-audit", "--no-fund",
                "--loglevel", "error", NODE_CLIENT));
        Path script = scratch.resolve("read-every-view.mjs");
        Files.copy(Path.of("src/test/resources/clients/read-every-view.mjs"), script);
        List<String> command = new ArrayList<>(List.of("node", script.toString(), catalog.toString()));
        command.addAll(LEADERS_QUERIES);
        JsonNode read = new ObjectMapper().readTree(ExternalProgram.run(command));
        assertTrue(read.get("version").asText().startsWith("v1.5"), read.get("version").asText());
        assertEquals(views, read.get("views").asInt());
        assertEquals("[]", read.get("failures").toString());
        for (String query : LEADERS_QUERIES) {
            List<List<String>> printed = sql(query);
            List<List<String>> inNode = new ArrayList<>();
            read.get("rows").get(query).forEach(row -> {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.isNull() ? "" : cell.asText()));
                inNode.add(cells);
            });
            assertTrue(inNode.size() > 0 || query.contains("rpt_ytd_progress"), query);
            assertEquals(printed.subList(1, printed.size()), inNode, query);
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    @Test
    void theOldestClientPromisedAndTheReleasesThatMisreadNestedWithReadEveryView() throws Exception {
        for (String release : List.of("1.2.0", "1.4.1.0")) {
            Path driver = Path.of("target", "duckdb-clients", "duckdb_jdbc-" + release + ".jar").toAbsolutePath();
            assertTrue(Files.isRegularFile(driver), driver + " (copied by the build before the integration tests)");
            String out = ExternalProgram.run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", Path.of("target", "test-classes").toAbsolutePath() + ":" + driver,
                    EveryViewReader.class.getName(), catalog.toString()));
            List<String> lines = out.lines().toList();
            assertEquals("v" + String.join(".", List.of(release.split("\\.")).subList(0, 3)), lines.get(0), out);
            assertEquals(List.of(views + " views"), lines.subList(1, lines.size()), out);
        }
    }
}
