package org.kaifang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kaifang.CatalogFixture;
import org.kaifang.config.Language;
import org.kaifang.table.LakeTable;

/** The 外贸进出口情况 section as a bulletin prints a market that started or stopped trading. */
class TradeMonthlySectionTest {

    @RegisterExtension
    static final CatalogFixture sql = CatalogFixture.shared();

    @Test
    void aMarketWithoutTradeAYearBeforeReadsNewAndOneThatStoppedMinus100() {
        // Changsha's trade in January: with the United States in 2020 (exports 5 million USD,
        // imports 1 million); with Korea in 2021 (2 and 1 million)
        sql.rows(LakeTable.MART_TRADE_PARTNER, "region_code, partner_iso, year, month, flow, value_usd, records",
                "430100, USA, 2020, 1, export, 5e6, 1", "430100, USA, 2020, 1, import, 1e6, 1",
                "430100, KOR, 2021, 1, export, 2e6, 1", "430100, KOR, 2021, 1, import, 1e6, 1");
        sql.rows(LakeTable.MART_TRADE_MONTHLY, "region_code, year, month, flow, value_usd, records",
                "430100, 2020, 1, export, 5e6, 1", "430100, 2020, 1, import, 1e6, 1",
                "430100, 2021, 1, export, 2e6, 1", "430100, 2021, 1, import, 1e6, 1");
        ReportSection section = new TradeMonthlySection(sql.connection(), Language.ZH).of("430100", 2021);
        // columns: item, trade, its growth, exports, their growth, imports, their growth, share, 拉动
        // Korea: 3 million (0.03 亿美元) against none: 新增 for trade, exports and imports alike;
        // its 拉动 (3 - 0) / 6 = 50 points
        assertEquals(List.of("新增", "新增", "新增", "50.0"), cells(section, "韩国", 2, 4, 6, 8));
        // the United States: none against 6 million, -100%, 拉动 (0 - 6) / 6 = -100 points
        assertEquals(List.of("-100.0", "-100.0", "-100.0", "-100.0"), cells(section, "美国", 2, 4, 6, 8));
    }

    @Test
    void theNoteOnDetailWithoutCodesGivesTheLimitTheRuleApplies() {
        // January 2021, exports and imports: 9 million USD 一般贸易 (10), 1 million without a trade mode
        sql.rows(LakeTable.MART_TRADE_MONTHLY, "region_code, year, month, flow, value_usd, records",
                "430100, 2021, 1, export, 6e6, 1", "430100, 2021, 1, import, 4e6, 1");
        sql.rows(LakeTable.MART_TRADE_CATEGORY, "region_code, dimension, code, year, month, flow, value_usd, records",
                "430100, trade_mode, 10, 2021, 1, export, 5e6, 1", "430100, trade_mode, , 2021, 1, export, 1e6, 1",
                "430100, trade_mode, 10, 2021, 1, import, 4e6, 1");
        ReportSection section = new TradeMonthlySection(sql.connection(), Language.ZH).of("430100", 2021);
        // the line without a mode is printed (1 million, 0.01 亿美元, a tenth of the trade), so its note is too
        assertEquals(List.of("0.01", "10.00"), cells(section, "贸易方式未注明", 1, 7));
        assertTrue(section.footnotes().get(0).contains("未注明超过5%的分类不计算增速。"), section.footnotes().toString());
    }

    private static List<String> cells(ReportSection section, String item, int... columns) {
        List<ReportCell> row = section.rows().stream().filter(r -> r.get(0).text().equals(item)).findFirst().orElseThrow();
        return Arrays.stream(columns).mapToObj(c -> row.get(c).text()).toList();
    }
}
