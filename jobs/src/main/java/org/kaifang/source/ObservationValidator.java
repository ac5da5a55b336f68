package org.kaifang.source;

import java.math.BigDecimal;
import java.util.Set;

import org.kaifang.config.Messages;
import org.kaifang.lake.LakeTable;
import org.kaifang.reference.Indicator;
import org.kaifang.reference.ReferenceData;

/** Rows of {@code sources/observations/}: published figures with their declared unit. */
public final class ObservationValidator implements RowValidator {

    /** Words officials publish a figure with: "170余批次", "约5亿美元", "50家以上". */
    public static final Set<String> QUALIFIERS = Set.of("余", "多", "约", "近", "以上", "以下", "左右");

    private final ReferenceData reference;
    private final int lastYear;
    private final FileOptions options;

    /**
     * @param lastYear the latest year a figure can be for: the run date's year
     * @param options  the file's precedence and currency conversion (see {@link FileOptions})
     */
    public ObservationValidator(ReferenceData reference, int lastYear, FileOptions options) {
        this.reference = reference;
        this.lastYear = lastYear;
        this.options = options;
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
        BigDecimal base = declared == null ? null : SourceChecks.toBase(f, "unit", "value", declared, indicator,
                year, options.convertsCurrency() ? reference : null);
        BigDecimal rate = f.optionalRate("reported_yoy_pct");
        if (rate != null && rate.compareTo(BigDecimal.valueOf(-100)) < 0) {
            throw f.reject("reported_yoy_pct", Messages.text("value.fall_over_100"));
        }
        return new Object[] {
            region, indicator.code(), year, month, base == null ? null : base.doubleValue(),
            indicator.baseUnit(), unit, rate == null ? null : rate.doubleValue(),
            rate == null ? null : Math.max(rate.scale(), 0), f.text("source"), options.precedence(),
            f.optionalOneOf("qualifier", QUALIFIERS)};
    }
}
