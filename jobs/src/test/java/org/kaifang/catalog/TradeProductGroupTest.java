package org.kaifang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kaifang.CatalogFixture;
import org.kaifang.table.LakeTable;

/**
 * Product groups by HS code prefix (农产品 as shipped in data/reference/trade_group_member.csv):
 * each month sums the codes that are members then, so a code an HS version renamed counts in
 * both years.
 */
class TradeProductGroupTest {

    @RegisterExtension
    static final CatalogFixture sql = CatalogFixture.shared();

    @Test
    void aCodeRenamedByAnHsVersionCountsOnBothSidesOfTheComparison() {
        // January 1995 and 1996 exports of Changsha: live animals (chapter 01) 2 million both years;
        // sorbitol 1 million as 3823.60 in 1995 and 1.2 million as 3824.60 in 1996 (HS 1996's code);
        // machinery (84, no agricultural product) 5 million both years
        sql.rows(LakeTable.MART_TRADE_MONTHLY, "region_code, year, month, flow, value_usd, records",
                "430100, 1995, 1, export, 8e6, 3", "430100, 1996, 1, export, 8.2e6, 3");
        sql.rows(LakeTable.MART_TRADE_PRODUCT, "region_code, hs_prefix, year, month, flow, value_usd, records",
                "430100, 01, 1995, 1, export, 2e6, 1",
                "430100, 382360, 1995, 1, export, 1e6, 1",
                "430100, 01, 1996, 1, export, 2e6, 1",
                "430100, 382460, 1996, 1, export, 1.2e6, 1");
        // 农产品 1996: 2 + 1.2 = 3.2 million against 1995's 2 + 1 = 3: +6.67% (never 3.2 / 2.0 - 1 = +60%,
        // as if sorbitol were new); share 3.2 / 8.2 = 39.02%; 拉动 0.2 / 8 = 2.5 points
        assertEquals(List.of(
                        Arrays.asList("1995", "3000000.0", null, null, "37.5"),
                        Arrays.asList("1996", "3200000.0", "3000000.0", CatalogFixture.exact((3.2 / 3.0 - 1) * 100), CatalogFixture.exact(3.2 / 8.2 * 100))),
                sql.query("select year, value_usd, prev_value_usd, yoy_pct, share_pct from fct_trade_monthly_breakdown"
                        + " where breakdown = 'product_group' and item_code = 'agri' and flow = 'export' order by year"));
        assertEquals("2.5", sql.value("select ytd_pull_pp from fct_trade_monthly_breakdown"
                + " where breakdown = 'product_group' and item_code = 'agri' and year = 1996 and flow = 'export'"));
    }
}
