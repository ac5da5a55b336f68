package org.kaifang.source;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The release a figure was published in: its date and its status in the rounds statistics are
 * published in. Of two versions of a figure the later release stands: the later date, else the
 * later status; load order never decides.
 *
 * @param date   the day the figure was released; null when the source does not say
 * @param status one of {@link #STATUSES}; null when the source does not say
 */
public record Release(LocalDate date, String status) {

    public static final Release UNKNOWN = new Release(null, null);

    /**
     * The rounds, earliest first: 快报 (flash), 初步核算 (preliminary accounting), 初步核实
     * (preliminary verification), 最终核实 (final verification), 年报 (the yearbook, which prints the
     * verified figure), 修订 (a revision, e.g. after a census). stg_observation ranks them in
     * this order (release_rank in sql/05_rules).
     */
    public static final List<String> STATUSES = List.of("快报", "初步核算", "初步核实", "最终核实", "年报", "修订");

    /** A release date as written: 2016-09-30. */
    public static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
