package org.kaifang.report;

/** One row of {@code rpt_trend_table}, as a report reads it. */
record TrendRow(
        String regionCode,
        String regionName,
        String indicatorCode,
        String indicatorName,
        String domain,
        int displayOrder,
        String unit,
        int year,
        Double value,
        Double yoyPct,
        Double cagr3yPct,
        String targetKind,
        Double targetValue,
        String targetUnit,
        String status,
        Boolean attained,
        String source,
        String targetSource,
        boolean synthetic) {
}
