package org.kaifang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kaifang.CatalogFixture;
import org.kaifang.config.Language;
import org.kaifang.table.LakeTable;

/** The brief's standard wording, rule by rule, on a few rows of the catalog. */
class BriefWordingTest {

    private static final String FIGURES = "region_code, indicator_code, year, value, reported_yoy_pct, source";
    private static final String TARGETS = "region_code, indicator_code, year, kind, value, binding, source_doc";

    @RegisterExtension
    static final CatalogFixture sql = CatalogFixture.shared();

    private static String brief(String region, int year, Language language) {
        Brief brief = new BriefComposer(sql.stored().connection(), language).compose(region, year).orElseThrow();
        return BriefDocuments.markdown(brief, new LinkedHashMap<>());
    }

    @Test
    void aFallingIndicatorReadsXiajiangNeverANegativeGrowth() {
        // 100 -> 96.8: -3.2%
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, trade_total, 2014, 100e8, , bulletin",
                "430300, trade_total, 2015, 96.8e8, , bulletin");
        String text = brief("430300", 2015, Language.ZH);
        assertTrue(text.contains("外贸进出口总额96.80亿美元，比上年下降3.2%"), text);
        assertFalse(text.contains("增长-"), text);
        assertTrue(text.contains("## 二、需要关注的问题\n\n外贸进出口总额比上年下降3.2%。"), text);
        assertTrue(brief("430300", 2015, Language.EN).contains("down 3.2% on the previous year"));
    }

    @Test
    void aChangeOfSignReadsYouFuZhuanZheng() {
        // FDI net of a loss-making year: -1 -> 2, no rate across the sign
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, odi_amount, 2014, -1e8, , bulletin",
                "430300, odi_amount, 2015, 2e8, , bulletin");
        String text = brief("430300", 2015, Language.ZH);
        assertTrue(text.contains("对外直接投资额2.00亿美元，由负转正"), text);
    }

    @Test
    void aRateDifferenceIsInPointsAndAShareOfTheNationInPercent() {
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "CHN, trade_total, 2014, 1000e8, , wdi",
                "CHN, trade_total, 2015, 1100e8, , wdi",
                "430300, trade_total, 2015, 33e8, 13.0, bulletin");
        // 33 / 1100 = 3.00%; 13.0 - 10.0 = 3.0 points faster
        String text = brief("430300", 2015, Language.ZH);
        assertTrue(text.contains("比上年增长13.0%，占全国的3.00%，增速高于全国3.0个百分点"), text);
    }

    @Test
    void aCountChangesByWholeThingsAndTargetsReadAsCompletion() {
        // 10 -> 12 new foreign-invested enterprises (+2家); trade 50 against a level target of 40: 125%
        sql.rows(LakeTable.OBSERVATION, FIGURES,
                "430300, fie_new, 2014, 10, , bulletin",
                "430300, fie_new, 2015, 12, , bulletin",
                "430300, trade_total, 2015, 50e8, , bulletin");
        sql.rows(LakeTable.TARGET, TARGETS, "430300, trade_total, 2015, level, 40e8, expected, 政府工作报告");
        String text = brief("430300", 2015, Language.ZH);
        assertTrue(text.contains("新设外商投资企业12家，比上年增加2家"), text);
        assertTrue(text.contains("外贸进出口总额完成年度目标的125.0%（达标）"), text);
    }

    @Test
    void monthsOneToSixReadAgainstTheSameMonthsAndAgainstTheYearElapsed() {
        // 1-6月 60 against 50 a year before: 同比增长20.0%; 60 of a target level of 100 is 60.0% with
        // half the year gone: 快于序时进度10.0个百分点
        sql.rows(LakeTable.OBSERVATION, "region_code, indicator_code, year, month, value, source",
                "430300, trade_total, 2014, 6, 50e8, customs",
                "430300, trade_total, 2015, 6, 60e8, customs");
        sql.rows(LakeTable.TARGET, TARGETS, "430300, trade_total, 2015, level, 100e8, expected, 政府工作报告");
        Brief brief = new MonthBriefComposer(sql.connection(), Language.ZH).compose("430300", 2015, 6).orElseThrow();
        String text = BriefDocuments.markdown(brief, new LinkedHashMap<>());
        assertTrue(text.startsWith("# 湘潭市2015年1-6月开放型经济运行情况\n"), text);
        assertTrue(text.contains("2015年1-6月，湘潭市外贸进出口总额60.00亿美元，同比增长20.0%。"), text);
        assertTrue(text.contains("外贸进出口总额完成年度目标的60.0%，快于序时进度10.0个百分点。"), text);
        assertFalse(text.contains("需要关注的问题"), "nothing behind, nothing falling: " + text);
    }

    @Test
    void aCapOverItsPaceReadsOverTheControlPace() {
        // "新设外商投资企业控制在50家以内": 30 by June is 60.0% of the cap with half the year gone:
        // 超出控制进度10.0个百分点 (never 快于序时进度, which reads as good news)
        sql.rows(LakeTable.OBSERVATION, "region_code, indicator_code, year, month, value, source",
                "430300, fie_new, 2015, 6, 30, bulletin");
        sql.rows(LakeTable.TARGET, "region_code, indicator_code, year, kind, value, binding, qualifier, source_doc",
                "430300, fie_new, 2015, level, 50, binding, 控制在, 政府工作报告");
        Brief brief = new MonthBriefComposer(sql.connection(), Language.ZH).compose("430300", 2015, 6).orElseThrow();
        String text = BriefDocuments.markdown(brief, new LinkedHashMap<>());
        assertTrue(text.contains("新设外商投资企业为年度控制目标的60.0%，超出控制进度10.0个百分点"), text);
        assertFalse(text.contains("快于序时进度"), text);
    }

    @Test
    void aSectionWithoutDataIsLeftOut() {
        sql.rows(LakeTable.OBSERVATION, FIGURES, "430300, fdi_actual, 2015, 4.68e8, 16.1, speech");
        String text = brief("430300", 2015, Language.ZH);
        assertEquals("# 湘潭市2015年开放型经济运行情况\n\n## 一、总体情况\n\n2015年，湘潭市实际利用外资4.68亿美元，比上年增长16.1%。\n",
                text);
    }
}
