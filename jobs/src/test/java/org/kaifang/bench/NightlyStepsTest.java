package org.kaifang.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The bench's reading of a nightly's log: the lines of a night of 10^8 detail lines in two files. */
class NightlyStepsTest {

    private static final List<String> LOG = List.of(
            "2026-12-01T04:54:29,562 exec=- INFO  [main] NightlyRunner: checked the lake's files against their"
                    + " checksums in 1 ms",
            "2026-12-01T04:54:33,420 exec=- INFO  [main] TaskExecutorJobLauncher: Job: [SimpleJob: [name=nightly]]"
                    + " launched with the following parameters: [{JobParameter{name='inputs', value=ed0c}}]",
            "2026-12-01T04:54:33,608 exec=1 INFO  [main] AbstractStep: Step: [reference] executed in 166ms",
            "2026-12-01T04:55:46,914 exec=1 INFO  [main] AbstractStep: Step: [load sources/trade_flows/customs_detail.csv]"
                    + " executed in 1m13s296ms",
            "2026-12-01T04:55:47,100 exec=1 INFO  [main] AbstractStep: Step: [load sources/trade_flows/customs_2026_01.csv]"
                    + " executed in 704ms",
            "2026-12-01T04:55:47,452 exec=1 INFO  [main] AbstractStep: Step: [publish] executed in 531ms",
            "2026-12-01T04:56:12,636 exec=1 INFO  [main] AbstractStep: Step: [marts] executed in 25s170ms",
            "2026-12-01T04:56:16,993 exec=1 INFO  [main] AbstractStep: Step: [catalog] executed in 4s348ms",
            "2026-12-01T04:56:20,595 exec=1 INFO  [main] AbstractStep: Step: [report] executed in 3s552ms");

    @Test
    void eachStepInTheOrderItRanEveryLoadAsOne() {
        Map<String, Double> steps = NightlySteps.of(LOG);
        assertEquals(List.of("planning", "reference", "load", "publish", "marts", "catalog", "report"),
                List.copyOf(steps.keySet()));
        // planning: 04:54:29.562 to 04:54:33.420
        assertEquals(3.858, steps.get("planning"), 1e-9);
        // 73.296 s and 0.704 s
        assertEquals(74.0, steps.get("load"), 1e-9);
        assertEquals(25.17, steps.get("marts"), 1e-9);
        assertEquals(0.166, steps.get("reference"), 1e-9);
        assertEquals("planning 3.9 s, reference 0.2 s, load 74.0 s, publish 0.5 s, marts 25.2 s, catalog 4.3 s,"
                + " report 3.6 s", NightlySteps.describe(steps));
    }
}
