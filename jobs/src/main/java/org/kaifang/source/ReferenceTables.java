package org.kaifang.source;

import java.util.List;

import org.kaifang.table.LakeTable;

/** The reference files and the lake tables they load into. */
public final class ReferenceTables {

    /** A reference file, relative to the data folder, and its lake table. */
    public record ReferenceTable(String sourceFile, LakeTable table) {
    }

    public static final List<ReferenceTable> FILES = List.of(
            new ReferenceTable("reference/indicator.csv", LakeTable.INDICATOR),
            new ReferenceTable("reference/region.csv", LakeTable.REGION),
            new ReferenceTable("reference/country.csv", LakeTable.COUNTRY),
            new ReferenceTable("reference/fx_rate.csv", LakeTable.FX_RATE),
            new ReferenceTable("reference/trade_group.csv", LakeTable.TRADE_GROUP),
            new ReferenceTable("reference/trade_group_member.csv", LakeTable.TRADE_GROUP_MEMBER),
            new ReferenceTable("reference/trade_code.csv", LakeTable.TRADE_CODE),
            new ReferenceTable("reference/source_calendar.csv", LakeTable.SOURCE_CALENDAR));

    private ReferenceTables() {
    }

    public static List<String> sourceFiles() {
        return FILES.stream().map(ReferenceTable::sourceFile).toList();
    }
}
