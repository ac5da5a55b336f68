package org.kaifang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kaifang.CatalogFixture;
import org.kaifang.table.LakeTable;

/**
 * The queries of {@code sql/marts/} over a few rows of customs detail: each gives exactly the
 * columns its lake table declares, and sums as worked out by hand.
 */
class MartQueriesTest {

    @RegisterExtension
    static final CatalogFixture sql = CatalogFixture.shared();

    private static final SqlModels MODELS = SqlModels.fromClasspath();

    /** Changsha's exports in March 2015, two records to the USA and one to Japan; one import. */
    private static void detail() throws SQLException {
        sql.rows(LakeTable.TRADE_FLOW,
                "year, month, region_code, partner_iso, hs_code, flow, value_usd, trade_mode, enterprise_type, vintage",
                "2015, 3, 430100, USA, 851712, export, 1.5e6, 10, 6, 2026-01-01",
                "2015, 3, 430100, USA, 8517, export, 2.5e6, 15, 4, 2026-02-01",
                "2015, 3, 430100, JPN, 6109, export, 1.0e6, 10, , 2026-01-01",
                "2015, 3, 430100, JPN, 8517, import, 4.0e6, , , 2026-01-01");
        // product groups beside the shipped 农产品 (none of whose prefixes these lines fall under)
        sql.rows(LakeTable.TRADE_GROUP, "group_code, kind, name_zh, name_en",
                "elec, product, 电子, Electronics", "tel, product, 电话, Telephones", "knit, product, 针织, Knitwear");
        sql.rows(LakeTable.TRADE_GROUP_MEMBER, "group_code, member", "elec, 85", "tel, 8517", "knit, 61");
        try (Statement statement = sql.connection().createStatement()) {
            // as the marts step reads the current detail files
            statement.execute("create temporary view detail as select * from lake_trade_flow");

        }
    }

    private static String query(LakeTable mart) {
        return MODELS.marts().stream().filter(m -> m.name().equals(mart.tableName())).findFirst().orElseThrow()
                .singleStatement();
    }

    @Test
    void everyMartGivesTheColumnsItsLakeTableDeclares() throws SQLException {
        detail();
        assertEquals(List.of("mart_trade_category", "mart_trade_hs", "mart_trade_monthly", "mart_trade_partner",
                        "mart_trade_product"),
                MODELS.marts().stream().map(SqlModel::name).toList());
        for (SqlModel mart : MODELS.marts()) {
            LakeTable table = LakeTable.named(mart.name());
            List<String> declared = table.columns().stream()
                    .map(c -> c.name() + " " + c.type().duckdbType().toUpperCase(Locale.ROOT)).toList();
            // as the marts step writes it: the detail file's name, then the sums
            List<String> given = sql.query("select column_name || ' ' || column_type from (describe "
                    + mart.martOfFile("sources/trade_flows/a.csv") + ")").stream()
                    .map(r -> r.get(0)).toList();
            assertEquals(declared, given, mart.path());
        }
    }

    @Test
    void monthlySumsEachFlowAndCountsItsRecords() throws SQLException {
        detail();
        // exports 1.5e6 + 2.5e6 + 1.0e6 = 5.0e6 in 3 records, the latest loaded 2026-02-01; imports 4.0e6 in 1
        assertEquals(List.of(
                        Arrays.asList("export", "5000000.0", "3", "2026-02-01 00:00:00.0"),
                        Arrays.asList("import", "4000000.0", "1", "2026-01-01 00:00:00.0")),
                sql.query("select flow, value_usd, records, vintage from (" + query(LakeTable.MART_TRADE_MONTHLY)
                        + ") where region_code = '430100' and year = 2015 and month = 3 order by flow"));
    }

    @Test
    void partnerAndChapterSumsSplitTheSameTotal() throws SQLException {
        detail();
        // USA 1.5e6 + 2.5e6 = 4.0e6, Japan 1.0e6; chapter 85 (telephones) 4.0e6, chapter 61 (knitwear) 1.0e6
        assertEquals(List.of(Arrays.asList("JPN", "1000000.0"), Arrays.asList("USA", "4000000.0")),
                sql.query("select partner_iso, value_usd from (" + query(LakeTable.MART_TRADE_PARTNER)
                        + ") where flow = 'export' order by partner_iso"));
        assertEquals(List.of(Arrays.asList("61", "1000000.0"), Arrays.asList("85", "4000000.0")),
                sql.query("select hs_chapter, value_usd from (" + query(LakeTable.MART_TRADE_HS)
                        + ") where flow = 'export' order by hs_chapter"));
    }

    @Test
    void tradeModesAndEnterpriseTypesInOnePassEachSplittingTheSameTotal() throws SQLException {
        detail();
        // exports: trade mode 10 1.5e6 + 1.0e6, 15 2.5e6; enterprise type 6 1.5e6, 4 2.5e6, none 1.0e6.
        // The import gives neither code: it sums under null in both
        assertEquals(List.of(
                        Arrays.asList("enterprise_type", "4", "export", "2500000.0", "1"),
                        Arrays.asList("enterprise_type", "6", "export", "1500000.0", "1"),
                        Arrays.asList("enterprise_type", null, "export", "1000000.0", "1"),
                        Arrays.asList("enterprise_type", null, "import", "4000000.0", "1"),
                        Arrays.asList("trade_mode", "10", "export", "2500000.0", "2"),
                        Arrays.asList("trade_mode", "15", "export", "2500000.0", "1"),
                        Arrays.asList("trade_mode", null, "import", "4000000.0", "1")),
                sql.query("select dimension, code, flow, value_usd, records from (" + query(LakeTable.MART_TRADE_CATEGORY)
                        + ") order by dimension, code nulls last, flow"));
    }

    @Test
    void productPrefixesSumEachLineUnderEveryPrefixItHas() throws SQLException {
        detail();
        // 851712 and 8517 lie under both 85 and 8517, 6109 under 61; 84 is no member, so nothing else
        assertEquals(List.of(
                        Arrays.asList("61", "export", "1000000.0", "1"),
                        Arrays.asList("85", "export", "4000000.0", "2"),
                        Arrays.asList("85", "import", "4000000.0", "1"),
                        Arrays.asList("8517", "export", "4000000.0", "2"),
                        Arrays.asList("8517", "import", "4000000.0", "1")),
                sql.query("select hs_prefix, flow, value_usd, records from (" + query(LakeTable.MART_TRADE_PRODUCT)
                        + ") order by hs_prefix, flow"));
    }

    @Test
    void theStagingViewsAddUpTheMartsOfEveryDetailFile() throws SQLException {
        // January's exports summed from two files (2 lines and 1), and February's from one
        sql.rows(LakeTable.MART_TRADE_MONTHLY, "source_file, region_code, year, month, flow, value_usd, records, vintage",
                "sources/trade_flows/customs_2015_01.csv, 430100, 2015, 1, export, 1.5e6, 2, 2026-01-21",
                "sources/trade_flows/customs_2015_02.csv, 430100, 2015, 1, export, 2.5e5, 1, 2026-02-21",
                "sources/trade_flows/customs_2015_02.csv, 430100, 2015, 2, export, 2.0e6, 1, 2026-02-21");
        assertEquals(List.of(
                        Arrays.asList("1", "1750000.0", "3", "2026-02-21 00:00:00.0"),
                        Arrays.asList("2", "2000000.0", "1", "2026-02-21 00:00:00.0")),
                sql.query("select month, value_usd, records, vintage from stg_trade_monthly order by month"));
        assertEquals("BIGINT", sql.query("select column_type from (describe stg_trade_monthly)"
                + " where column_name = 'records'").get(0).get(0));
    }

    @Test
    void codesNotGivenInTwoFilesAddUpToOneLineAsDoPrefixes() throws SQLException {
        // trade mode 10 in both files, and detail without a trade mode in both: 未注明 is one line
        sql.rows(LakeTable.MART_TRADE_CATEGORY,
                "source_file, region_code, dimension, code, year, month, flow, value_usd, records, vintage",
                "a.csv, 430100, trade_mode, 10, 2015, 3, export, 1.0e6, 2, 2026-01-21",
                "a.csv, 430100, trade_mode, , 2015, 3, export, 3.0e5, 1, 2026-01-21",
                "b.csv, 430100, trade_mode, 10, 2015, 3, export, 5.0e5, 1, 2026-02-21",
                "b.csv, 430100, trade_mode, , 2015, 3, export, 2.0e5, 4, 2026-02-21",
                "b.csv, 430100, enterprise_type, , 2015, 3, export, 7.0e5, 5, 2026-02-21");
        assertEquals(List.of(
                        Arrays.asList("enterprise_type", null, "700000.0", "5"),
                        Arrays.asList("trade_mode", "10", "1500000.0", "3"),
                        Arrays.asList("trade_mode", null, "500000.0", "5")),
                sql.query("select dimension, code, value_usd, records from stg_trade_category"
                        + " order by dimension, code nulls last"));
        // 8517 from both files, 61 from one
        sql.rows(LakeTable.MART_TRADE_PRODUCT,
                "source_file, region_code, hs_prefix, year, month, flow, value_usd, records, vintage",
                "a.csv, 430100, 8517, 2015, 3, export, 4.0e6, 2, 2026-01-21",
                "b.csv, 430100, 8517, 2015, 3, export, 1.0e6, 1, 2026-02-21",
                "b.csv, 430100, 61, 2015, 3, export, 1.0e6, 1, 2026-02-21");
        assertEquals(List.of(Arrays.asList("61", "1000000.0", "1"), Arrays.asList("8517", "5000000.0", "3")),
                sql.query("select hs_prefix, value_usd, records from stg_trade_product order by hs_prefix"));
    }
}
