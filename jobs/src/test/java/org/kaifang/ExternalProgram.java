package org.kaifang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an outside program a test checks output with (Chromium, pdffonts): its output, or a failed assertion. */
public final class ExternalProgram {

    private ExternalProgram() {
    }

    public static String run(List<String> command) throws Exception {
        Path output = Files.createTempFile("kaifang-program", ".out");
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), command + " did not end");
        String text = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        assertEquals(0, process.exitValue(), command + ":\n" + text);
        return text;
    }
}
