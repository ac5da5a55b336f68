package org.kaifang.source;

import java.util.Set;

import org.kaifang.lake.LakeTable;
import org.kaifang.reference.ReferenceData;

/** Rows of {@code sources/trade_flows/}: customs detail by month, partner and HS code. */
public final class TradeFlowValidator implements RowValidator {

    private final ReferenceData reference;
    private final int lastYear;

    public TradeFlowValidator(ReferenceData reference, int lastYear) {
        this.reference = reference;
        this.lastYear = lastYear;
    }

    @Override
    public LakeTable table() {
        return LakeTable.TRADE_FLOW;
    }

    @Override
    public Object[] validate(SourceRow row) {
        Fields f = new Fields(row);
        int year = f.integer("year", 1949, lastYear);
        int month = f.integer("month", 1, 12);
        String region = SourceChecks.region(f, reference, "region_code");
        String partner = SourceChecks.country(f, reference, "partner_iso");
        String hs = f.text("hs_code");
        if (!hs.matches("\\d{2}(\\d{2}){0,4}")) {
            throw f.reject("hs_code", "expected an HS code of 2, 4, 6, 8 or 10 digits");
        }
        String flow = f.oneOf("flow", Set.of("export", "import"));
        double value = SourceChecks.nonNegative(f, "value_usd", f.number("value_usd")).doubleValue();
        var quantity = SourceChecks.nonNegative(f, "quantity", f.optionalNumber("quantity"));
        return new Object[] {year, month, region, partner, hs, flow, value,
            quantity == null ? null : quantity.doubleValue()};
    }
}
