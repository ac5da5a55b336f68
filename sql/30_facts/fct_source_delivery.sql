-- fct_source_delivery: each period a calendar source has delivered, and when it first arrived.
-- grain: one row per source_pattern and period (a month, or a year for a yearly source).
-- A period is delivered while the lake's current files of the source hold a row for it; it
-- arrived when a file holding it was first loaded, so a revised file loaded again later does
-- not make an on-time delivery late. A monthly source delivers the months its rows give; a
-- yearly source the years.
-- materialized: table
create or replace view fct_source_delivery as

with calendar as (
    select * from dim_source_calendar
),

current_rows as (
    select source_file, year, month from lake_observation
    union all
    select source_file, year, month from lake_trade_flow
    union all
    select source_file, year, null as month from lake_odi_enterprise
    union all
    select source_file, year, null as month from lake_target
),

loaded_rows as (
    select source_file, year, month, vintage from lake_observation_history
    union all
    select source_file, year, month, vintage from lake_trade_flow_history
    union all
    select source_file, year, null as month, vintage from lake_odi_enterprise_history
    union all
    select source_file, year, null as month, vintage from lake_target_history
),

file_periods as (
    -- each file's periods: the rows it holds now, and when a version holding them was first loaded
    select source_file, year, month, count(*) as row_count, null as first_loaded,
    from current_rows
    group by all
    union all by name
    select source_file, year, month, 0 as row_count, min(vintage) as first_loaded,
    from loaded_rows
    group by all
),

deliveries as (
    select
        calendar.source_pattern,
        calendar.frequency,
        period_index(calendar.frequency, file_periods.year, file_periods.month) as period_index,
        sum(file_periods.row_count) as row_count,
        min(file_periods.first_loaded) as first_loaded,
    from calendar
    inner join file_periods
        on file_periods.source_file glob calendar.source_pattern
        -- a monthly source delivers months: its yearly rows (month empty) are no month's delivery
        and (calendar.frequency = 'yearly' or file_periods.month is not null)
    group by all
    -- delivered while its current files hold the period; a period only in withdrawn files is not
    having sum(file_periods.row_count) > 0
),

final as (
    select
        source_pattern,
        period_index,
        period_label(frequency, period_index) as period,
        period_year(frequency, period_index) as year,
        period_month(frequency, period_index) as month,
        first_loaded,
        beijing_date(first_loaded) as arrived_on,
        row_count,
    from deliveries
)

select * from final;

comment on view fct_source_delivery is 'Each period a source of the calendar has delivered (its current files hold rows for it) and when it first arrived. One row per source pattern and period.';
comment on column fct_source_delivery.source_pattern is 'The calendar''s source pattern, from dim_source_calendar';
comment on column fct_source_delivery.period_index is 'The period as a number (period_index): months since year 0, or the year';
comment on column fct_source_delivery.period is 'The period delivered: 2026-10, or 2026 for a yearly source';
comment on column fct_source_delivery.year is 'Year of the period';
comment on column fct_source_delivery.month is 'Month of the period; null for a yearly source';
comment on column fct_source_delivery.first_loaded is 'When a file holding the period was first loaded (UTC): its arrival';
comment on column fct_source_delivery.arrived_on is 'The day it arrived, in Beijing time (UTC+8)';
comment on column fct_source_delivery.row_count is 'Rows the source''s current files hold for the period';
