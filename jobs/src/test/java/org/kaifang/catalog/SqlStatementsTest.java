package org.kaifang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SqlStatementsTest {

    @Test
    void semicolonsInsideQuotesAndCommentsDoNotSplit() {
        assertEquals(List.of("select 'a;b', \"c;d\" -- e;f\nfrom t"),
                SqlStatements.split("select 'a;b', \"c;d\" -- e;f\nfrom t;"));
        assertEquals(List.of("select 1", "drop view v"), SqlStatements.split("select 1; drop view v;  "));
        assertEquals(List.of("select 'it''s; fine'"), SqlStatements.split("select 'it''s; fine'"));
    }

    @Test
    void firstKeywordSkipsCommentsAndParentheses() {
        assertEquals("copy", SqlStatements.firstKeyword("/* c */ -- x\n  copy t to 'f'"));
        assertEquals("select", SqlStatements.firstKeyword("((select 1))"));
        assertEquals("", SqlStatements.firstKeyword("  -- only a comment"));
    }

    @Test
    void aQueryWithExpressionsIsSplitBeforeItsMainSelect() {
        assertEquals(List.of("with a as (select 1 as x), b as (select x from a)", "select * from b"),
                SqlStatements.withAndMain("with a as (select 1 as x), b as (select x from a)\nselect * from b"));
        // a word in a string or comment, or a column named like a keyword, is not the main query
        assertEquals(List.of("with a as (select 'select' as selected -- select\n)", "from a select *"),
                SqlStatements.withAndMain("with a as (select 'select' as selected -- select\n)\nfrom a select *"));
        assertEquals(List.of("", "select 1"), SqlStatements.withAndMain("  select 1"));
        // a from at depth 1 (extract), a quoted identifier and a block comment are not the main query either
        assertEquals(List.of("with a as (select extract(year from d) as \"select\" /* from */ from t)", "select * from a"),
                SqlStatements.withAndMain("with a as (select extract(year from d) as \"select\" /* from */ from t) select * from a"));
    }

    @Test
    void aChecksExpressionsStayAtTheTopOfItsView() {
        assertEquals("with failing as (select 1 as x),\n\nkaifang_check_rows as (\nselect * from failing\n)\n\n"
                        + "select 'warn' as severity, * from kaifang_check_rows",
                CatalogBuilder.withSeverity("with failing as (select 1 as x)\nselect * from failing", "'warn' as severity, *"));
        assertEquals("with kaifang_check_rows as (\nselect 1 as x\n)\n\nselect 'error' as severity, * from kaifang_check_rows",
                CatalogBuilder.withSeverity("select 1 as x", "'error' as severity, *"));
    }
}
