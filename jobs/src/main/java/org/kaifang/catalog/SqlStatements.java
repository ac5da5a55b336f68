package org.kaifang.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits SQL text into statements and finds each one's first keyword, minding quotes and comments. */
final class SqlStatements {

    private SqlStatements() {
    }

    /** The statements of a text, without the separating semicolons; blank ones are dropped. */
    static List<String> split(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end = skipQuotedOrComment(sql, i);
            if (end > i) {
                current.append(sql, i, end);
                i = end;
            } else if (c == ';') {
                addIfNotBlank(statements, current.toString());
                current.setLength(0);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        addIfNotBlank(statements, current.toString());
        return statements;
    }

    /** The first word of a statement that is not a comment or an opening parenthesis. */
    static String firstKeyword(String statement) {
        int i = 0;
        while (i < statement.length()) {
            char c = statement.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (statement.startsWith("--", i) || statement.startsWith("/*", i)) {
                i = skipQuotedOrComment(statement, i);
            } else {
                int start = i;
                while (i < statement.length() && Character.isLetter(statement.charAt(i))) {
                    i++;
                }
                return statement.substring(start, Math.max(i, start + 1));
            }
        }
        return "";
    }

    /**
     * What SQL names: each identifier not qualified by a dot, as a relation it reads, and as a
     * macro it calls when a parenthesis follows. A macro shares its name with columns, so only a
     * call counts. The one test of what a model reads, for its order and its lineage; found in
     * one pass, since the catalog asks it of every pair of models.
     */
    record Names(Set<String> read, Set<String> called) {

        private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])[A-Za-z_][A-Za-z0-9_]*");

        static Names of(String sql) {
            Set<String> read = new HashSet<>();
            Set<String> called = new HashSet<>();
            if (sql != null) {
                Matcher m = IDENTIFIER.matcher(sql);
                while (m.find()) {
                    String name = m.group().toLowerCase(Locale.ROOT);
                    int next = m.end();
                    while (next < sql.length() && Character.isWhitespace(sql.charAt(next))) {
                        next++;
                    }
                    // a relation is named with no parenthesis right after it; a call may have space before one
                    if (m.end() == sql.length() || sql.charAt(m.end()) != '(') {
                        read.add(name);
                    }
                    if (next < sql.length() && sql.charAt(next) == '(') {
                        called.add(name);
                    }
                }
            }
            return new Names(read, called);
        }

        boolean mentions(String name, boolean call) {
            return (call ? called : read).contains(name.toLowerCase(Locale.ROOT));
        }
    }

    /** The statement with its comments and quoted strings blanked: what it names, not what it says. */
    static String withoutCommentsAndLiterals(String statement) {
        StringBuilder code = new StringBuilder();
        int i = 0;
        while (i < statement.length()) {
            int end = skipQuotedOrComment(statement, i);
            if (end > i) {
                code.append(' ');
                i = end;
            } else {
                code.append(statement.charAt(i));
                i++;
            }
        }
        return code.toString();
    }

    /**
     * A query {@code with <ctes> <main query>} as its two parts, the common table expressions
     * (with the word with) and the main query; a query without them as an empty first part.
     * The main query is the first select, from or values outside every parenthesis after with.
     */
    static List<String> withAndMain(String query) {
        String code = blanked(query);
        Matcher start = LEADING_WITH.matcher(code);
        if (!start.find()) {
            return List.of("", query.strip());
        }
        int depth = 0;
        for (int i = start.end(); i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && MAIN_QUERY.matcher(code).region(i, code.length()).lookingAt()
                    && (i == 0 || !Character.isLetterOrDigit(code.charAt(i - 1)) && code.charAt(i - 1) != '_')) {
                return List.of(query.substring(0, i).strip(), query.substring(i).strip());
            }
        }
        throw new IllegalArgumentException("a query beginning with 'with' has no main query after its expressions");
    }

    /** The text with every quoted string and comment turned to spaces, each character in its place. */
    private static String blanked(String sql) {
        StringBuilder code = new StringBuilder(sql);
        int i = 0;
        while (i < sql.length()) {
            int end = skipQuotedOrComment(sql, i);
            if (end > i) {
                for (int j = i; j < end; j++) {
                    code.setCharAt(j, ' ');
                }
                i = end;
            } else {
                i++;
            }
        }
        return code.toString();
    }

    private static final Pattern LEADING_WITH = Pattern.compile("^\\s*with\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAIN_QUERY = Pattern.compile("(select|from|values)\\b", Pattern.CASE_INSENSITIVE);

    private static void addIfNotBlank(List<String> statements, String statement) {
        if (!firstKeyword(statement).isEmpty()) {
            statements.add(statement.strip());
        }
    }

    /** The index just past a quoted string or comment starting at i, or i if none starts there. */
    private static int skipQuotedOrComment(String sql, int i) {
        char c = sql.charAt(i);
        if (c == '\'' || c == '"') {
            int j = i + 1;
            while (j < sql.length()) {
                if (sql.charAt(j) == c) {
                    if (j + 1 < sql.length() && sql.charAt(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    return j + 1;
                }
                j++;
            }
            return sql.length();
        }
        if (sql.startsWith("--", i)) {
            int newline = sql.indexOf('\n', i);
            return newline < 0 ? sql.length() : newline + 1;
        }
        if (sql.startsWith("/*", i)) {
            int close = sql.indexOf("*/", i + 2);
            return close < 0 ? sql.length() : close + 2;
        }
        return i;
    }
}
