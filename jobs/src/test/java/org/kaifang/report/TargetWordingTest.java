package org.kaifang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kaifang.config.Language;

/** Targets, growth and completion printed as officials write them in a leaders' table. */
class TargetWordingTest {

    private static TrendRow row(String kind, double target, String unit, String qualifier, String scope, Integer planStart,
                                Double yoy, String note, Double completion, Double gap) {
        Map<String, Object> values = new HashMap<>();
        values.put("year", 2015);
        values.put("unit", unit);
        values.put("yoy_pct", yoy);
        values.put("growth_note_zh", note);
        values.put("growth_note_en", note);
        values.put("target_kind", kind);
        values.put("target_value", target);
        values.put("target_unit", kind.equals("growth_pct") ? "%" : unit);
        values.put("target_qualifier", qualifier);
        values.put("target_scope", scope);
        values.put("plan_start", planStart);
        values.put("completion_pct", completion);
        values.put("gap_pp", gap);
        return new TrendRow(values, Language.ZH);
    }

    private static String growth(TrendRow row) {
        return TrendColumn.GROWTH.cell().apply(row, Language.ZH).text();
    }

    private static String target(String kind, double value, String unit, String qualifier) {
        return TrendTable.target(row(kind, value, unit, qualifier, "year", null, null, null, null, null), Language.ZH);
    }

    @Test
    void growthTargetsReadAsTheyWereSet() {
        assertEquals("增长14%左右", target("growth_pct", 14, "%", "左右"));
        assertEquals("增长7.5%以上", target("growth_pct", 7.5, "%", "以上"));
        assertEquals("增长不低于7%", target("growth_pct", 7, "%", "不低于"));
        assertEquals("下降3%", target("growth_pct", -3, "%", null));
        assertEquals("增长控制在3%以内", target("growth_pct", 3, "%", "控制在"));
        assertEquals("2011-2015年年均增长12%", TrendTable.target(
                row("growth_pct", 12, "%", null, "plan", 2011, null, null, null, null), Language.ZH));
        assertEquals("about +14%", TrendTable.target(
                row("growth_pct", 14, "%", "左右", "year", null, null, null, null, null), Language.EN));
    }

    @Test
    void levelTargetsKeepTheirUnitAndWording() {
        assertEquals("控制在50 家以内", target("level", 50, "家", "控制在"));
        assertEquals("50 亿美元以上", target("level", 50, "亿美元", "以上"));
        assertEquals("24.5 亿美元", target("level", 24.5, "亿美元", null));
    }

    @Test
    void completionOrTheGapInPoints() {
        // a level to complete: 94.23 prints 94.2; none (GDP, real): the gap in points
        assertEquals("94.2", TrendTable.completion(row("growth_pct", 14, "%", null, "year", null, 7.4, null, 94.23, -6.6),
                Language.ZH));
        assertEquals("低于目标3.7个百分点", TrendTable.completion(
                row("growth_pct", 13, "%", null, "year", null, 9.3, null, null, -3.7), Language.ZH));
        assertEquals("+0.5 pp on target", TrendTable.completion(
                row("growth_pct", 10, "%", null, "year", null, 10.5, null, null, 0.5), Language.EN));
    }

    @Test
    void growthReadsAsWordsWhereARateCannotSay() {
        assertEquals("由负转正", growth(row("growth_pct", 10, "%", null, "year", null, null, "由负转正", null, null)));
        assertEquals("持平", growth(row("growth_pct", 10, "%", null, "year", null, 0.0, "持平", null, null)));
        assertEquals("-3.2", growth(row("growth_pct", 10, "%", null, "year", null, -3.2, null, null, null)));
    }
}
