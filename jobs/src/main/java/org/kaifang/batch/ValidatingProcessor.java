package org.kaifang.batch;

import java.util.function.Supplier;

import org.kaifang.source.RowValidator;
import org.kaifang.source.SourceRow;
import org.kaifang.table.ValidRow;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Validates a row; a bad row throws {@code RowRejectedException}, which the step skips. */
public final class ValidatingProcessor implements ItemProcessor<SourceRow, ValidRow> {

    private final Supplier<RowValidator> validatorSupplier;
    private RowValidator validator;

    /** The validator is made on first use, after the reference step has checked the tables. */
    public ValidatingProcessor(Supplier<RowValidator> validator) {
        this.validatorSupplier = validator;
    }

    @Override
    public ValidRow process(SourceRow row) {
        if (validator == null) {
            validator = validatorSupplier.get();
        }
        return new ValidRow(row.file(), row.line(), validator.validate(row));
    }
}
