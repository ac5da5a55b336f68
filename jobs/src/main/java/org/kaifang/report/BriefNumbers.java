package org.kaifang.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The numbers of one brief, in the order they were read; each stands as a token in the text. */
final class BriefNumbers {

    static final char OPEN = '⟦';
    static final char CLOSE = '⟧';

    private final List<BriefNumber> numbers = new ArrayList<>();

    /** A traced number: its printed text and the cell it came from; returns the token to print. */
    String add(String text, String view, Map<String, Object> key, String column, double value,
               String sourceFile, Long sourceLine, String vintage) {
        BriefNumber number = new BriefNumber(numbers.size() + 1, text, view, new LinkedHashMap<>(key), column, value,
                sourceFile, sourceLine, vintage);
        numbers.add(number);
        return number.token();
    }

    /** A number read from a cell's column, printed as {@code text}. */
    String add(String text, BriefCell cell, String column, double value) {
        return add(text, cell.view(), cell.key(), column, value, cell.file(), cell.line(), cell.vintage());
    }

    /**
     * The words for a signed number as printed: {@code up} or {@code down}, with the number's
     * absolute value under {@code name}; {@code level} alone when it prints as zero. One rule for
     * growth, changes and gaps: the sign is in the words, never before the number (下降3.2%,
     * never 增长-3.2%).
     */
    Map<String, Object> bySign(double value, Function<Double, String> format, BriefCell cell, String column,
                               String up, String down, String level, String name) {
        Map<String, Object> words = new LinkedHashMap<>();
        String printed = format.apply(Math.abs(value));
        if (printed.equals(format.apply(0.0))) {
            words.put(level, true);
        } else {
            words.put(value > 0 ? up : down, true);
            words.put(name, add(printed, cell, column, value));
        }
        return words;
    }

    BriefNumber get(int id) {
        return numbers.get(id - 1);
    }

    List<BriefNumber> all() {
        return List.copyOf(numbers);
    }
}
