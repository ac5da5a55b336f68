package org.kaifang.source;

import java.math.BigDecimal;

import org.kaifang.lake.LakeTable;
import org.kaifang.reference.Indicator;
import org.kaifang.reference.ReferenceData;

/** Rows of {@code sources/observations/}: published figures with their declared unit. */
public final class ObservationValidator implements RowValidator {

    private final ReferenceData reference;
    private final int lastYear;
    private final int precedence;

    /**
     * @param lastYear   the latest year a figure can be for: the run date's year
     * @param precedence the file's precedence (see {@link Precedence})
     */
    public ObservationValidator(ReferenceData reference, int lastYear, int precedence) {
        this.reference = reference;
        this.lastYear = lastYear;
        this.precedence = precedence;
    }

    @Override
    public LakeTable table() {
        return LakeTable.OBSERVATION;
    }

    @Override
    public Object[] validate(SourceRow row) {
        Fields f = new Fields(row);
        String region = SourceChecks.region(f, reference, "region_code");
        Indicator indicator = SourceChecks.indicator(f, reference, "indicator_code");
        int year = f.integer("year", 1949, lastYear);
        Integer month = f.optionalInteger("month", 1, 12);
        BigDecimal declared = f.optionalNumber("value");
        String unit = f.code("unit");
        BigDecimal base = declared == null ? null : SourceChecks.toBase(f, "unit", "value", declared, indicator);
        BigDecimal rate = f.optionalRate("reported_yoy_pct");
        if (rate != null && rate.compareTo(BigDecimal.valueOf(-100)) < 0) {
            throw f.reject("reported_yoy_pct", "a fall of more than 100% is impossible");
        }
        return new Object[] {
            region, indicator.code(), year, month, base == null ? null : base.doubleValue(),
            indicator.baseUnit(), unit, rate == null ? null : rate.doubleValue(),
            rate == null ? null : Math.max(rate.scale(), 0), f.text("source"), precedence};
    }
}
