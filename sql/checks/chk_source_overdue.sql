-- chk_source_overdue: a source of the calendar whose delivery is past its deadline.
-- severity: by_row: warn while the delivery is late within the source's grace days, error past them.
-- One row per overdue source, naming the earliest period missing, its deadline and how late it
-- is, as of the nightly's run date (rpt_source_status). A source without tracked_from in
-- data/reference/source_calendar.csv is never judged.
with overdue as (
    select * from rpt_source_status
    where state = 'overdue'
),

failing as (
    select
        severity,
        source_pattern,
        overdue_period as period,
        overdue_year as year,
        overdue_due_date as due_date,
        days_late,
        missing_periods,
        printf('%s（%s）%s数据应于 %s 前到达，已逾期 %d 天%s', name_zh, source_pattern, overdue_period_zh,
               strftime(overdue_due_date, '%Y-%m-%d'), days_late,
               case when missing_periods > 1 then printf('，共缺 %d 期', missing_periods) else '' end) as message,
        printf('%s (%s): %s was due by %s and is %d day%s late%s', name_en, source_pattern, overdue_period,
               strftime(overdue_due_date, '%Y-%m-%d'), days_late, case when days_late = 1 then '' else 's' end,
               case when missing_periods > 1 then printf('; %d periods missing', missing_periods) else '' end)
            as message_en,
    from overdue
)

select * from failing
