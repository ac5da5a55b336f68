package org.kaifang.report;

import java.util.List;

/**
 * A written brief (文字简报): its title, its sections in the bureau's order, each a few
 * paragraphs of text in which every number stands as a token of {@link BriefNumbers}. The
 * documents (Markdown, HTML, the trace) replace the tokens, so they print the same numbers.
 */
record Brief(String regionCode, int year, String title, List<Section> sections, BriefNumbers numbers) {

    record Section(String title, List<String> paragraphs) {
    }
}
