package org.kaifang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kaifang.CatalogFixture;
import org.kaifang.table.LakeTable;

/**
 * Trade by 贸易方式 and 企业性质 as customs' bulletins group the codes (data/reference/trade_code.csv
 * as shipped): each divides the region's trade, so its lines sum to the total.
 */
class TradeCategoryTest {

    @RegisterExtension
    static final CatalogFixture sql = CatalogFixture.shared();

    /** Changsha's exports of January 2020 and 2021: 1 and 1.1 亿美元, by trade mode and by enterprise type. */
    private static void januaryExports() {
        sql.rows(LakeTable.MART_TRADE_MONTHLY, "region_code, year, month, flow, value_usd, records",
                "430100, 2020, 1, export, 1e8, 1", "430100, 2021, 1, export, 1.1e8, 1");
        sql.rows(LakeTable.MART_TRADE_CATEGORY, "region_code, dimension, code, year, month, flow, value_usd, records",
                "430100, trade_mode, 10, 2020, 1, export, 6e7, 1",
                "430100, trade_mode, 15, 2020, 1, export, 2e7, 1",
                "430100, trade_mode, 14, 2020, 1, export, 1e7, 1",
                "430100, trade_mode, 33, 2020, 1, export, 5e6, 1",
                "430100, trade_mode, , 2020, 1, export, 5e6, 1",
                "430100, trade_mode, 10, 2021, 1, export, 7.7e7, 1",
                "430100, trade_mode, 15, 2021, 1, export, 1.6e7, 1",
                "430100, trade_mode, 14, 2021, 1, export, 6e6, 1",
                "430100, trade_mode, 34, 2021, 1, export, 6e6, 1",
                "430100, trade_mode, , 2021, 1, export, 5e6, 1",
                "430100, enterprise_type, 6, 2020, 1, export, 7e7, 1",
                "430100, enterprise_type, 4, 2020, 1, export, 2e7, 1",
                "430100, enterprise_type, 1, 2020, 1, export, 1e7, 1",
                "430100, enterprise_type, 6, 2021, 1, export, 8e7, 1",
                "430100, enterprise_type, 4, 2021, 1, export, 1.5e7, 1",
                "430100, enterprise_type, 3, 2021, 1, export, 5e6, 1",
                "430100, enterprise_type, 1, 2021, 1, export, 1e7, 1");
    }

    @Test
    void theResidualsCloseADivisionInTheReport() {
        // exports and imports alike, both years: 民营 0.5, 外商投资 0.2, 其他企业 0.2, 国有 0.05 and
        // 未注明 0.05 亿美元 a flow: by size, but 其他企业 and then 未注明 last, as bulletins print them
        // (by size alone 其他 stood before 国有)
        List<String> months = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        for (String flow : List.of("export", "import")) {
            for (int year : List.of(2020, 2021)) {
                months.add("430100, " + year + ", 1, " + flow + ", 1e8, 1");
                // 私营 (6), 外商独资 (4), 其他 (9), 国有 (1) and no code given
                List<List<String>> codesAndValues = List.of(List.of("6", "5e7"), List.of("4", "2e7"), List.of("9", "2e7"),
                        List.of("1", "5e6"), List.of("", "5e6"));
                for (List<String> codeAndValue : codesAndValues) {
                    categories.add(String.join(", ", "430100", "enterprise_type", codeAndValue.get(0), String.valueOf(year),
                            "1", flow, codeAndValue.get(1), "1"));
                }
            }
        }
        sql.rows(LakeTable.MART_TRADE_MONTHLY, "region_code, year, month, flow, value_usd, records", months.toArray(String[]::new));
        sql.rows(LakeTable.MART_TRADE_CATEGORY, "region_code, dimension, code, year, month, flow, value_usd, records",
                categories.toArray(String[]::new));
        assertEquals(List.of(List.of("private"), List.of("foreign_invested"), List.of("state"), List.of("other"),
                        List.of("not_given")),
                sql.query("select item_code from rpt_trade_monthly where breakdown = 'enterprise_type' and year = 2021"
                        + " and month = 1 order by display_order"));
    }

    @Test
    void tradeModesAsBulletinsGroupThemWithGrowthShareAndPull() {
        januaryExports();
        // 一般贸易 (10): 0.77 against 0.6, +28.33%, 70% of 1.1, 拉动 (0.77 - 0.6) / 1.0 = 17 points;
        // 加工贸易 (14 and 15): 0.22 against 0.3, -26.67%, 20%, -8 points; 保税物流 (33 and 34): 0.06
        // against 0.05, +20%, 5.45%, +1 point; 其他贸易: none then or now, no rate; 未注明 (no code):
        // 0.05 both years, 0%, 4.55%. The points add up to the total's +10%.
        assertEquals(List.of(
                        Arrays.asList("general", "一般贸易", "7.7E7", "6.0E7", CatalogFixture.exact((77 / 60.0 - 1) * 100), "70.0", "17.0"),
                        Arrays.asList("processing", "加工贸易", "2.2E7", "3.0E7", CatalogFixture.exact((22 / 30.0 - 1) * 100), "20.0", "-8.0"),
                        Arrays.asList("bonded_logistics", "保税物流", "6000000.0", "5000000.0", "20.0", CatalogFixture.exact(6 / 110.0 * 100), "1.0"),
                        Arrays.asList("other", "其他贸易", "0.0", "0.0", null, "0.0", "0.0"),
                        Arrays.asList("not_given", "贸易方式未注明", "5000000.0", "5000000.0", "0.0", CatalogFixture.exact(5 / 110.0 * 100), "0.0")),
                sql.query("select item_code, item_name_zh, ytd_value_usd, ytd_prev_value_usd, ytd_yoy_pct, ytd_share_pct,"
                        + " ytd_pull_pp from fct_trade_monthly_breakdown where breakdown = 'trade_mode' and year = 2021"
                        + " and flow = 'export' order by list_position(['general', 'processing', 'bonded_logistics',"
                        + " 'other', 'not_given'], item_code)"));
    }

    @Test
    void enterpriseTypesAsBulletinsGroupThem() {
        januaryExports();
        // 民营企业 (6): 0.8 against 0.7, +14.29%; 外商投资企业 (3 and 4): 0.2 against 0.2, 0%; 国有企业 (1):
        // 0.1 against 0.1
        assertEquals(List.of(
                        Arrays.asList("foreign_invested", "2.0E7", "2.0E7", "0.0"),
                        Arrays.asList("private", "8.0E7", "7.0E7", CatalogFixture.exact((8 / 7.0 - 1) * 100)),
                        Arrays.asList("state", "1.0E7", "1.0E7", "0.0")),
                sql.query("select item_code, ytd_value_usd, ytd_prev_value_usd, ytd_yoy_pct from fct_trade_monthly_breakdown"
                        + " where breakdown = 'enterprise_type' and year = 2021 and flow = 'export' and ytd_value_usd > 0"
                        + " order by item_code"));
    }

    @Test
    void eachDivisionSumsToTheRegionsTrade() {
        januaryExports();
        assertEquals(List.of(
                        Arrays.asList("enterprise_type", "2020", "1.0E8", "100.0"),
                        Arrays.asList("enterprise_type", "2021", "1.1E8", "100.0"),
                        Arrays.asList("trade_mode", "2020", "1.0E8", "100.0"),
                        Arrays.asList("trade_mode", "2021", "1.1E8", "100.0")),
                sql.query("select breakdown, year, sum(value_usd), sum(share_pct) from fct_trade_monthly_breakdown"
                        + " where breakdown in ('trade_mode', 'enterprise_type') and flow = 'export' group by all order by all"));
    }

    @Test
    void aDivisionThatDoesNotSumToTheTotalFailsTheCheck() {
        januaryExports();
        assertEquals(List.of(), sql.query("select * from chk_breakdown_total"));
        // enterprise types summed from other detail than the total: 0.02 亿美元 more in 2021
        sql.rows(LakeTable.MART_TRADE_CATEGORY, "region_code, dimension, code, year, month, flow, value_usd, records",
                "430100, enterprise_type, 9, 2021, 1, export, 2e6, 1");
        assertEquals(List.of(Arrays.asList("error", "430100", "trade_export", "2021",
                        "2021年1月出口按企业性质各项合计 1.12 亿美元，与总值 1.10 亿美元相差 0.02 亿美元：各汇总表不是由同一批海关明细汇总的。"
                                + "请再次运行 ./kaifang nightly（明细或 sql/marts/ 有变动时会重新汇总）；仍不一致时请报告")),
                sql.query("select severity, region_code, indicator_code, year, message from chk_breakdown_total"));
    }

    @Test
    void aDivisionWhoseYearBeforeGivesNoCodesHasNoGrowth() {
        // 2020's detail was loaded before it gave trade modes: all 1.0 亿美元 未注明. Against it 一般贸易
        // would seem to come from nothing (拉动 +100 points) and 未注明 to collapse: no growth, no 拉动
        sql.rows(LakeTable.MART_TRADE_MONTHLY, "region_code, year, month, flow, value_usd, records",
                "430100, 2020, 1, export, 1e8, 1", "430100, 2021, 1, export, 1.1e8, 1");
        sql.rows(LakeTable.MART_TRADE_CATEGORY, "region_code, dimension, code, year, month, flow, value_usd, records",
                "430100, trade_mode, , 2020, 1, export, 1e8, 1",
                "430100, trade_mode, 10, 2021, 1, export, 1.05e8, 1",
                "430100, trade_mode, , 2021, 1, export, 5e6, 1");
        assertEquals(List.of(
                        Arrays.asList("general", "1.05E8", null, null, CatalogFixture.exact(105 / 110.0 * 100), null),
                        Arrays.asList("not_given", "5000000.0", null, null, CatalogFixture.exact(5 / 110.0 * 100), null)),
                sql.query("select item_code, ytd_value_usd, ytd_prev_value_usd, ytd_yoy_pct, ytd_share_pct, ytd_pull_pp"
                        + " from fct_trade_monthly_breakdown where breakdown = 'trade_mode' and year = 2021"
                        + " and ytd_value_usd > 0 order by item_code"));
    }
}
