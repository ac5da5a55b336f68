package org.kaifang.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders the models of {@code sql/} so that each is created after every model it reads: the
 * views it names and the macros it calls, found in its statements (comments and string
 * literals aside). Among models free to go, path order stands. A cycle is an error that names
 * it; a name no model defines is left to DuckDB, whose error names it.
 */
final class ModelOrder {

    private static final Pattern DEFINES = Pattern.compile(
            "(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?(?:view|macro)\\s+([a-z_][a-z0-9_]*)");

    private ModelOrder() {
    }

    static List<SqlModel> sort(List<SqlModel> models) {
        Map<String, SqlModel> definedBy = new LinkedHashMap<>();
        Map<SqlModel, Set<String>> macros = new LinkedHashMap<>();
        for (SqlModel model : models) {
            Set<String> names = new LinkedHashSet<>();
            Matcher m = DEFINES.matcher(code(model));
            while (m.find()) {
                definedBy.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), model);
                if (m.group(0).toLowerCase(Locale.ROOT).contains("macro")) {
                    names.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
            macros.put(model, names);
        }
        Map<SqlModel, Set<SqlModel>> reads = new LinkedHashMap<>();
        for (SqlModel model : models) {
            SqlStatements.Names names = SqlStatements.Names.of(code(model));
            Set<SqlModel> needed = new LinkedHashSet<>();
            for (var name : definedBy.entrySet()) {
                SqlModel other = name.getValue();
                boolean macro = macros.get(other).contains(name.getKey());
                if (other != model && names.mentions(name.getKey(), macro)) {
                    needed.add(other);
                }
            }
            reads.put(model, needed);
        }
        List<SqlModel> ordered = new ArrayList<>();
        Set<SqlModel> visiting = new LinkedHashSet<>();
        for (SqlModel model : models) {
            visit(model, reads, visiting, ordered);
        }
        return ordered;
    }

    private static void visit(SqlModel model, Map<SqlModel, Set<SqlModel>> reads, Set<SqlModel> visiting,
                              List<SqlModel> ordered) {
        if (ordered.contains(model)) {
            return;
        }
        if (!visiting.add(model)) {
            List<String> cycle = new ArrayList<>();
            boolean inCycle = false;
            for (SqlModel m : visiting) {
                inCycle |= m == model;
                if (inCycle) {
                    cycle.add("sql/" + m.path());
                }
            }
            cycle.add("sql/" + model.path());
            throw new CatalogException("the models read each other in a cycle: " + String.join(" -> ", cycle));
        }
        for (SqlModel needed : reads.get(model)) {
            visit(needed, reads, visiting, ordered);
        }
        visiting.remove(model);
        ordered.add(model);
    }

    /** The model's statements without comments, comment-on statements and string literals. */
    private static String code(SqlModel model) {
        StringBuilder code = new StringBuilder();
        for (String statement : SqlStatements.split(model.sql())) {
            if (!SqlStatements.firstKeyword(statement).equalsIgnoreCase("comment")) {
                code.append(SqlStatements.withoutCommentsAndLiterals(statement)).append('\n');
            }
        }
        return code.toString();
    }
}
