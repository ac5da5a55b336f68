package org.kaifang.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.TestWarehouse;

/**
 * Every %%sql cell of every shipped notebook runs on a warehouse built from data/; a notebook
 * whose view name is broken fails, naming the notebook and the cell.
 */
class NotebooksTest {

    static final Path NOTEBOOKS = Path.of("..", "notebooks").toAbsolutePath().normalize();

    @TempDir
    static Path root;

    static TestWarehouse warehouse;

    @BeforeAll
    static void buildFromShippedData() {
        warehouse = TestWarehouse.withNationalSeries(root.resolve("w"));
        assertEquals(0, warehouse.nightly("2026-11-26").exitCode());
    }

    static List<Path> notebooks() throws Exception {
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            return files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    @Test
    void everySqlCellOfEveryNotebookRuns() throws Exception {
        List<Path> notebooks = notebooks();
        assertTrue(notebooks.size() >= 4, notebooks.toString());
        for (Path file : notebooks) {
            Notebook notebook = Notebook.read(file);
            assertTrue(notebook.sqlCells().size() >= 3, file + " has too few SQL cells");
            NotebookRun run = NotebookRun.execute(notebook, warehouse.catalog());
            assertEquals(List.of(), run.errors(), file.toString());
            assertTrue(notebook.cells().stream().anyMatch(c -> c.kind() == Notebook.Kind.CODE
                    && c.source().contains("read_only=True")), file + " opens the catalog read-only");
        }
    }

    @Test
    void theGrowthNotebookShowsTheSpeechsFigures() {
        Notebook growth = Notebook.read(NOTEBOOKS.resolve("01_growth_overview.ipynb"));
        Notebook.Cell first = growth.sqlCells().get(0);
        NotebookRun.Result result = NotebookRun.execute(growth, warehouse.catalog()).result(first.number());
        List<String> fdi = result.rows().stream().filter(r -> r.get(0).equals("实际利用外资")).findFirst().orElseThrow();
        assertEquals(List.of("实际利用外资", "亿美元", "4.68", "16.1", "reported"), fdi.subList(0, 5));
    }

    @Test
    void aResultUsingSyntheticFiguresSaysSoAndARealOneDoesNot() {
        // Xiangtan's 2011 figures are the speech's; the trade of every region includes the sample
        // yearbook's synthetic Zhuzhou (2 rows: 2010 and 2011)
        Notebook growth = Notebook.read(NOTEBOOKS.resolve("01_growth_overview.ipynb"));
        NotebookRun run = NotebookRun.execute(growth, warehouse.catalog());
        NotebookRun.Result xiangtan = run.result(growth.sqlCells().get(0).number());
        NotebookRun.Result trade = run.result(growth.sqlCells().get(1).number());
        assertEquals(0, xiangtan.syntheticRows());
        assertEquals(2, trade.syntheticRows());
        // on the page, the note follows the trade result and not the speech's
        String page = NotebookPage.render(run);
        int speech = page.indexOf("where region_code = '430300' and year = 2011");
        int tradeCell = page.indexOf("where indicator_code = 'trade_total'");
        assertTrue(speech > 0 && tradeCell > speech, "cells in order");
        assertEquals(-1, page.substring(speech, tradeCell).indexOf("合成数据"), "no note under the speech's figures");
        String note = "<p class=\"synthetic\">" + NotebookPage.syntheticNote(2) + "</p>";
        int noted = page.indexOf(note, tradeCell);
        assertTrue(noted > 0 && noted < page.indexOf("<pre class=\"sql\">", tradeCell), "the note follows the trade result");
    }

    @Test
    void aBrokenViewNameFailsNamingTheNotebookAndCell() throws Exception {
        Path broken = root.resolve("broken");
        Files.createDirectories(broken);
        String text = Files.readString(NOTEBOOKS.resolve("01_growth_overview.ipynb"), StandardCharsets.UTF_8);
        Files.writeString(broken.resolve("01_growth_overview.ipynb"),
                text.replaceFirst("from rpt_trend_table", "from rpt_trend_tabel"), StandardCharsets.UTF_8);
        Notebook notebook = Notebook.read(broken.resolve("01_growth_overview.ipynb"));
        NotebookRun run = NotebookRun.execute(notebook, warehouse.catalog());
        assertEquals(1, run.errors().size(), run.errors().toString());
        int cell = notebook.sqlCells().get(0).number();
        assertTrue(run.errors().get(0).startsWith("01_growth_overview.ipynb, cell " + cell + ": "), run.errors().toString());
        assertTrue(run.errors().get(0).contains("rpt_trend_tabel"), run.errors().toString());

        TestWarehouse.Run cli = warehouse.kaifang("notebooks", "--notebooks", broken.toString());
        assertEquals(1, cli.exitCode(), cli.out());
        assertTrue(cli.err().contains("cell " + cell), cli.err());
        String page = Files.readString(warehouse.warehouse().resolve("notebooks/01_growth_overview.html"));
        assertTrue(page.contains("class=\"error\""), "the page shows the failing cell's error");
    }

    @Test
    void notebooksCommandWritesEachWithItsResults() throws Exception {
        TestWarehouse.Run cli = warehouse.kaifang("notebooks", "--notebooks", NOTEBOOKS.toString());
        assertEquals(0, cli.exitCode(), cli.out() + cli.err());
        for (Path file : notebooks()) {
            String name = file.getFileName().toString().replace(".ipynb", ".html");
            String page = Files.readString(warehouse.warehouse().resolve("notebooks").resolve(name));
            assertTrue(page.contains("<table>") && !page.contains("class=\"error\"") && !page.contains("<script"), name);
        }
        String growth = Files.readString(warehouse.warehouse().resolve("notebooks/01_growth_overview.html"));
        assertTrue(growth.contains("<td>实际利用外资</td><td>亿美元</td><td>4.68</td><td>16.1</td>"), growth);
    }
}
