package org.kaifang.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.kaifang.config.Language;

/** The notice of an indicator behind 序时进度, worded as operators read it; figures worked out by hand. */
class BehindPaceTest {

    @Test
    void aStockBehindItsPaceIsToldWithTheFiguresAsPrinted() {
        // 39 -> 44 of a target of 50 by September: 5 / 11 = 45.45%, printed 45.5, against 75.0: 29.5 behind
        BehindPace behind = new BehindPace("湘潭市", "境外企业累计", "2026年1-9月", "stock_increment", false,
                5 / 11.0 * 100, 75.0, null, 50.0, -29.5);
        assertEquals("滞后于序时进度：湘潭市 境外企业累计，2026年1-9月较上年末增量为年度目标增量的 45.5%，序时进度 75.0%，落后 29.5 个百分点",
                behind.summary(Language.ZH, true));
    }

    @Test
    void aCapOverItsPaceIsToldAsOverTheControlPace() {
        // "控制在50家以内": 30 by June is 60.0% of the cap, half the year gone: 10.0 points over, never "behind"
        BehindPace over = new BehindPace("湘潭市", "新设外商投资企业", "2015年1-6月", "flow_share", true, 60.0, 50.0, null,
                50.0, 10.0);
        assertEquals("超出控制进度：湘潭市 新设外商投资企业，2015年1-6月为年度控制目标的 60.0%，序时进度 50.0%，超出 10.0 个百分点",
                over.summary(Language.ZH, true));
        assertEquals("超出控制进度：湘潭市 新设外商投资企业，2015年1-6月", over.summary(Language.ZH, false));
        assertEquals("Over a cap's pace: Xiangtan New foreign-invested enterprises, Jan-Jun 2015: 60.0% of the year's cap"
                        + " reached against 50.0% of the year elapsed, 10.0 points over",
                new BehindPace("Xiangtan", "New foreign-invested enterprises", "Jan-Jun 2015", "flow_share", true, 60.0,
                        50.0, null, 50.0, 10.0).summary(Language.EN, true));
    }

    @Test
    void realGrowthBehindItsTargetIsToldInPoints() {
        // GDP 1-6月 +6.8% (real) against +7%: 0.2 points behind
        BehindPace behind = new BehindPace("湘潭市", "地区生产总值", "2015年1-6月", "real_growth", false, null, 50.0, 6.8,
                7.0, -0.2);
        assertEquals("滞后于序时进度：湘潭市 地区生产总值，2015年1-6月增长 6.8%，年度目标 7.0%，落后 0.2 个百分点",
                behind.summary(Language.ZH, true));
    }
}
