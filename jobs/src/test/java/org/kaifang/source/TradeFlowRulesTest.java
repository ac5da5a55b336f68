package org.kaifang.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The Java rules and their SQL twins judge every field alike, edge cases first. */
class TradeFlowRulesTest {

    private static final TradeFlowRules RULES = new TradeFlowRules(2025, Set.of("430100", "HKG"), Set.of("HKG", "USA"));

    /** A line and the column the Java rules reject it on (null: it loads). */
    private static final List<Object[]> LINES = List.of(
            new Object[] {"2014,1,430100,USA,85,export,1,", null},
            new Object[] {"1949,01,HKG,HKG,8542310000,import,0.5,3", null},
            new Object[] {"2025,12,430100,USA,85,export,1,2.25", null},
            new Object[] {"1899,1,430100,USA,85,export,1,", 1},
            new Object[] {"2026,1,430100,USA,85,export,1,", 1},
            new Object[] {"02014,1,430100,USA,85,export,1,", 1},
            new Object[] {"２０１４,1,430100,USA,85,export,1,", 1},
            new Object[] {" 2014,1,430100,USA,85,export,1,", 1},
            new Object[] {"2014,0,430100,USA,85,export,1,", 2},
            new Object[] {"2014,00,430100,USA,85,export,1,", 2},
            new Object[] {"2014,010,430100,USA,85,export,1,", 2},
            new Object[] {"2014,13,430100,USA,85,export,1,", 2},
            new Object[] {"2014,+1,430100,USA,85,export,1,", 2},
            new Object[] {"2014, 1,430100,USA,85,export,1,", 2},
            new Object[] {"2014,,430100,USA,85,export,1,", 2},
            new Object[] {"2014,1,430101,USA,85,export,1,", 3},
            new Object[] {"2014,1,430100,hkg,85,export,1,", 4},
            new Object[] {"2014,1,430100,USA,850,export,1,", 5},
            new Object[] {"2014,1,430100,USA,85423100001,export,1,", 5},
            new Object[] {"2014,1,430100,USA,85,EXPORT,1,", 6},
            new Object[] {"2014,1,430100,USA,85,export,.5,", 7},
            new Object[] {"2014,1,430100,USA,85,export,1.,", 7},
            new Object[] {"2014,1,430100,USA,85,export,,", 7},
            new Object[] {"2014,1,430100,USA,85,export,1.5.3,", 7},
            new Object[] {"2014,1,430100,USA,85,export,1,.", 8},
            new Object[] {"2014,1,430100,USA,,export,1,", 5},
            new Object[] {"2014,1,430100,USA,8a,export,1,", 5},
            new Object[] {"2014,1,430100,USA,85,export,1,-1", 8},
            new Object[] {"2014,1,430100,USA,85,export,1", 0},
            new Object[] {"", 0});

    /** A file whose header adds trade_mode and enterprise_type: ten fields, the codes optional. */
    private static final TradeFlowRules WITH_CODES = new TradeFlowRules(2025, Set.of("430100", "HKG"),
            Set.of("HKG", "USA"), Set.of("10", "15"), Set.of("6"), 10);

    private static final List<Object[]> LINES_WITH_CODES = List.of(
            new Object[] {"2014,1,430100,USA,85,export,1,,10,6", null},
            new Object[] {"2014,1,430100,USA,85,export,1,,,", null},
            new Object[] {"2014,1,430100,USA,85,export,1,,15,", null},
            new Object[] {"2014,1,430100,USA,85,export,1,,99,6", 9},
            new Object[] {"2014,1,430100,USA,85,export,1,,010,6", 9},
            new Object[] {"2014,1,430100,USA,85,export,1,, 10,6", 9},
            new Object[] {"2014,1,430100,USA,85,export,1,,10,4", 10},
            new Object[] {"2014,1,430100,USA,85,export,,,99,4", 7},
            new Object[] {"2014,1,430100,USA,85,export,1,", 0},
            new Object[] {"2014,1,430100,USA,85,export,1,,10,6,", 0});

    @Test
    void javaRulesRejectWhereExpected() {
        javaRules(RULES, LINES);
        javaRules(WITH_CODES, LINES_WITH_CODES);
    }

    private static void javaRules(TradeFlowRules rules, List<Object[]> lines) {
        for (Object[] line : lines) {
            Rejection rejection = rules.check("f.csv", 2, (String) line[0]);
            assertEquals(line[1], rejection == null ? null : rejection.column(), (String) line[0]);
        }
    }

    @Test
    void sqlRulesAgreeWithJavaRules() throws Exception {
        sqlRules(RULES, LINES);
        sqlRules(WITH_CODES, LINES_WITH_CODES);
    }

    @Test
    void theHeaderSaysWhetherTheCodesFollow() {
        assertEquals(8, TradeFlowRules.fieldsOf("a.csv", "year,month,region_code,partner_iso,hs_code,flow,value_usd,quantity"));
        assertEquals(10, TradeFlowRules.fieldsOf("a.csv", "\uFEFFyear,month,region_code,partner_iso,hs_code,flow,value_usd,"
                + "quantity,trade_mode,enterprise_type\r"));
        SourceException wrong = assertThrows(SourceException.class, () -> TradeFlowRules.fieldsOf("a.csv",
                "year,month,region_code,partner_iso,hs_code,flow,value_usd,quantity,enterprise_type"));
        assertTrue(wrong.getMessage().startsWith("a.csv:1: "), wrong.getMessage());
        assertTrue(wrong.getMessage().contains("year,month,region_code,partner_iso,hs_code,flow,value_usd,quantity"),
                wrong.getMessage());
        assertTrue(wrong.getMessage().contains("trade_mode,enterprise_type"), wrong.getMessage());
    }

    private static void sqlRules(TradeFlowRules rules, List<Object[]> lines) throws Exception {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement statement = duckdb.createStatement()) {
                for (String type : rules.duckdbTypes()) {
                    statement.execute(type);
                }
            }
            try (PreparedStatement judge = duckdb.prepareStatement(
                    "select " + rules.duckdbRejectColumn() + " from (select f, " + rules.duckdbTypedFields()
                            + " from (select string_split(?, ',') as f))")) {
                for (Object[] line : lines) {
                    judge.setString(1, (String) line[0]);
                    try (ResultSet result = judge.executeQuery()) {
                        result.next();
                        Object column = result.getObject(1);
                        assertEquals(line[1], column == null ? null : ((Number) column).intValue(), (String) line[0]);
                    }
                }
            }
        }
    }
}
