-- rpt_source_status: each source of the calendar as an operator reads it in the morning: what
-- arrived last, what is due next, and whether a delivery is late.
-- grain: one row per source_pattern.
-- Judged on calendar_as_of(): the run date in the nightly's data_quality, today for a reader
-- (kaifang status sets it to the day it is asked about). A tracked source owes every period
-- from tracked_from whose deadline has passed; one not delivered is overdue, by the days since
-- the deadline of the earliest missing period, and an error once that exceeds the grace. The
-- on-time record counts the last 12 periods due: loaded by the night after the deadline
-- (is_loaded_on_time), in Beijing time. Months a bulletin never delivers alone (skip_months:
-- January, where 1–2月 is one release) are never owed.
-- Not stored with the catalog: it depends on the day it is read.
create or replace view rpt_source_status as

with calendar as (
    select * from dim_source_calendar
),

deliveries as (
    select * from fct_source_delivery
),

judged_on as (
    select
        calendar.*,
        calendar_as_of() as as_of,
        period_index(calendar.frequency, year(calendar_as_of()), month(calendar_as_of())) as current_index,
    from calendar
),

periods_in_view as (
    -- from tracked_from, and at least the period before the current one: what an untracked
    -- source (or one tracked from a later period) shows is its next deadline
    select
        source_pattern,
        frequency,
        due_month,
        due_day,
        tracked_from_index,
        skip_months,
        as_of,
        unnest(generate_series(least(coalesce(tracked_from_index, current_index - 1), current_index - 1),
                               current_index)) as period_index,
    from judged_on
),

owed as (
    select * from periods_in_view
    -- a yearly period has no month: never skipped
    where not coalesce(list_contains(skip_months, period_month(frequency, period_index)), false)
),

periods as (
    select
        owed.*,
        period_due_date(owed.frequency, owed.period_index, owed.due_month, owed.due_day) as due_date,
        deliveries.arrived_on,
        deliveries.period_index is not null as is_delivered,
        owed.period_index >= owed.tracked_from_index
            and period_due_date(owed.frequency, owed.period_index, owed.due_month, owed.due_day) < owed.as_of
            as is_past_due,
    from owed
    left join deliveries
        on owed.source_pattern = deliveries.source_pattern
        and owed.period_index = deliveries.period_index
),

deadlines as (
    select
        source_pattern,
        count(*) filter (where is_past_due and not is_delivered) as missing_periods,
        min(period_index) filter (where is_past_due and not is_delivered) as first_missing_index,
        min(due_date) filter (where is_past_due and not is_delivered) as first_missing_due_date,
        arg_min(period_index, due_date) filter (where due_date >= as_of and not is_delivered) as next_due_index,
        min(due_date) filter (where due_date >= as_of and not is_delivered) as next_due_date,
    from periods
    group by all
),

recent_due as (
    select
        *,
        row_number() over (partition by source_pattern order by period_index desc) as recency,
    from periods
    where is_past_due
),

on_time_record as (
    select
        source_pattern,
        count(*) as due_periods,
        count(*) filter (where is_delivered and is_loaded_on_time(arrived_on, due_date)) as on_time_periods,
    from recent_due
    where recency <= 12
    group by all
),

latest_delivery as (
    select
        source_pattern,
        max(period_index) as latest_index,
        max(first_loaded) as last_arrival,
    from deliveries
    group by all
),

final as (
    select
        judged_on.source_pattern,
        judged_on.name_zh,
        judged_on.name_en,
        judged_on.frequency,
        judged_on.as_of,
        judged_on.tracked_from is not null as is_tracked,
        judged_on.tracked_from,
        period_label(judged_on.frequency, latest_delivery.latest_index) as latest_period,
        latest_delivery.last_arrival,
        period_label(judged_on.frequency, deadlines.next_due_index) as next_due_period,
        deadlines.next_due_date,
        case
            when judged_on.tracked_from is null then 'untracked'
            when coalesce(deadlines.missing_periods, 0) > 0 then 'overdue'
            else 'on_schedule'
        end as state,
        case
            when coalesce(deadlines.missing_periods, 0) = 0 then null
            when date_diff('day', deadlines.first_missing_due_date, judged_on.as_of) > judged_on.grace_days then 'error'
            else 'warn'
        end as severity,
        period_label(judged_on.frequency, deadlines.first_missing_index) as overdue_period,
        period_label_zh(judged_on.frequency, deadlines.first_missing_index) as overdue_period_zh,
        period_year(judged_on.frequency, deadlines.first_missing_index) as overdue_year,
        deadlines.first_missing_due_date as overdue_due_date,
        date_diff('day', deadlines.first_missing_due_date, judged_on.as_of) as days_late,
        coalesce(deadlines.missing_periods, 0) as missing_periods,
        judged_on.grace_days,
        coalesce(on_time_record.on_time_periods, 0) as on_time_periods,
        coalesce(on_time_record.due_periods, 0) as due_periods,
        judged_on.note,
    from judged_on
    left join deadlines
        on judged_on.source_pattern = deadlines.source_pattern
    left join on_time_record
        on judged_on.source_pattern = on_time_record.source_pattern
    left join latest_delivery
        on judged_on.source_pattern = latest_delivery.source_pattern
)

select * from final;

comment on view rpt_source_status is 'Each source of the calendar as of calendar_as_of() (today for a reader; the run date in data_quality): its latest delivery, next deadline, whether it is overdue, and its on-time record over the last 12 periods due. One row per source pattern.';
comment on column rpt_source_status.source_pattern is 'The source files, a glob relative to the data folder';
comment on column rpt_source_status.name_zh is 'The source''s Chinese name';
comment on column rpt_source_status.name_en is 'English name';
comment on column rpt_source_status.frequency is 'monthly or yearly';
comment on column rpt_source_status.as_of is 'The day the source is judged on';
comment on column rpt_source_status.is_tracked is 'True when the calendar gives tracked_from: only then is a delivery judged late';
comment on column rpt_source_status.tracked_from is 'First period expected on time';
comment on column rpt_source_status.latest_period is 'The latest period the source''s current files hold: 2026-09, or 2026; null before any delivery';
comment on column rpt_source_status.last_arrival is 'When the source last delivered a period (UTC): the latest first load of any period';
comment on column rpt_source_status.next_due_period is 'The period whose deadline comes next, not yet delivered';
comment on column rpt_source_status.next_due_date is 'Its deadline';
comment on column rpt_source_status.state is 'untracked, on_schedule, or overdue (a period past its deadline not delivered)';
comment on column rpt_source_status.severity is 'Overdue: warn within the grace days, error past them; null otherwise';
comment on column rpt_source_status.overdue_period is 'The earliest period past its deadline and not delivered';
comment on column rpt_source_status.overdue_period_zh is 'The same as a message prints it: 2026年10月, or 2025年';
comment on column rpt_source_status.overdue_year is 'The year of the earliest period missing';
comment on column rpt_source_status.overdue_due_date is 'Its deadline';
comment on column rpt_source_status.days_late is 'Days since that deadline (1 on the day after it)';
comment on column rpt_source_status.missing_periods is 'Periods past their deadline and not delivered';
comment on column rpt_source_status.grace_days is 'Days late a delivery is a warning before it is an error';
comment on column rpt_source_status.on_time_periods is 'Of the last 12 periods due (since tracked_from), those loaded by the day after their deadline (is_loaded_on_time)';
comment on column rpt_source_status.due_periods is 'The periods due counted in the record: 12, or fewer since tracked_from';
comment on column rpt_source_status.note is 'Who delivers the source and where its deadline comes from, from the calendar';
