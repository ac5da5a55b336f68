package org.kaifang.notebook;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.kaifang.config.HtmlText;

/**
 * A notebook with its results as one self-contained HTML page (no script, nothing fetched):
 * markdown rendered, code shown, each SQL cell followed by its result table or its error.
 */
public final class NotebookPage {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).build();

    private NotebookPage() {
    }

    public static String render(NotebookRun run) {
        Notebook notebook = run.notebook();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(HtmlText.escape(notebook.name())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        for (Notebook.Cell cell : notebook.cells()) {
            switch (cell.kind()) {
                case MARKDOWN -> html.append("<section class=\"md\">").append(HTML.render(MARKDOWN.parse(cell.source())))
                        .append("</section>\n");
                case CODE -> html.append("<pre class=\"code\">").append(HtmlText.escape(cell.source())).append("</pre>\n");
                case SQL -> sql(html, cell, run.result(cell.number()));
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void sql(StringBuilder html, Notebook.Cell cell, NotebookRun.Result result) {
        html.append("<pre class=\"sql\"><span class=\"n\">[").append(cell.number()).append("]</span> %%sql\n")
                .append(HtmlText.escape(cell.source())).append("</pre>\n");
        if (result.error() != null) {
            html.append("<p class=\"error\">").append(HtmlText.escape(result.error())).append("</p>\n");
            return;
        }
        html.append("<div class=\"result\"><table>\n<thead><tr>");
        result.columns().forEach(c -> html.append("<th>").append(HtmlText.escape(c)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (var row : result.rows()) {
            html.append("<tr>");
            row.forEach(v -> html.append("<td>").append(HtmlText.escape(v)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</tbody></table></div>\n<p class=\"count\">").append(result.rowCount()).append(" rows")
                .append(result.rowCount() > result.rows().size() ? ", first " + result.rows().size() + " shown" : "")
                .append("</p>\n");
        if (result.syntheticRows() > 0) {
            html.append("<p class=\"synthetic\">").append(syntheticNote(result.syntheticRows())).append("</p>\n");
        }
    }

    /** The note under a result that uses synthetic figures, as the reports print it. */
    static String syntheticNote(long rows) {
        return "注:" + rows + " 行使用合成数据(synthetic),仅供测试,不是公布数。"
                + " Note: " + rows + " rows use synthetic figures (generated for testing), not published figures.";
    }


    private static final String CSS = """
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
                   margin: 1rem auto; max-width: 70rem; color: #222; padding: 0 1rem; }
            pre { background: #f6f8fa; padding: 0.6rem; overflow-x: auto; font-size: 0.85rem; }
            pre.code { color: #555; }
            .n { color: #888; }
            .result { overflow-x: auto; }
            table { border-collapse: collapse; font-size: 0.85rem; }
            th, td { border: 1px solid #ccc; padding: 0.2rem 0.5rem; text-align: right; }
            th { background: #eee; }
            .count { color: #666; font-size: 0.8rem; }
            .error { color: #a00; font-weight: bold; }
            .synthetic { color: #a60; font-weight: bold; }
            """;
}
