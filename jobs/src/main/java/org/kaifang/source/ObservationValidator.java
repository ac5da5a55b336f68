package org.kaifang.source;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;

import org.kaifang.config.Messages;
import org.kaifang.reference.Indicator;
import org.kaifang.reference.ReferenceData;
import org.kaifang.reference.Unit;
import org.kaifang.table.LakeRow;
import org.kaifang.table.LakeTable;

/** Rows of {@code sources/observations/}: published figures with their declared unit. */
public final class ObservationValidator implements RowValidator {

    /** Words officials publish a figure with: "170余批次", "约5亿美元", "50家以上". */
    public static final Set<String> QUALIFIERS = Set.of("余", "多", "约", "近", "以上", "以下", "左右");

    private final ReferenceData reference;
    private final int lastYear;
    private final FileOptions options;

    /**
     * @param lastYear the latest year a figure can be for ({@link Years#last})
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
    public LakeRow validate(SourceRow row) {
        Fields f = new Fields(row);
        String region = SourceChecks.region(f, reference, "region_code");
        Indicator indicator = SourceChecks.indicator(f, reference, "indicator_code");
        int year = f.integer("year", Years.FIRST, lastYear);
        Integer month = f.optionalInteger("month", 1, 12);
        BigDecimal declared = f.optionalNumber("value");
        String unit = f.code("unit");
        ReferenceData conversion = options.convertsCurrency() ? reference : null;
        BigDecimal base = declared == null ? null : SourceChecks.toBase(f, "unit", "value", declared, indicator,
                year, conversion);
        // 2.35 亿美元 stands for anything from 2.345 to 2.355: the checks allow for it. Half a unit
        // of the last decimal, in base units by the same factor as the value; a count is exact
        BigDecimal rounding = null;
        if (declared != null && !isMoney(indicator)) {
            rounding = BigDecimal.ZERO;
        } else if (declared != null) {
            BigDecimal factor = declared.signum() != 0 ? base.divide(declared, MathContext.DECIMAL64)
                    : SourceChecks.toBase(f, "unit", "value", BigDecimal.ONE, indicator, year, conversion);
            rounding = BigDecimal.valueOf(5, Math.max(declared.scale(), 0) + 1).multiply(factor);
        }
        BigDecimal rate = f.optionalRate("reported_yoy_pct");
        if (rate != null && rate.compareTo(BigDecimal.valueOf(-100)) < 0) {
            throw f.reject("reported_yoy_pct", Messages.text("value.fall_over_100"));
        }
        return new LakeRow(LakeTable.OBSERVATION)
                .set("region_code", region)
                .set("indicator_code", indicator.code())
                .set("year", year)
                .set("month", month)
                .set("value", base == null ? null : base.doubleValue())
                .set("base_unit", indicator.baseUnit())
                .set("declared_unit", unit)
                .set("reported_yoy_pct", rate == null ? null : rate.doubleValue())
                .set("reported_yoy_decimals", rate == null ? null : Math.max(rate.scale(), 0))
                .set("source", f.text("source"))
                .set("precedence", options.precedence())
                .set("qualifier", f.optionalOneOf("qualifier", QUALIFIERS))
                .set("released", released(f))
                .set("release_status", status(f))
                .set("value_rounding", rounding == null ? null : rounding.doubleValue());
    }

    private static boolean isMoney(Indicator indicator) {
        return indicator.baseUnit().equals(Unit.USD) || indicator.baseUnit().equals(Unit.CNY);
    }

    /** The row's release date, else the file's; as the lake stores times: microseconds, UTC. */
    private Long released(Fields f) {
        String text = f.optionalText("release_date");
        LocalDate date = text == null ? options.release().date() : Release.parseDate(text);
        if (date == null && text != null) {
            throw f.reject("release_date", Messages.text("observation.release_date"));
        }
        return date == null ? null : ChronoUnit.MICROS.between(Instant.EPOCH, date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private String status(Fields f) {
        String status = f.optionalOneOf("release_status", new LinkedHashSet<>(Release.STATUSES));
        return status != null ? status : options.release().status();
    }
}
