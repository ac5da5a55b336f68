package org.kaifang.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A lake row is built by column name; a wrong name, type or a forgotten column fails at once. */
class LakeRowTest {

    @Test
    void valuesComeOutInTheTablesColumnOrderWhateverOrderTheyWereSetIn() {
        LakeRow row = new LakeRow(LakeTable.FX_RATE).set("note", "中间价年平均").set("cny_per_usd", 6.4588)
                .set("source", null).set("year", 2011);
        assertArrayEquals(new Object[] {2011, 6.4588, null, "中间价年平均"}, row.values());
        assertEquals(6.4588, row.get("cny_per_usd"));
    }

    @Test
    void aColumnTheTableDoesNotHaveIsNamedWithTheColumnsItHas() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new LakeRow(LakeTable.FX_RATE).set("rate", 6.4588));
        assertEquals("lake_fx_rate has no column rate; its columns: [year, cny_per_usd, source, note]", error.getMessage());
    }

    @Test
    void aValueOfAnotherTypeThanItsColumnFails() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new LakeRow(LakeTable.FX_RATE).set("year", "2011"));
        assertEquals("lake_fx_rate.year holds int, not String 2011", error.getMessage());
    }

    @Test
    void nullInARequiredColumnFails() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new LakeRow(LakeTable.FX_RATE).set("cny_per_usd", null));
        assertEquals("lake_fx_rate.cny_per_usd is required", error.getMessage());
    }

    @Test
    void aColumnLeftUnsetFailsBeforeTheRowIsWritten() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> new LakeRow(LakeTable.FX_RATE).set("year", 2011).set("cny_per_usd", 6.4588).values());
        assertEquals("a row of lake_fx_rate leaves [source, note] unset", error.getMessage());
    }
}
