package org.kaifang.notebook;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kaifang.catalog.ReadOnlySession;

/**
 * Runs every {@code %%sql} cell of a notebook against the catalog, read-only, as jupysql would
 * in Jupyter: the results kept for the notebook's page, and each failing cell named with its
 * notebook, number and error.
 */
public final class NotebookRun {

    /** Most rows kept per cell for the page: a notebook shows a result, not a table dump. */
    static final int ROWS_SHOWN = 50;

    /**
     * Columns by which a view says a row uses a synthetic figure (its own, or a neighbour's in a
     * rank): a result selecting one is marked on the page when any of its rows, shown or not, is.
     */
    static final List<String> SYNTHETIC_COLUMNS = List.of("is_synthetic", "uses_synthetic");

    /** A cell's result: column names and rows, or the error it raised; how many rows use a synthetic figure. */
    public record Result(List<String> columns, List<List<String>> rows, long rowCount, long syntheticRows, String error) {
    }

    private final Notebook notebook;
    private final Map<Integer, Result> results = new LinkedHashMap<>();

    private NotebookRun(Notebook notebook) {
        this.notebook = notebook;
    }

    public static NotebookRun execute(Notebook notebook, Path catalogFile) {
        NotebookRun run = new NotebookRun(notebook);
        try (ReadOnlySession session = new ReadOnlySession(catalogFile)) {
            for (Notebook.Cell cell : notebook.sqlCells()) {
                run.results.put(cell.number(), run(session, cell.source()));
            }
        }
        return run;
    }

    private static Result run(ReadOnlySession session, String sql) {
        try (ResultSet rs = session.query(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                columns.add(meta.getColumnLabel(c));
            }
            List<Integer> syntheticColumns = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                if (SYNTHETIC_COLUMNS.contains(columns.get(c))) {
                    syntheticColumns.add(c + 1);
                }
            }
            List<List<String>> rows = new ArrayList<>();
            long count = 0;
            long synthetic = 0;
            while (rs.next()) {
                count++;
                for (int c : syntheticColumns) {
                    if (Boolean.TRUE.equals(rs.getObject(c))) {
                        synthetic++;
                        break;
                    }
                }
                if (rows.size() < ROWS_SHOWN) {
                    List<String> row = new ArrayList<>();
                    for (int c = 1; c <= columns.size(); c++) {
                        Object value = rs.getObject(c);
                        row.add(value == null ? "" : value.toString());
                    }
                    rows.add(row);
                }
            }
            return new Result(columns, rows, count, synthetic, null);
        } catch (SQLException e) {
            return new Result(List.of(), List.of(), 0, 0, e.getMessage().lines().findFirst().orElse(e.toString()));
        }
    }

    public Notebook notebook() {
        return notebook;
    }

    public Result result(int cellNumber) {
        return results.get(cellNumber);
    }

    /** "notebook, cell N: error", one per failing cell; empty when every cell ran. */
    public List<String> errors() {
        List<String> errors = new ArrayList<>();
        results.forEach((number, result) -> {
            if (result.error() != null) {
                errors.add(notebook.name() + ".ipynb, cell " + number + ": " + result.error());
            }
        });
        return errors;
    }
}
