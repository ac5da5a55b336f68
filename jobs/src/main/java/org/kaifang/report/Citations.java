package org.kaifang.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.kaifang.config.Language;

/**
 * The footnotes of a report table: each source cited once with the latest load time (vintage)
 * of the figures taken from it, and a note when any figure is synthetic. A source written as
 * "document:passage" (a speech and the sentence a figure is quoted from) is cited once per
 * document, its passages listed after it.
 */
final class Citations {

    /** The SQL that formats a vintage column as footnotes print it, in UTC as stored. */
    static String vintageText(String column) {
        return "strftime(" + column + ", '%Y-%m-%d %H:%M')";
    }

    private final Map<String, String> latestVintage = new TreeMap<>();
    private final Map<String, Set<String>> passages = new TreeMap<>();
    private boolean synthetic;

    void add(String source, String vintage, boolean syntheticFigure) {
        if (source != null && !source.isBlank()) {
            int colon = source.indexOf(':');
            String document = colon > 0 ? source.substring(0, colon) : source;
            latestVintage.merge(document, vintage == null ? "" : vintage, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            Set<String> quoted = passages.computeIfAbsent(document, d -> new TreeSet<>());
            if (colon > 0 && colon < source.length() - 1) {
                quoted.add(source.substring(colon + 1).strip());
            }
        }
        // the staging rule: a source that says it is synthetic is, whatever the caller knew
        synthetic |= syntheticFigure
                || source != null && source.strip().toLowerCase(Locale.ROOT).startsWith("synthetic");
    }

    boolean synthetic() {
        return synthetic;
    }

    /** "document (loaded 2026-11-26 02:00 UTC): passage; passage", one per document, in the report's language. */
    List<String> sources(Language language) {
        List<String> lines = new ArrayList<>();
        latestVintage.forEach((document, vintage) -> {
            String cited = vintage.isEmpty() ? document
                    : document + language.pick("(载入于 " + vintage + " UTC)", " (loaded " + vintage + " UTC)");
            Set<String> quoted = passages.get(document);
            lines.add(quoted.isEmpty() ? cited : cited + language.pick(":", ": ")
                    + String.join(language.pick(";", "; "), quoted));
        });
        return lines;
    }

    /** The sources, then the synthetic note if it applies: a table's footnotes. */
    List<String> footnotes(Language language) {
        List<String> lines = new ArrayList<>();
        sources(language).forEach(s -> lines.add(language.pick("资料来源:", "Source: ") + s));
        if (synthetic) {
            lines.add(syntheticNote(language));
        }
        return lines;
    }

    /** "口径:实际利用外资——商务部口径,…": what an indicator counts, under every table that shows it. */
    static String caliber(String indicatorName, String caliber, Language language) {
        return language.pick("口径:" + indicatorName + "——" + caliber, "Basis: " + indicatorName + " - " + caliber);
    }

    static String syntheticNote(Language language) {
        return language.pick("注:部分数据为合成数据(synthetic),仅供测试,不是公布数。",
                "Note: some figures are synthetic (generated for testing), not published figures.");
    }
}
