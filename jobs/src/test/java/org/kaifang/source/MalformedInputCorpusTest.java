package org.kaifang.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaifang.TestWarehouse;

/**
 * Source files as they really arrive, each with its expected outcome: a value loaded, a row
 * rejected (line, column and reason), or the file refused. After each, the published
 * warehouse holds what it held before plus exactly what was valid.
 */
class MalformedInputCorpusTest {

    private static final String HEADER = "region_code,indicator_code,year,month,value,unit,reported_yoy_pct,source";
    private static final String FILE = "sources/observations/case.csv";

    /** What should happen to a file. */
    enum Outcome { LOADED, REJECTED, REFUSED, FAILS_CHECK }

    /**
     * @param expected for LOADED: the value of fdi_actual 2012 in 亿美元 as text (or "null");
     *                 for REJECTED: "line:column:reason fragment"; for REFUSED: a message fragment;
     *                 for FAILS_CHECK: a fragment of the error data_quality reports (exit code 3)
     */
    record Case(String name, byte[] content, Outcome outcome, String expected, String mapping) {
        Case(String name, byte[] content, Outcome outcome, String expected) {
            this(name, content, outcome, expected, null);
        }

        /** The same input with a mapping file beside it. */
        Case mapped(String properties) {
            return new Case(name, content, outcome, expected, properties);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Case text(String name, String content, Outcome outcome, String expected) {
        return new Case(name, content.getBytes(StandardCharsets.UTF_8), outcome, expected);
    }

    static Case row(String name, String row, Outcome outcome, String expected) {
        return text(name, HEADER + "\n" + row + "\n", outcome, expected);
    }

    static Stream<Case> corpus() {
        String ok = "430300,fdi_actual,2012,,5.1,亿美元,9.0,test";
        return Stream.of(
                text("empty file", "", Outcome.REFUSED, FILE + ":1: the file is empty"),
                text("header only", HEADER + "\n", Outcome.LOADED, "none"),
                text("missing column", "region_code,indicator_code,year,value,unit,reported_yoy_pct,source\n"
                        + "430300,fdi_actual,2012,5.1,亿美元,,x\n", Outcome.REFUSED, "missing column 'month'"),
                text("extra column", HEADER + ",remark\n" + ok + ",note\n", Outcome.REFUSED,
                        FILE + ":1:9: unexpected column 'remark'"),
                text("semicolon delimiter", HEADER.replace(',', ';') + "\n" + ok.replace(',', ';') + "\n",
                        Outcome.REFUSED, "unexpected column"),
                new Case("GBK without declaration", (HEADER + "\n" + ok + "\n").getBytes(Charset.forName("GBK")),
                        Outcome.LOADED, "5.1"),
                text("UTF-8 byte-order mark", "\uFEFF" + HEADER + "\n" + ok + "\n", Outcome.LOADED, "5.1"),
                text("CRLF line ends", HEADER + "\r\n" + ok + "\r\n", Outcome.LOADED, "5.1"),
                text("quoted field with comma and newline", HEADER + "\n"
                        + "430300,fdi_actual,2012,,5.1,亿美元,9.0,\"公报, 第二页\n续\"\n", Outcome.LOADED, "5.1"),
                row("non-numeric value", "430300,fdi_actual,2012,,five,亿美元,,x", Outcome.REJECTED,
                        "2:5:expected a number"),
                row("full-width digits", "430300,fdi_actual,2012,,５．１,亿美元,,x", Outcome.LOADED, "5.1"),
                row("thousands separator", "430300,fdi_actual,2012,,\"51,000\",万美元,,x", Outcome.LOADED, "5.1"),
                row("percent sign on the rate", "430300,fdi_actual,2012,,5.1,亿美元,9.0%,x", Outcome.LOADED, "5.1"),
                row("dash for no figure", "430300,fdi_actual,2012,,—,亿美元,9.0,x", Outcome.LOADED, "null"),
                row("percent sign on a value", "430300,fdi_actual,2012,,5.1%,亿美元,,x", Outcome.REJECTED,
                        "2:5:expected a number"),
                row("negative count", "430300,odi_enterprises_new,2012,,-3,家,,x", Outcome.REJECTED,
                        "2:5:a count must be a whole number"),
                row("fractional count", "430300,odi_enterprises_new,2012,,2.5,家,,x", Outcome.REJECTED,
                        "2:5:a count must be a whole number"),
                row("unknown region code", "439999,fdi_actual,2012,,5.1,亿美元,,x", Outcome.REJECTED,
                        "2:1:unknown region code"),
                row("unknown indicator", "430300,fdi_planned,2012,,5.1,亿美元,,x", Outcome.REJECTED,
                        "2:2:unknown indicator code"),
                row("month 13", "430300,fdi_actual,2012,13,5.1,亿美元,,x", Outcome.REJECTED, "2:4:from 1 to 12"),
                row("future year", "430300,fdi_actual,2031,,5.1,亿美元,,x", Outcome.REJECTED, "2:3:from 1900 to 2027"),
                row("currency of another indicator", "430300,fdi_actual,2012,,5.1,亿元,,x", Outcome.REJECTED,
                        "2:6:fdi_actual is measured in USD"),
                row("unknown unit", "430300,fdi_actual,2012,,5.1,亿,,x", Outcome.REJECTED, "2:6:expected 美元, 万美元 or 亿美元"),
                row("missing unit", "430300,fdi_actual,2012,,5.1,,,x", Outcome.REJECTED, "2:6:a value is required"),
                row("missing source", "430300,fdi_actual,2012,,5.1,亿美元,,", Outcome.REJECTED, "2:8:a value is required"),
                row("rate below -100%", "430300,fdi_actual,2012,,5.1,亿美元,-120,x", Outcome.REJECTED,
                        "2:7:a fall of more than 100% is impossible"),
                text("truncated last line", HEADER + "\n" + ok + "\n430300,fdi_actual,2013,,5", Outcome.REJECTED,
                        "3:6:a value is required"),
                new Case("binary data", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, Outcome.REFUSED,
                        FILE + ": this is not a text file"),
                new Case("neither UTF-8 nor GBK", (HEADER + "\n430300,fdi_actual,2012,,5.1,亿美元,,")
                        .getBytes(StandardCharsets.UTF_8).length > 0 ? concat(HEADER + "\n430300,fdi_actual,2012,,5.1,",
                        new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFF}, ",,x\n") : null, Outcome.REFUSED,
                        "neither UTF-8 nor GB18030"),
                text("full-width region code", "\uFEFF" + HEADER + "\n４３０３００,fdi_actual,2012,,5.1,亿美元,,x\n",
                        Outcome.LOADED, "5.1"),
                text("duplicate key with different values", HEADER + "\n" + ok + "\n"
                        + "430300,fdi_actual,2012,,5.3,亿美元,,x\n", Outcome.FAILS_CHECK,
                        "fdi_actual 2012 has disagreeing values of the same release and precedence, withheld: "
                                + FILE + ":2, " + FILE + ":3"),
                new Case("GBK declared in the mapping", (HEADER + "\n" + ok + "\n").getBytes(Charset.forName("GBK")),
                        Outcome.LOADED, "5.1").mapped("encoding = GBK"),
                new Case("GBK bytes where the mapping declares UTF-8", (HEADER + "\n" + ok + "\n")
                        .getBytes(Charset.forName("GBK")), Outcome.REFUSED,
                        FILE + ": the file is not UTF-8 text, as its mapping declares").mapped("encoding = UTF-8"),
                row("an encoding kaifang does not read", ok, Outcome.REFUSED, "encoding 'Big5' is unknown")
                        .mapped("encoding = Big5"),
                // 6.3125 亿元 at the 2012 rate of 6.3125 yuan per dollar is 1 亿美元
                row("yuan converted as the mapping asks", "430300,fdi_actual,2012,,6.3125,亿元,,x", Outcome.LOADED,
                        "1.0").mapped("currency_conversion = fx_rate"),
                row("a conversion kaifang does not know", ok, Outcome.REFUSED,
                        "currency_conversion 'spot' is unknown").mapped("currency_conversion = spot"));
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(middle, 0, all, a.length, middle.length);
        System.arraycopy(c, 0, all, a.length + middle.length, c.length);
        return all;
    }

    /** The night every case starts from, run once and copied for each. */
    private static TestWarehouse published;

    @BeforeAll
    static void publishTheShippedData(@TempDir Path shared) {
        published = new TestWarehouse(shared).inEnglish();
        assertEquals(0, published.nightly("2026-11-26").exitCode());
    }

    @TempDir
    Path root;

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachInputHasItsOutcome(Case input) throws IOException {
        TestWarehouse warehouse = published.copyTo(root);
        String before = warehouse.contents("(select * from stg_observation where indicator_code <> 'fdi_actual' or year <> 2012)");

        Path file = warehouse.data().resolve(FILE);
        Files.write(file, input.content());
        if (input.mapping() != null) {
            Files.writeString(file.resolveSibling("case.mapping.properties"), input.mapping() + "\n");
        }
        TestWarehouse.Run run = warehouse.nightly("2026-11-26", "--max-reject-share", "1");
        String fdi2012 = "select coalesce(cast(value / 1e8 as varchar), 'null') from stg_observation"
                + " where indicator_code = 'fdi_actual' and year = 2012";
        switch (input.outcome()) {
            case LOADED -> {
                assertEquals(0, run.exitCode(), run.out() + run.err());
                List<List<String>> rows = warehouse.query(fdi2012);
                assertEquals(input.expected(), rows.isEmpty() ? "none" : rows.get(0).get(0));
            }
            case REJECTED -> {
                assertEquals(0, run.exitCode(), run.out() + run.err());
                String[] expected = input.expected().split(":", 3);
                List<String> reject = warehouse.rejectLines();
                assertTrue(reject.size() > 1, "no reject written");
                String[] r = reject.get(reject.size() - 1).split(",", 6);
                assertEquals(List.of(FILE, expected[0], expected[1]), List.of(r[0], r[1], r[2]), reject.toString());
                assertTrue(r[5].contains(expected[2]), r[5]);
            }
            case FAILS_CHECK -> {
                assertEquals(3, run.exitCode(), run.out() + run.err());
                assertTrue(warehouse.query("select message_en from data_quality where severity = 'error'").stream()
                        .anyMatch(r -> r.get(0).contains(input.expected())), input.expected());
            }
            case REFUSED -> {
                assertEquals(1, run.exitCode(), run.out() + run.err());
                assertTrue(run.err().contains(input.expected()), run.err());
                assertEquals(List.of(), warehouse.query(fdi2012), "nothing of a refused file is published");
            }
        }
        assertEquals(before, warehouse.contents("(select * from stg_observation where indicator_code <> 'fdi_actual' or year <> 2012)"),
                "what was published before stays");
    }
}
