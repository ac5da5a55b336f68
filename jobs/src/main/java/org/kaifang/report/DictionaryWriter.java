package org.kaifang.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.kaifang.config.HtmlText;
import org.kaifang.catalog.DataDictionary.Entry;
import org.kaifang.catalog.DataDictionary.Field;

/** Writes the data dictionary as Markdown and as one self-contained HTML page. */
public final class DictionaryWriter {

    private final List<Entry> entries;

    public DictionaryWriter(List<Entry> entries) {
        this.entries = entries;
    }

    public List<Path> write(Path docsDir) {
        try {
            Files.createDirectories(docsDir);
            Path md = docsDir.resolve("dictionary.md");
            Path html = docsDir.resolve("dictionary.html");
            Files.writeString(md, markdown(), StandardCharsets.UTF_8);
            Files.writeString(html, html(), StandardCharsets.UTF_8);
            return List.of(md, html);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the data dictionary to " + docsDir, e);
        }
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# kaifang data dictionary\n\n");
        md.append("Generated from the catalog `kaifang.duckdb` by `./kaifang docs`. Layers: lake (the Parquet files)")
                .append(" → dimension → staging → fact → report; quality holds the data checks.\n\n");
        md.append("| view | layer | grain | reads |\n| --- | --- | --- | --- |\n");
        for (Entry e : entries) {
            md.append("| [").append(e.name()).append("](#").append(e.name()).append(") | ").append(e.layer())
                    .append(" | ").append(cell(e.grain())).append(" | ").append(String.join(", ", e.reads())).append(" |\n");
        }
        for (Entry e : entries) {
            md.append("\n## ").append(e.name()).append("\n\n");
            md.append(e.kind()).append(", ").append(e.layer()).append(" layer. ").append(e.description()).append("\n\n");
            md.append("- reads: ").append(e.reads().isEmpty() ? "—" : String.join(", ", e.reads())).append('\n');
            md.append("- read by: ").append(e.readBy().isEmpty() ? "—" : String.join(", ", e.readBy())).append("\n\n");
            if (!e.columns().isEmpty()) {
                md.append("| column | type | description |\n| --- | --- | --- |\n");
                for (Field f : e.columns()) {
                    md.append("| ").append(f.name()).append(" | ").append(f.type()).append(" | ")
                            .append(cell(f.description())).append(" |\n");
                }
            }
        }
        return md.toString();
    }

    String html() {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>kaifang data dictionary</title><style>"
                + "body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}"
                + "table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:.3rem .5rem;"
                + "text-align:left;vertical-align:top}th{background:#f3f3f3}code{background:#f6f6f6;padding:0 .2rem}"
                + ".layer{color:#666;font-size:.9em}</style></head><body>\n");
        h.append("<h1>kaifang data dictionary</h1>\n<p>Generated from the catalog <code>kaifang.duckdb</code>.</p>\n");
        h.append("<table><tr><th>view</th><th>layer</th><th>grain</th><th>reads</th></tr>\n");
        for (Entry e : entries) {
            h.append("<tr><td><a href=\"#").append(e.name()).append("\">").append(HtmlText.escape(e.name())).append("</a></td><td>")
                    .append(e.layer()).append("</td><td>").append(HtmlText.escape(e.grain())).append("</td><td>")
                    .append(links(e.reads())).append("</td></tr>\n");
        }
        h.append("</table>\n");
        for (Entry e : entries) {
            h.append("<h2 id=\"").append(e.name()).append("\">").append(HtmlText.escape(e.name())).append("</h2>\n<p class=\"layer\">")
                    .append(e.kind()).append(", ").append(e.layer()).append(" layer</p>\n<p>").append(HtmlText.escape(e.description()))
                    .append("</p>\n<p>reads: ").append(e.reads().isEmpty() ? "—" : links(e.reads()))
                    .append("<br>read by: ").append(e.readBy().isEmpty() ? "—" : links(e.readBy())).append("</p>\n");
            if (!e.columns().isEmpty()) {
                h.append("<table><tr><th>column</th><th>type</th><th>description</th></tr>\n");
                for (Field f : e.columns()) {
                    h.append("<tr><td><code>").append(HtmlText.escape(f.name())).append("</code></td><td>").append(HtmlText.escape(f.type()))
                            .append("</td><td>").append(HtmlText.escape(f.description())).append("</td></tr>\n");
                }
                h.append("</table>\n");
            }
        }
        return h.append("</body></html>\n").toString();
    }

    private String links(List<String> names) {
        return String.join(", ", names.stream().map(n -> entries.stream().anyMatch(e -> e.name().equals(n))
                ? "<a href=\"#" + n + "\">" + HtmlText.escape(n) + "</a>" : HtmlText.escape(n)).toList());
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
