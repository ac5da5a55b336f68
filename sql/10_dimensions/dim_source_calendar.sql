-- dim_source_calendar: when each source is due, from data/reference/source_calendar.csv.
-- grain: one row per source_pattern.
-- A source is tracked from the first period the office expects on time (tracked_from); a row
-- without one lists the source and its deadline but judges no delivery late: files of years
-- loaded when the warehouse was set up were never on this schedule. A monthly bulletin whose
-- January comes with February (1–2月) skips month 1: January is never owed alone.
-- materialized: table
create or replace view dim_source_calendar as

with calendar as (
    select * from lake_source_calendar
),

final as (
    select
        source_pattern,
        name_zh,
        name_en,
        frequency,
        due_month,
        due_day,
        grace_days,
        tracked_from,
        period_of(frequency, tracked_from) as tracked_from_index,
        -- months a monthly source never delivers alone, e.g. 1 where 1–2月 comes as one release
        coalesce(cast(string_split(skip_months, ' ') as integer[]), cast([] as integer[])) as skip_months,
        note,
    from calendar
)

select * from final;

comment on view dim_source_calendar is 'When each source is due: its frequency, the day it is due by, the grace before a late delivery is an error, and the first period the office expects on time. One row per source pattern.';
comment on column dim_source_calendar.source_pattern is 'The source files, a glob relative to the data folder, e.g. sources/trade_flows/*';
comment on column dim_source_calendar.name_zh is 'The source''s Chinese name, e.g. 海关进出口数据';
comment on column dim_source_calendar.name_en is 'English name';
comment on column dim_source_calendar.frequency is 'monthly or yearly: the period one delivery covers';
comment on column dim_source_calendar.due_month is 'Yearly: the month of the following year the delivery is due in; null for monthly';
comment on column dim_source_calendar.due_day is 'Day of the month it is due by (monthly: of the month after the period); the month''s last day if shorter';
comment on column dim_source_calendar.grace_days is 'Days late a delivery is a warning before it is an error';
comment on column dim_source_calendar.tracked_from is 'First period expected on time (2026-01, or 2026); null: not tracked';
comment on column dim_source_calendar.tracked_from_index is 'tracked_from as a period index (period_index): months since year 0, or the year';
comment on column dim_source_calendar.skip_months is 'Months a monthly source never delivers alone (1 where January comes with February as 1–2月): not owed; empty for none';
comment on column dim_source_calendar.note is 'Who delivers the source and where its deadline comes from';
