package org.kaifang.catalog;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kaifang.table.SqlText;

/**
 * One SQL file of {@code sql/}: a model (a view, with its comments) or, under
 * {@code checks/}, a data check (a query returning failing rows).
 *
 * @param path the file's path below {@code sql/}, e.g. {@code 30_facts/fct_growth.sql}
 */
public record SqlModel(String path, String sql) {

    public boolean isCheck() {
        return path.startsWith("checks/");
    }

    /**
     * True for a file under {@code marts/}: a query over the customs detail whose rows the
     * nightly stores in the lake ({@code lake_<name>}), not a view of the catalog.
     */
    public boolean isMart() {
        return path.startsWith("marts/");
    }

    /** The file name without {@code .sql}: the view's name. */
    public String name() {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.substring(0, file.length() - ".sql".length());
    }

    /** The first header line after the name, e.g. "published growth that levels do not bear out." */
    public String summary() {
        String first = sql.lines().filter(l -> l.startsWith("--")).findFirst().orElse("-- " + name());
        String text = first.substring(2).trim();
        int colon = text.indexOf(": ");
        return colon > 0 && text.substring(0, colon).equals(name()) ? text.substring(colon + 2) : text;
    }

    /**
     * True when the header declares {@code -- materialized: table}: the catalog stores the
     * model's rows when it is built, and the view reads them, as dbt's table materialization.
     */
    public boolean isMaterialized() {
        return sql.lines().anyMatch(l -> l.strip().equals("-- materialized: table"));
    }

    /** The statement that creates the model, without comments. */
    public String definition() {
        return SqlStatements.split(sql).get(0).replaceAll("--[^\n]*", "");
    }

    /**
     * The query the model's view is defined as: what follows {@code as} in its
     * {@code create or replace view <name> as} statement.
     */
    public String query() {
        Matcher definition = DEFINITION.matcher(SqlStatements.split(sql).get(0));
        if (!definition.matches() || !definition.group(1).equalsIgnoreCase(name())) {
            throw new CatalogException("sql/" + path + ": a model begins with 'create or replace view " + name()
                    + " as', after its header");
        }
        return definition.group(2);
    }

    private static final Pattern DEFINITION = Pattern.compile(
            "(?:\\s*--[^\n]*\n)*\\s*create\\s+or\\s+replace\\s+view\\s+(\\w+)\\s+as\\b\\s*(.*)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * A mart's query over one customs detail file, with the file's name before the sums as the
     * mart's lake table declares: a constant, since grouping by the name would cost a tenth of
     * the marts step.
     */
    public String martOfFile(String sourceFile) {
        return "select " + SqlText.literal(sourceFile) + " as source_file, * from (\n" + singleStatement() + "\n)";
    }

    /**
     * The file's one statement: a check's or a mart's query. A second statement is refused; a
     * trailing semicolon or comment is not one.
     */
    public String singleStatement() {
        List<String> statements = SqlStatements.split(sql).stream()
                .filter(statement -> !SqlStatements.firstKeyword(statement).isEmpty()).toList();
        if (statements.size() != 1) {
            throw new CatalogException("sql/" + path + ": one query, not " + statements.size() + " statements");
        }
        return statements.get(0);
    }

    /** The model's {@code comment on} statements. */
    public List<String> comments() {
        return SqlStatements.split(sql).stream()
                .filter(s -> SqlStatements.firstKeyword(s).equalsIgnoreCase("comment")).toList();
    }

    /**
     * The severity a check's header declares, the one place it is stated: error or warn, or
     * {@value #SEVERITY_BY_ROW} for a check whose query gives each row's own severity (a late
     * source is a warning within its grace days and an error past them).
     */
    public String severity() {
        String severity = sql.lines().filter(l -> l.startsWith("-- severity:")).findFirst()
                .map(l -> l.substring("-- severity:".length()).trim().replaceAll("[^a-z_].*$", ""))
                .orElseThrow(() -> new CatalogException("sql/" + path + " declares no '-- severity:' line"));
        if (!severity.equals("error") && !severity.equals("warn") && !severity.equals(SEVERITY_BY_ROW)) {
            throw new CatalogException("sql/" + path + ": severity '" + severity + "' is neither error, warn nor "
                    + SEVERITY_BY_ROW);
        }
        return severity;
    }

    /** The severity of a check whose rows each say their own, in a column named severity. */
    public static final String SEVERITY_BY_ROW = "by_row";
}
