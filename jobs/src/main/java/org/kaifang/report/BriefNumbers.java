package org.kaifang.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    BriefNumber get(int id) {
        return numbers.get(id - 1);
    }

    List<BriefNumber> all() {
        return List.copyOf(numbers);
    }
}
