package org.kaifang.config;

/** Text as it goes into a page kaifang writes: what the data says never becomes markup. */
public final class HtmlText {

    private HtmlText() {
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
