package org.kaifang.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.TestWarehouse;
import org.kaifang.config.Language;
import org.kaifang.config.Messages;
import org.kaifang.reference.ReferenceData;
import org.kaifang.table.LakeTable;
import org.kaifang.table.ValidRow;

/** data/reference/trade_group*.csv: members over days, judged as strictly as every reference file. */
class TradeGroupReferenceTest {

    @TempDir
    Path data;

    private Language before;

    /** Messages in Chinese, the product's first language, whatever a test before chose. */
    @BeforeEach
    void inChinese() {
        before = Messages.language();
        Messages.use(Language.ZH);
    }

    @AfterEach
    void restore() {
        Messages.use(before);
    }

    private static final String GROUPS = "group_code,kind,name_zh,name_en,source\neu,market,欧盟,European Union,\n";

    private void reference(String groups, String members) throws IOException {
        Path reference = data.resolve("reference");
        Files.createDirectories(reference);
        for (String file : ReferenceLoader.FILES) {
            Files.copy(TestWarehouse.PROJECT_DATA.resolve("reference").resolve(file), reference.resolve(file),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        if (groups != null) {
            Files.writeString(reference.resolve("trade_group.csv"), groups);
        }
        if (members != null) {
            Files.writeString(reference.resolve("trade_group_member.csv"), members);
        }
    }

    private static long micros(String day) {
        return LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1_000_000;
    }

    @Test
    void theShippedGroupsLoadWithTheUnitedKingdomInTheEuThroughJanuary2020() {
        ReferenceData reference = new ReferenceLoader(TestWarehouse.PROJECT_DATA).load();
        List<ValidRow> members = reference.lakeRows().get(LakeTable.TRADE_GROUP_MEMBER);
        ValidRow britain = members.stream()
                .filter(r -> r.row().get("group_code").equals("eu") && r.row().get("member").equals("GBR"))
                .findFirst().orElseThrow();
        assertEquals(micros("1973-01-01"), britain.row().get("valid_from"));
        assertEquals(micros("2020-01-31"), britain.row().get("valid_to"));
        assertEquals(28, members.stream().filter(r -> r.row().get("group_code").equals("eu")).count());
        assertEquals(14, members.stream().filter(r -> r.row().get("group_code").equals("rcep")).count());
    }

    @Test
    void aDataFolderWithoutGroupsLoadsWithNone() throws IOException {
        reference(null, null);
        ReferenceData reference = new ReferenceLoader(data).load();
        assertEquals(List.of(), reference.lakeRows().get(LakeTable.TRADE_GROUP));
        assertEquals(List.of(), reference.lakeRows().get(LakeTable.TRADE_GROUP_MEMBER));
    }

    @Test
    void aMemberTwiceOverTheSameDaysIsRefusedNamingTheLine() throws IOException {
        reference(GROUPS, "group_code,member,valid_from,valid_to,note\n"
                + "eu,GBR,1973-01-01,2020-01-31,\n"
                + "eu,DEU,1958-01-01,,\n"
                + "eu,GBR,2020-01-31,,\n");
        SourceException e = assertThrows(SourceException.class, () -> new ReferenceLoader(data).load());
        assertEquals("reference/trade_group_member.csv:4:3: GBR 在 eu 中的成员期重叠：自 1973-01-01 起，又自 2020-01-31 起", e.getMessage());
    }

    @Test
    void aMemberThatLeavesAndComesBackIsTwoSpans() throws IOException {
        reference(GROUPS, "group_code,member,valid_from,valid_to,note\n"
                + "eu,GBR,1973-01-01,2020-01-31,\n"
                + "eu,GBR,2030-01-01,,\n");
        assertEquals(2, new ReferenceLoader(data).load().lakeRows().get(LakeTable.TRADE_GROUP_MEMBER).size());
    }

    @Test
    void aGroupNotDeclaredAnEndBeforeItsStartAnUnknownPartnerOrAWrongDateIsRefusedNamingTheCell() throws IOException {
        reference(GROUPS, "group_code,member,valid_from,valid_to,note\neu,DEU,1958-01-01,,\nasean,THA,,,\n");
        assertEquals("reference/trade_group_member.csv:3:1: group_code 'asean': 分组 asean 不在 reference/trade_group.csv 中",
                assertThrows(SourceException.class, () -> new ReferenceLoader(data).load()).getMessage());

        reference(GROUPS, "group_code,member,valid_from,valid_to,note\neu,GBR,2020-01-31,1973-01-01,\n");
        assertEquals("reference/trade_group_member.csv:2:4: valid_to '1973-01-01': valid_to 1973-01-01 早于 valid_from 2020-01-31",
                assertThrows(SourceException.class, () -> new ReferenceLoader(data).load()).getMessage());

        reference(GROUPS, "group_code,member,valid_from,valid_to,note\neu,XXK,1958-01-01,,\n");
        assertEquals("reference/trade_group_member.csv:2:2: member 'XXK': 国家（地区）代码不存在：应为 reference/country.csv"
                        + " 中的 ISO 3166-1 三字母代码",
                assertThrows(SourceException.class, () -> new ReferenceLoader(data).load()).getMessage());

        reference(GROUPS, "group_code,member,valid_from,valid_to,note\neu,GBR,31/01/2020,,\n");
        SourceException e = assertThrows(SourceException.class, () -> new ReferenceLoader(data).load());
        assertTrue(e.getMessage().startsWith("reference/trade_group_member.csv:2:3: valid_from '31/01/2020': "),
                e.getMessage());
    }

    private static final String PRODUCTS = "group_code,kind,name_zh,name_en,source\n"
            + "mech,product,机电产品,Mechanical and electrical products,\nict,product,信息技术产品,ICT products,\n";

    @Test
    void aProductGroupsMembersAreHsPrefixesNoneUnderAnotherOverTheSameDays() throws IOException {
        reference(PRODUCTS, "group_code,member,valid_from,valid_to,note\nmech,84,,,\nmech,847,,,\n");
        assertEquals("reference/trade_group_member.csv:3:2: member '847': 商品类别的成员应为 2 至 10 位（偶数位）的 HS 编码前缀，如 8471",
                assertThrows(SourceException.class, () -> new ReferenceLoader(data).load()).getMessage());

        // 8471 under 84 in the same group would count twice; in another group it is that group's own
        reference(PRODUCTS, "group_code,member,valid_from,valid_to,note\nmech,84,,,\nict,8471,,,\nmech,8471,2010-01-01,,\n");
        assertEquals("reference/trade_group_member.csv:4:2: 8471 属于 84，而 84 在同一时期也是 mech 的成员（第 2 行）：其贸易额会被重复计算",
                assertThrows(SourceException.class, () -> new ReferenceLoader(data).load()).getMessage());

        // under 84 only after 84 left the group: no day counted twice
        reference(PRODUCTS, "group_code,member,valid_from,valid_to,note\nmech,84,,2009-12-31,\nmech,8471,2010-01-01,,\n");
        assertEquals(2, new ReferenceLoader(data).load().lakeRows().get(LakeTable.TRADE_GROUP_MEMBER).size());
    }
}
