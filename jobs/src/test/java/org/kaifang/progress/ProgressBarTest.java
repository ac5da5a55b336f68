package org.kaifang.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void lineShowsRowsRateAndTimeLeft() {
        // 45% after 3.6 s: 4,500,000 rows at 1,250,000 rows/s; the remaining 55% take 3.6 * 55 / 45 = 4.4 s
        assertEquals("load customs.csv [###########-------------]  45%  4,500,000 rows  1,250,000 rows/s  ETA 0:04",
                ProgressBar.line("load customs.csv", 0.45, 4_500_000, 3.6));
        assertEquals("load x [########################] 100%  10 rows  5 rows/s  done", ProgressBar.line("load x", 1, 10, 2));
        // an hour and a bit left: 10% done in 400 s leaves 3,600 s
        assertTrue(ProgressBar.line("x", 0.10, 1, 400).endsWith("ETA 1:00:00"));
    }

    @Test
    void drawsOnlyOnATerminalOutsideCi() {
        assertTrue(ProgressBar.drawsHere(true, Map.of("TERM", "xterm-256color")));
        assertFalse(ProgressBar.drawsHere(false, Map.of("TERM", "xterm-256color")), "a pipe, cron, a log");
        assertFalse(ProgressBar.drawsHere(true, Map.of("TERM", "xterm", "CI", "true")), "CI");
        assertFalse(ProgressBar.drawsHere(true, Map.of("TERM", "dumb")));
    }

    @Test
    void redrawsInPlaceAndEndsItsLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = ProgressBar.to("load", new PrintStream(bytes, true, StandardCharsets.UTF_8));
        bar.update(0.5, 5);
        bar.update(0.6, 6);
        bar.finish();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("\rload [############------------]  50%  5 rows"), out);
        assertFalse(out.contains(" 60%"), "redrawn at most four times a second");
        assertTrue(out.endsWith("\n"));
    }
}
