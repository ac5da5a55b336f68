package org.kaifang.config;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What kaifang tells its users about their data (why a row was rejected, why a file was
 * refused), in the CLI's language. The texts live in {@code messages.properties} (English) and
 * {@code messages_zh.properties} (Chinese), keyed by a short name, in {@link MessageFormat}
 * style: {@code {0}} is the first argument.
 *
 * <p>The language is the process's, chosen once by the CLI from its settings: a run speaks one
 * language in its console, its rejects files and its logs alike.
 */
public final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Language language = Language.ZH;

    private Messages() {
    }

    public static void use(Language chosen) {
        language = chosen;
    }

    public static Language language() {
        return language;
    }

    /** The message {@code key} with its arguments, in the process's language. */
    public static String text(String key, Object... args) {
        return text(language, key, args);
    }

    public static String text(Language in, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(in).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' in " + in.code(), e);
        }
        MessageFormat format = new MessageFormat(pattern, in == Language.ZH ? Locale.CHINA : Locale.ROOT);
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // numbers as typed: no thousands separators in years, lines and codes
            plain[i] = args[i] instanceof Number ? String.valueOf(args[i]) : args[i];
        }
        return format.format(plain);
    }

    static ResourceBundle bundle(Language in) {
        return ResourceBundle.getBundle("messages", in == Language.ZH ? Locale.CHINESE : Locale.ROOT, NO_FALLBACK);
    }
}
