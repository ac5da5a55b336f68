package org.kaifang.source;

import org.kaifang.table.LakeRow;
import org.kaifang.table.LakeTable;

/**
 * Turns a source row into a lake row: checks every column against the reference tables and
 * declared units, and converts values to base units.
 */
public interface RowValidator {

    /** The lake table the rows go to. */
    LakeTable table();

    /**
     * @return the lake row of {@link #table()} it makes
     * @throws RowRejectedException naming the column and what was expected
     */
    LakeRow validate(SourceRow row);
}
