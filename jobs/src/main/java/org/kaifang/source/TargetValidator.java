package org.kaifang.source;

import java.math.BigDecimal;
import java.util.Set;

import org.kaifang.config.Messages;
import org.kaifang.table.LakeRow;
import org.kaifang.table.LakeTable;
import org.kaifang.reference.Indicator;
import org.kaifang.reference.ReferenceData;

/** Rows of {@code sources/targets/}: growth or level targets, expected or binding. */
public final class TargetValidator implements RowValidator {

    /**
     * A target's wording: at least (以上, 不低于: the default), at most (以内, 以下, 不高于, 不超过, 低于,
     * 控制在: energy use, unemployment) or approximately (左右); stg_target reads the direction from it.
     */
    public static final Set<String> QUALIFIERS =
            Set.of("以上", "不低于", "以内", "以下", "不高于", "不超过", "低于", "控制在", "左右");

    private final ReferenceData reference;

    public TargetValidator(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public LakeTable table() {
        return LakeTable.TARGET;
    }

    @Override
    public LakeRow validate(SourceRow row) {
        Fields f = new Fields(row);
        String region = SourceChecks.region(f, reference, "region_code");
        Indicator indicator = SourceChecks.indicator(f, reference, "indicator_code");
        int year = f.integer("year", Years.FIRST, 2100);
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
        Integer planStart = f.optionalInteger("plan_start", Years.FIRST, year);
        if (planStart != null && planStart == year) {
            throw f.reject("plan_start", Messages.text("target.plan_start", year));
        }
        return new LakeRow(LakeTable.TARGET)
                .set("region_code", region)
                .set("indicator_code", indicator.code())
                .set("year", year)
                .set("kind", kind)
                .set("value", stored.doubleValue())
                .set("base_unit", baseUnit)
                .set("declared_unit", unit)
                .set("binding", f.oneOf("binding", Set.of("expected", "binding")))
                .set("source_doc", f.text("source_doc"))
                .set("plan_start", planStart)
                .set("qualifier", f.optionalOneOf("qualifier", QUALIFIERS))
                .set("tolerance_pp", tolerance(f));
    }

    private static Double tolerance(Fields f) {
        BigDecimal tolerance = f.optionalNumber("tolerance_pp");
        if (tolerance == null) {
            return null;
        }
        if (tolerance.signum() < 0) {
            throw f.reject("tolerance_pp", Messages.text("target.tolerance"));
        }
        return tolerance.doubleValue();
    }
}
