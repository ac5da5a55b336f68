package org.kaifang.config;

import java.util.Locale;

/** The language of messages and reports: Chinese first, English for everyone else. */
public enum Language {
    ZH, EN;

    public static Language parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("zh")) {
            return ZH;
        }
        if (t.startsWith("en")) {
            return EN;
        }
        throw new IllegalArgumentException("unknown language '" + text + "': expected zh or en");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Picks Chinese or English text. */
    public String pick(String zh, String en) {
        return this == ZH ? zh : en;
    }
}
