package org.kaifang.source;

import java.util.List;
import java.util.function.BiFunction;

import org.kaifang.table.LakeTable;
import org.kaifang.reference.ReferenceData;

/** The folders of {@code data/sources/}: the folder says what a file holds. */
public enum SourceKind {
    OBSERVATIONS("observations", LakeTable.OBSERVATION,
            List.of("region_code", "indicator_code", "year", "month", "value", "unit", "reported_yoy_pct", "source"),
            List.of("qualifier", "release_date", "release_status"),
            (reference, lastYear) -> new ObservationValidator(reference, lastYear, FileOptions.NONE)),
    TARGETS("targets", LakeTable.TARGET,
            List.of("region_code", "indicator_code", "year", "kind", "value", "unit", "binding", "source_doc"),
            List.of("plan_start", "qualifier", "tolerance_pp"),
            (reference, lastYear) -> new TargetValidator(reference)),
    TRADE_FLOWS("trade_flows", LakeTable.TRADE_FLOW, LakeTable.TRADE_FLOW.ownColumnNames(), List.of(), null),
    ODI_ENTERPRISES("odi_enterprises", LakeTable.ODI_ENTERPRISE, LakeTable.ODI_ENTERPRISE.ownColumnNames(), List.of(),
            OdiEnterpriseValidator::new);

    private final String folder;
    private final LakeTable table;
    private final List<String> header;
    private final List<String> optionalColumns;
    private final BiFunction<ReferenceData, Integer, RowValidator> validator;

    SourceKind(String folder, LakeTable table, List<String> header, List<String> optionalColumns,
               BiFunction<ReferenceData, Integer, RowValidator> validator) {
        this.folder = folder;
        this.table = table;
        this.header = header;
        this.optionalColumns = optionalColumns;
        this.validator = validator;
    }

    public String folder() {
        return folder;
    }

    /** The columns every file of this folder must have (in any order). */
    public List<String> header() {
        return header;
    }

    /** Columns a file may add; an absent one reads as empty. */
    public List<String> optionalColumns() {
        return optionalColumns;
    }

    public LakeTable table() {
        return table;
    }

    /**
     * The row validator of a kind loaded row by row.
     *
     * @param lastYear the latest year a figure may be for ({@link Years#last})
     * @throws IllegalStateException for customs detail, which loads in bulk under {@link TradeFlowRules}
     */
    public RowValidator validator(ReferenceData reference, int lastYear) {
        if (validator == null) {
            throw new IllegalStateException(folder + " loads in bulk under TradeFlowRules, not row by row");
        }
        return validator.apply(reference, lastYear);
    }

    /** The same, for a file with these options (observations keep precedence to settle ties). */
    public RowValidator validator(ReferenceData reference, int lastYear, FileOptions options) {
        return this == OBSERVATIONS ? new ObservationValidator(reference, lastYear, options)
                : validator(reference, lastYear);
    }

    /** Whether files of this kind load in bulk (DuckDB or Spark) rather than through a chunk step. */
    public boolean isBulk() {
        return validator == null;
    }
}
