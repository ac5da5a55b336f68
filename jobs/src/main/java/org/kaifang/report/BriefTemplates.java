package org.kaifang.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;

import org.kaifang.config.Language;

/**
 * The brief's wording, one Mustache template per section under {@code brief/<lang>/} on the
 * classpath: the phrasing rules (增长 / 下降 / 持平, 高于/低于全国X个百分点, 完成年度目标的X%) live
 * there, not in Java. Templates are compiled once; values are never HTML-escaped, since the
 * text goes to Markdown and Word as well as to HTML (which escapes it itself).
 */
final class BriefTemplates {

    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("brief") {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private final String folder;

    BriefTemplates(Language language) {
        this.folder = language == Language.ZH ? "zh" : "en";
    }

    /** The section's text for this context, tokens in place of numbers, without the template's line end. */
    String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        FACTORY.compile(folder + "/" + template + ".mustache").execute(out, context);
        return out.toString().strip();
    }

    /** Items for a template's list, the last one marked so the template can end the sentence. */
    static List<Map<String, Object>> items(List<Map<String, Object>> items) {
        if (!items.isEmpty()) {
            items.get(items.size() - 1).put("last", true);
        }
        return items;
    }
}
