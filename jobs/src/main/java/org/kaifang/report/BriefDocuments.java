package org.kaifang.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.kaifang.config.HtmlText;
import org.kaifang.config.Language;

/**
 * A brief's documents beside the trend tables: {@code brief.md}, {@code brief.html} (each number
 * linked to its trace entry), {@code brief.docx} ({@link BriefWord}) and {@code brief.trace.json}, which lists for every number its
 * position in {@code brief.md} (character offset), the view, key and column it was read from,
 * the value there, and the source file:line and vintage of the figure.
 */
final class BriefDocuments {

    /** The report's name in its folder, the files every brief has, and its PDF. */
    static final String REPORT = "brief";
    private static final List<String> FILES = List.of("brief.md", "brief.html", "brief.docx", "brief.trace.json");
    static final String PDF = "brief.pdf";

    /** Every file a brief may have, its PDF included. */
    static final List<String> ALL_FILES = Stream.concat(FILES.stream(), Stream.of(PDF)).toList();

    private final Language language;

    BriefDocuments(Language language) {
        this.language = language;
    }

    /**
     * A brief whose files are written. Its mark ({@link WrittenReports}) is set by {@link #mark}
     * once its PDF, if one is made, is made too.
     */
    record Written(Path markdown, String fingerprint, List<String> files) {

        void mark() {
            WrittenReports.written(markdown.getParent(), REPORT, fingerprint, files);
        }
    }

    /**
     * Writes the files into {@code folder}, unless {@code always} is false and they were written
     * from the same brief by this build, with a PDF if {@code pdf} says one is made; then
     * nothing is written. A PDF of an earlier brief is removed: it is made again after, or not
     * at all.
     */
    Optional<Written> write(Brief brief, Path folder, boolean always, boolean pdf) {
        Map<Integer, Integer> offsets = new LinkedHashMap<>();
        String md = markdown(brief, offsets);
        String html = html(brief);
        List<String> files = pdf ? ALL_FILES : FILES;
        try {
            String trace = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(trace(brief, offsets));
            // the Word document is laid out from the same paragraphs and numbers as these three
            String fingerprint = WrittenReports.fingerprint(List.of("pdf " + pdf, md, html, trace));
            if (!WrittenReports.toWrite(folder, REPORT, fingerprint, files, always)) {
                return Optional.empty();
            }
            Files.deleteIfExists(folder.resolve(PDF));
            Files.writeString(folder.resolve("brief.md"), md, StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("brief.html"), html, StandardCharsets.UTF_8);
            BriefWord.write(brief, folder.resolve("brief.docx"));
            Files.writeString(folder.resolve("brief.trace.json"), trace, StandardCharsets.UTF_8);
            return Optional.of(new Written(folder.resolve("brief.md"), fingerprint, files));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the brief into " + folder, e);
        }
    }

    /** The Markdown text, each number's offset in it recorded as its token is replaced. */
    static String markdown(Brief brief, Map<Integer, Integer> offsets) {
        StringBuilder md = new StringBuilder("# ");
        Consumer<BriefNumber> placed = number -> {
            offsets.put(number.id(), md.length());
            md.append(number.text());
        };
        pieces(brief.title(), brief.numbers(), md::append, placed);
        md.append("\n");
        for (Brief.Section section : brief.sections()) {
            md.append("\n## ").append(section.title()).append("\n");
            for (String paragraph : section.paragraphs()) {
                md.append('\n');
                pieces(paragraph, brief.numbers(), md::append, placed);
                md.append('\n');
            }
        }
        return md.toString();
    }

    private String html(Brief brief) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(language.pick("zh-CN", "en"))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(HtmlText.escape(markdown(new Brief(brief.regionCode(), brief.year(), brief.title(), List.of(),
                        brief.numbers()), new LinkedHashMap<>()).substring(2).strip()))
                .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<h1>");
        linked(brief.title(), brief.numbers(), html);
        html.append("</h1>\n");
        for (Brief.Section section : brief.sections()) {
            html.append("<h2>").append(HtmlText.escape(section.title())).append("</h2>\n");
            for (String paragraph : section.paragraphs()) {
                html.append("<p>");
                linked(paragraph, brief.numbers(), html);
                html.append("</p>\n");
            }
        }
        html.append("<h2>").append(language.pick("数字来源", "Where each number comes from")).append("</h2>\n")
                .append("<table class=\"trace\">\n<thead><tr><th>#</th><th>").append(language.pick("数字", "Number"))
                .append("</th><th>").append(language.pick("视图", "View")).append("</th><th>")
                .append(language.pick("键", "Key")).append("</th><th>").append(language.pick("列", "Column"))
                .append("</th><th>").append(language.pick("值", "Value")).append("</th><th>")
                .append(language.pick("来源文件:行", "Source file:line")).append("</th></tr></thead>\n<tbody>\n");
        for (BriefNumber number : brief.numbers().all()) {
            html.append("<tr id=\"t").append(number.id()).append("\"><td><a href=\"#n").append(number.id()).append("\">")
                    .append(number.id()).append("</a></td><td>").append(HtmlText.escape(number.text()))
                    .append("</td><td>").append(number.view()).append("</td><td>")
                    .append(HtmlText.escape(number.key().toString())).append("</td><td>").append(number.column())
                    .append("</td><td>").append(number.value()).append("</td><td>")
                    .append(HtmlText.escape(source(number))).append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</body>\n</html>\n").toString();
    }

    /** Text with each number a link to its trace entry, escaped for HTML. */
    private static void linked(String text, BriefNumbers numbers, StringBuilder html) {
        pieces(text, numbers, plain -> html.append(HtmlText.escape(plain)), number -> html
                .append("<a class=\"n\" id=\"n").append(number.id()).append("\" href=\"#t").append(number.id())
                .append("\">").append(HtmlText.escape(number.text())).append("</a>"));
    }

    private static Map<String, Object> trace(Brief brief, Map<Integer, Integer> offsets) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (BriefNumber number : brief.numbers().all()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", number.id());
            entry.put("text", number.text());
            entry.put("offset", offsets.get(number.id()));
            entry.put("view", number.view());
            entry.put("key", number.key());
            entry.put("column", number.column());
            entry.put("value", number.value());
            entry.put("source", source(number));
            entry.put("vintage", number.vintage());
            entries.add(entry);
        }
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("region_code", brief.regionCode());
        trace.put("year", brief.year());
        trace.put("text", "brief.md");
        trace.put("numbers", entries);
        return trace;
    }

    private static String source(BriefNumber number) {
        return number.sourceFile() == null ? "" : number.sourceFile() + ":" + number.sourceLine();
    }

    /** Walks a paragraph's text and numbers in order: plain text to one, each token's number to the other. */
    static void pieces(String paragraph, BriefNumbers numbers, Consumer<String> text, Consumer<BriefNumber> number) {
        int start = 0;
        for (int open = paragraph.indexOf(BriefNumbers.OPEN); open >= 0; open = paragraph.indexOf(BriefNumbers.OPEN, start)) {
            int close = paragraph.indexOf(BriefNumbers.CLOSE, open);
            text.accept(paragraph.substring(start, open));
            number.accept(numbers.get(Integer.parseInt(paragraph.substring(open + 1, close))));
            start = close + 1;
        }
        text.accept(paragraph.substring(start));
    }

    private static final String CSS = """
            body { font-family: "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif;
                   font-size: 16pt; line-height: 1.75; margin: 1rem auto; max-width: 42rem; padding: 0 1rem; color: #111; }
            h1 { font-family: "Noto Serif CJK SC", "SimHei", serif; font-size: 22pt; text-align: center; }
            h2 { font-family: "SimHei", "Noto Sans CJK SC", sans-serif; font-size: 16pt; font-weight: normal; }
            p { text-indent: 2em; margin: 0.4rem 0; }
            a.n { color: inherit; text-decoration: none; border-bottom: 1px dotted #888; }
            table.trace { border-collapse: collapse; font: 10pt sans-serif; margin-top: 1rem; }
            table.trace td, table.trace th { border: 1px solid #ccc; padding: 0.2rem 0.4rem; }
            @media print { table.trace { display: none; } }
            """;
}
