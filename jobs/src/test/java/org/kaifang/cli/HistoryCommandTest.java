package org.kaifang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.TestWarehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code history --format json} after a failed and a successful run, and the logs naming each run. */
class HistoryCommandTest {

    @TempDir
    Path root;

    @Test
    void failedAndSuccessfulRunsWithTheirStepsCounts() throws Exception {
        TestWarehouse warehouse = new TestWarehouse(root).inEnglish();
        // a file where the reports folder goes: the report step fails, everything before it completes
        Files.createDirectories(warehouse.warehouse());
        Files.writeString(warehouse.warehouse().resolve("reports"), "in the way");
        assertEquals(ExitCodes.JOB_FAILED, warehouse.nightly("2026-11-26").exitCode());
        Files.delete(warehouse.warehouse().resolve("reports"));
        TestWarehouse.Run ok = warehouse.nightly("2026-11-26");
        assertEquals(ExitCodes.OK, ok.exitCode(), ok.out() + ok.err());

        TestWarehouse.Run history = warehouse.kaifang("history", "--format", "json");
        assertEquals(ExitCodes.OK, history.exitCode(), history.err());
        JsonNode executions = new ObjectMapper().readTree(history.out());
        assertEquals(2, executions.size(), history.out());
        JsonNode completed = executions.get(0);
        JsonNode failed = executions.get(1);
        assertEquals("COMPLETED", completed.get("status").asText());
        assertEquals("FAILED", failed.get("status").asText());
        assertTrue(completed.get("id").asLong() > failed.get("id").asLong(), "newest first");
        assertEquals("2026-11-26", failed.get("runDate").asText());

        JsonNode report = step(failed, "report");
        assertEquals("FAILED", report.get("status").asText());
        assertNotNull(report.get("error").textValue(), report.toString());
        assertEquals(report.get("error").asText(), failed.get("error").asText());
        assertTrue(completed.get("error").isNull());

        // the speech file's figures: as many rows read and written as it has lines after the header
        String speech = "load sources/observations/xiangtan_2011_speech.csv";
        long figures = Files.readAllLines(TestWarehouse.PROJECT_DATA.resolve("sources/observations/xiangtan_2011_speech.csv"))
                .stream().skip(1).filter(l -> !l.isBlank()).count();
        JsonNode load = step(failed, speech);
        assertEquals(List.of("COMPLETED", figures, figures, 0L), List.of(load.get("status").asText(),
                load.get("read").asLong(), load.get("written").asLong(), load.get("rejected").asLong()));
        assertTrue(failed.get("read").asLong() >= figures);
        // the second run restarted the failed instance from its failed step: the loads are not redone
        assertNull(stepOrNull(completed, speech), completed.toString());
        assertEquals("COMPLETED", step(completed, "report").get("status").asText());

        String text = warehouse.kaifang("history").out();
        assertTrue(text.contains("  report") && text.contains("error: "), text);

        // every line the two runs logged names its execution
        String log = Files.readString(warehouse.warehouse().resolve("logs/kaifang.log"));
        assertTrue(log.contains(" exec=" + failed.get("id").asLong() + " "), log);
        assertTrue(log.contains(" exec=" + completed.get("id").asLong() + " "), log);
    }

    private static JsonNode step(JsonNode execution, String name) {
        JsonNode step = stepOrNull(execution, name);
        assertNotNull(step, name + " not in " + execution);
        return step;
    }

    private static JsonNode stepOrNull(JsonNode execution, String name) {
        for (JsonNode step : execution.get("steps")) {
            if (step.get("name").asText().equals(name)) {
                return step;
            }
        }
        return null;
    }
}
