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
}
