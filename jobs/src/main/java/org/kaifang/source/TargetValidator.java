package org.kaifang.source;

import java.math.BigDecimal;
import java.util.Set;

import org.kaifang.config.Messages;
import org.kaifang.lake.LakeTable;
import org.kaifang.reference.Indicator;
import org.kaifang.reference.ReferenceData;

/** Rows of {@code sources/targets/}: growth or level targets, expected or binding. */
public final class TargetValidator implements RowValidator {

    private final ReferenceData reference;

    public TargetValidator(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public LakeTable table() {
        return LakeTable.TARGET;
    }

    @Override
    public Object[] validate(SourceRow row) {
        Fields f = new Fields(row);
        String region = SourceChecks.region(f, reference, "region_code");
        Indicator indicator = SourceChecks.indicator(f, reference, "indicator_code");
        int year = f.integer("year", 1949, 2100);
        String kind = f.oneOf("kind", Set.of("growth_pct", "level"));
        BigDecimal value = f.number("value");
        String unit = f.code("unit");
        BigDecimal stored;
        String baseUnit;
        if (kind.equals("growth_pct")) {
            if (!unit.equals("%")) {
                throw f.reject("unit", Messages.text("target.growth_unit"));
            }
            stored = value;
            baseUnit = "%";
        } else {
            stored = SourceChecks.toBase(f, "unit", "value", value, indicator, year, null);
            baseUnit = indicator.baseUnit();
        }
        Integer planStart = f.optionalInteger("plan_start", 1949, year);
        if (planStart != null && planStart == year) {
            throw f.reject("plan_start", Messages.text("target.plan_start", year));
        }
        return new Object[] {
            region, indicator.code(), year, kind, stored.doubleValue(), baseUnit, unit,
            f.oneOf("binding", Set.of("expected", "binding")), f.text("source_doc"), planStart};
    }
}
