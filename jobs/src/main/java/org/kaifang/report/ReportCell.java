package org.kaifang.report;

/**
 * One cell of a report table: the text Markdown and HTML print, and for a figure its value and
 * kind, which the workbook writes as a number with the kind's format, and the qualifier and
 * release mark it was published with (170余, 24.77(初步)), which the format keeps.
 */
record ReportCell(String text, Double value, Kind kind, String qualifier, String releaseMark) {

    ReportCell(String text, Double value, Kind kind) {
        this(text, value, kind, null, null);
    }

    enum Kind {
        /** Words: names, units, statuses. */
        TEXT,
        /** Money in a display unit: 2 places. */
        AMOUNT,
        /** Whole things: enterprises, ranks. */
        COUNT,
        /** Percent: 1 place, shown with %. */
        RATE,
        /** A share in percent: 2 places, since a city's share of the nation is often below 1%. */
        SHARE,
        /** A status that is good news (met, ahead of 序时进度): green. */
        GOOD,
        /** A status close to good (基本达标): yellow. */
        NEARLY,
        /** A status that is bad news (missed, behind): red. */
        BAD,
        /** A status not yet known, or neither: grey. */
        NEUTRAL
    }

    static ReportCell text(String text) {
        return new ReportCell(text == null ? "" : text, null, Kind.TEXT);
    }

    /** Money in {@code unit}, or a count where the unit counts things (家, 个). */
    static ReportCell amount(Double value, String unit) {
        return new ReportCell(Numbers.value(value, unit), value, Numbers.isCount(unit) ? Kind.COUNT : Kind.AMOUNT);
    }

    /** An amount published with a qualifier (170余, 约5.00): printed with it, still a number. */
    static ReportCell amount(Double value, String unit, String qualifier) {
        ReportCell plain = amount(value, unit);
        return new ReportCell(Numbers.qualified(plain.text(), qualifier), value, plain.kind(), qualifier, null);
    }

    /** A yearly figure as published: with its qualifier and the mark of a release not yet final (24.77(初步)). */
    static ReportCell figure(Double value, String unit, String qualifier, String releaseMark) {
        ReportCell plain = amount(value, unit);
        return new ReportCell(Numbers.figure(value, unit, qualifier, releaseMark), value, plain.kind(), qualifier,
                releaseMark);
    }

    static ReportCell count(Number value) {
        Double number = value == null ? null : value.doubleValue();
        return new ReportCell(number == null ? "" : String.valueOf(value.longValue()), number, Kind.COUNT);
    }

    static ReportCell rate(Double pct) {
        return new ReportCell(Numbers.rate(pct), pct, Kind.RATE);
    }

    static ReportCell share(Double pct) {
        return new ReportCell(Numbers.share(pct), pct, Kind.SHARE);
    }

    static ReportCell status(String text, Kind kind) {
        return new ReportCell(text == null ? "" : text, null, text == null ? Kind.TEXT : kind);
    }

    boolean isStatus() {
        return kind == Kind.GOOD || kind == Kind.NEARLY || kind == Kind.BAD || kind == Kind.NEUTRAL;
    }
}
