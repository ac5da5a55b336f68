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
        Double cagr5yPct,
        String targetKind,
        Double targetValue,
        String targetUnit,
        Double targetLevel,
        String status,
        Double completionPct,
        Boolean attained,
        String source,
        String targetSource,
        boolean synthetic,
        String vintage,
        String qualifier,
        String growthNote,
        Double gapPp,
        String targetQualifier,
        String statusCode,
        String targetScope,
        Integer planStart,
        boolean withheld,
        String conflictLines,
        String releaseMark,
        String caliber) {

    /** Whether the year's target is judged in points: a growth target with no level to complete. */
    boolean isJudgedInPoints() {
        return "growth_pct".equals(targetKind) && completionPct == null && gapPp != null;
    }
}
