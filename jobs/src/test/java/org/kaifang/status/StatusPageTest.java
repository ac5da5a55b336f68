package org.kaifang.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kaifang.config.Language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code status --format json} field by field, against the README's table of its fields; the screen and the page. */
class StatusPageTest {

    private static final WarehouseStatus STATUS = new WarehouseStatus("2026-11-21", "2026-11-21T08:30:00Z",
            "/srv/stats/warehouse",
            new WarehouseStatus.LastRun(12, "2026-11-21", "FAILED", "failed", 1, "2026-11-20T18:00:03Z",
                    "2026-11-20T18:00:05Z", 2.5, "reference",
                    "reference/region.csv:17:1: region_code '43030X': expected a six-digit administrative code"),
            List.of(new WarehouseStatus.SourceState("sources/trade_flows/*", "海关进出口数据", "Customs trade detail",
                    "monthly", true, "2026-09", "2026-10-19T06:10:11Z", "2026-11", "2026-12-20", "overdue", "warn",
                    "2026-10", "2026-11-20", 1, 1, 9, 10)),
            new LinkedHashMap<>(Map.of("error", 0L, "warn", 4L)), new WarehouseStatus.Lake(212, 452_460_544L),
            new WarehouseStatus.CatalogState("/srv/stats/warehouse/kaifang.duckdb", "2026-11-21T02:00:40Z", 6.5));

    @Test
    void everyFieldOfTheJsonHasItsValueAndItsLineInTheReadme() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new StatusPage(STATUS, Language.ZH).json());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("as_of", "2026-11-21");
        expected.put("generated_at", "2026-11-21T08:30:00Z");
        expected.put("warehouse", "/srv/stats/warehouse");
        expected.put("last_run.execution", "12");
        expected.put("last_run.run_date", "2026-11-21");
        expected.put("last_run.status", "FAILED");
        expected.put("last_run.result", "failed");
        expected.put("last_run.exit_code", "1");
        expected.put("last_run.start", "2026-11-20T18:00:03Z");
        expected.put("last_run.end", "2026-11-20T18:00:05Z");
        expected.put("last_run.seconds", "2.5");
        expected.put("last_run.failed_step", "reference");
        expected.put("last_run.error", "reference/region.csv:17:1: region_code '43030X': expected a six-digit administrative code");
        expected.put("sources[].source_pattern", "sources/trade_flows/*");
        expected.put("sources[].name_zh", "海关进出口数据");
        expected.put("sources[].name_en", "Customs trade detail");
        expected.put("sources[].frequency", "monthly");
        expected.put("sources[].tracked", "true");
        expected.put("sources[].latest_period", "2026-09");
        expected.put("sources[].last_arrival", "2026-10-19T06:10:11Z");
        expected.put("sources[].next_due_period", "2026-11");
        expected.put("sources[].next_due_date", "2026-12-20");
        expected.put("sources[].state", "overdue");
        expected.put("sources[].severity", "warn");
        expected.put("sources[].overdue_period", "2026-10");
        expected.put("sources[].overdue_due_date", "2026-11-20");
        expected.put("sources[].days_late", "1");
        expected.put("sources[].missing_periods", "1");
        expected.put("sources[].on_time_periods", "9");
        expected.put("sources[].due_periods", "10");
        expected.put("checks.error", "0");
        expected.put("checks.warn", "4");
        expected.put("lake.files", "212");
        expected.put("lake.bytes", "452460544");
        expected.put("catalog.file", "/srv/stats/warehouse/kaifang.duckdb");
        expected.put("catalog.built_at", "2026-11-21T02:00:40Z");
        expected.put("catalog.age_hours", "6.5");
        Map<String, String> actual = new LinkedHashMap<>();
        leaves("", json, actual);
        assertEquals(expected, actual);

        // the README documents exactly these fields (objects named on lines of their own)
        TreeSet<String> documented = new TreeSet<>(readmeFields());
        documented.removeAll(List.of("last_run", "sources", "catalog"));
        assertEquals(new TreeSet<>(expected.keySet()), documented);
    }

    @Test
    void beforeTheFirstRunTheFieldsArePresentAndNull() throws Exception {
        WarehouseStatus empty = new WarehouseStatus("2026-11-21", "2026-11-21T08:30:00Z", "/w", null, List.of(),
                new LinkedHashMap<>(Map.of("error", 0L, "warn", 0L)), new WarehouseStatus.Lake(0, 0), null);
        JsonNode json = new ObjectMapper().readTree(new StatusPage(empty, Language.EN).json());
        assertTrue(json.has("last_run") && json.get("last_run").isNull());
        assertTrue(json.has("catalog") && json.get("catalog").isNull());
        assertEquals(0, json.get("sources").size());
    }

    @Test
    void theScreenSaysWhatFailedAndWhatIsLateInChinese() {
        // 18:00:03 UTC is 02:00 the next day in Beijing
        List<String> lines = new StatusPage(STATUS, Language.ZH).lines();
        // times in Beijing time: 08:30 UTC is 16:30
        assertEquals(List.of(
                "kaifang 运行状态（2026-11-21）",
                "生成于 2026-11-21 16:30（北京时间；数据检查为上次运行时的结果）",
                "上次运行: 执行 12，运行日期 2026-11-21：失败（退出码 1），开始于 2026-11-21 02:00，用时 2.5 秒",
                "  失败步骤“reference”：reference/region.csv:17:1: region_code '43030X': expected a six-digit administrative code",
                "数据源:",
                "  海关进出口数据  sources/trade_flows/*  按月",
                "    2026-10 期应于 2026-11-20 前到达，已逾期 1 天（警告）；最新 2026-09；到达 2026-10-19 14:10；"
                        + "下一期 2026-11，应于 2026-12-20 前到达；按时 9/10（近 12 期内）",
                "数据检查: 错误 0 条，警告 4 条",
                "数据湖: 212 个文件，431.5 MiB",
                "目录: 建于 2026-11-21 10:00（6.5 小时前）"), lines);
    }

    @Test
    void thePageEscapesWhatTheDataSaysAndMarksTheLateSource() {
        String html = new StatusPage(STATUS, Language.EN).html();
        assertTrue(html.contains("<tr class=\"warn\"><th>Customs trade detail"), html);
        assertTrue(html.contains("region_code &#39;43030X&#39;") || html.contains("region_code '43030X'"), html);
        assertTrue(html.contains("<meta name=\"viewport\""), html);
        WarehouseStatus risky = new WarehouseStatus("2026-11-21", "t", "/w", null, List.of(
                new WarehouseStatus.SourceState("sources/<b>*", "<script>", "<script>", "yearly", false, null, null,
                        "2026", "2027-09-30", "untracked", null, null, null, null, 0, 0, 0)),
                new LinkedHashMap<>(Map.of("error", 0L, "warn", 0L)), new WarehouseStatus.Lake(0, 0), null);
        String page = new StatusPage(risky, Language.EN).html();
        assertTrue(!page.contains("<script>") && page.contains("&lt;script&gt;") && page.contains("sources/&lt;b&gt;*"), page);
    }

    private static void leaves(String path, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                leaves(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), into);
            }
        } else if (node.isArray()) {
            node.forEach(element -> leaves(path + "[]", element, into));
        } else {
            into.put(path, node.isNull() ? null : node.asText());
        }
    }

    /** The field names of the README's table under "status --format json". */
    private static List<String> readmeFields() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("`status --format json` gives the same for monitoring");
        String table = readme.substring(start, readme.indexOf("\n\n", readme.indexOf("| field | meaning |", start)));
        List<String> fields = new ArrayList<>();
        for (String row : table.split("\n")) {
            if (!row.startsWith("| `")) {
                continue;
            }
            Matcher names = Pattern.compile("`([a-z_.\\[\\]]+)`").matcher(row.substring(0, row.indexOf(" | ", 2)));
            while (names.find()) {
                fields.add(names.group(1));
            }
        }
        return fields;
    }
}
