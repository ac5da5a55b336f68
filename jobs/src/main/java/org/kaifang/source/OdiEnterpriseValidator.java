package org.kaifang.source;

import java.util.Set;

import org.kaifang.config.Messages;
import org.kaifang.table.LakeRow;
import org.kaifang.table.LakeTable;
import org.kaifang.reference.ReferenceData;

/** Rows of {@code sources/odi_enterprises/}: enterprises investing abroad. */
public final class OdiEnterpriseValidator implements RowValidator {

    private static final Set<String> TRUE = Set.of("true", "1", "是");
    private static final Set<String> FALSE = Set.of("false", "0", "否");

    private final ReferenceData reference;
    private final int lastYear;

    public OdiEnterpriseValidator(ReferenceData reference, int lastYear) {
        this.reference = reference;
        this.lastYear = lastYear;
    }

    @Override
    public LakeTable table() {
        return LakeTable.ODI_ENTERPRISE;
    }

    @Override
    public LakeRow validate(SourceRow row) {
        Fields f = new Fields(row);
        int year = f.integer("year", Years.FIRST, lastYear);
        String region = SourceChecks.region(f, reference, "region_code");
        String enterprise = f.text("enterprise");
        String destination = SourceChecks.country(f, reference, "destination_iso");
        var investment = SourceChecks.nonNegative(f, "investment_usd", f.optionalNumber("investment_usd"));
        String isNew = f.text("is_new");
        if (!TRUE.contains(isNew) && !FALSE.contains(isNew)) {
            throw f.reject("is_new", Messages.text("value.boolean"));
        }
        return new LakeRow(LakeTable.ODI_ENTERPRISE)
                .set("year", year)
                .set("region_code", region)
                .set("enterprise", enterprise)
                .set("destination_iso", destination)
                .set("sector", f.optionalText("sector"))
                .set("investment_usd", investment == null ? null : investment.doubleValue())
                .set("is_new", TRUE.contains(isNew));
    }
}
