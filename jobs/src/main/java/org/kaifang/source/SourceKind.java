package org.kaifang.source;

import java.util.function.BiFunction;

import org.kaifang.reference.ReferenceData;

/** The folders of {@code data/sources/}: the folder says what a file holds. */
public enum SourceKind {
    OBSERVATIONS("observations", ObservationValidator::new),
    TARGETS("targets", (reference, lastYear) -> new TargetValidator(reference)),
    TRADE_FLOWS("trade_flows", TradeFlowValidator::new),
    ODI_ENTERPRISES("odi_enterprises", OdiEnterpriseValidator::new);

    private final String folder;
    private final BiFunction<ReferenceData, Integer, RowValidator> validator;

    SourceKind(String folder, BiFunction<ReferenceData, Integer, RowValidator> validator) {
        this.folder = folder;
        this.validator = validator;
    }

    public String folder() {
        return folder;
    }

    /** @param lastYear the latest year a figure may be for (the run date's year) */
    public RowValidator validator(ReferenceData reference, int lastYear) {
        return validator.apply(reference, lastYear);
    }
}
