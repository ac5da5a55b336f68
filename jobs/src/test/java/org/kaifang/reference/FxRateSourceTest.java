package org.kaifang.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.kaifang.TestWarehouse;

/**
 * The yearly rates kaifang converts yuan with, checked against a cited source: the World Bank's
 * official rate (WDI PA.NUS.FCRF). Both are rounded to 4 places, so a difference within 0.0001
 * is rounding; any larger one must be explained in the row's note, which names the World
 * Bank's figure.
 */
class FxRateSourceTest {

    private static final BigDecimal ROUNDING = new BigDecimal("0.0001");

    @Test
    void everyRateIsTheWorldBanksOrExplainsWhyNot() throws IOException {
        Map<Integer, BigDecimal> official = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/wdi/china_wdi.csv")) {
            for (CSVRecord r : records(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                if (r.get("wdi_code").equals("PA.NUS.FCRF")) {
                    official.put(Integer.parseInt(r.get("year")), new BigDecimal(r.get("value")));
                }
            }
        }
        List<CSVRecord> rates;
        try (Reader in = Files.newBufferedReader(TestWarehouse.PROJECT_DATA.resolve("reference/fx_rate.csv"))) {
            rates = records(in);
        }
        assertEquals(20, rates.size(), "2005-2024");
        int explained = 0;
        for (CSVRecord rate : rates) {
            int year = Integer.parseInt(rate.get("year"));
            BigDecimal ours = new BigDecimal(rate.get("cny_per_usd"));
            BigDecimal worldBank = official.get(year).setScale(4, RoundingMode.HALF_UP);
            assertFalse(rate.get("source").isBlank(), year + " cites no source");
            if (ours.subtract(worldBank).abs().compareTo(ROUNDING) > 0) {
                explained++;
                assertTrue(rate.get("note").contains("WDI官方汇率(PA.NUS.FCRF)为" + worldBank.toPlainString()),
                        year + ": " + ours + " against the World Bank's " + worldBank + " needs a note naming it: "
                                + rate.get("note"));
            } else {
                assertTrue(rate.get("note").isEmpty(), year + " agrees within rounding; its note says otherwise");
            }
        }
        // 2024: the communiqué's 7.1217 (central parity) against the World Bank's 7.1975 (market)
        assertTrue(explained > 0);
    }

    private static List<CSVRecord> records(Reader in) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().get().parse(in).getRecords();
    }
}
