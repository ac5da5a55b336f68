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

current_periods as (
    select source_file, year, month, count(*) as row_count,
    from current_rows
    group by all
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

first_loads as (
    select source_file, year, month, min(vintage) as first_loaded,
    from loaded_rows
    group by all
),

delivered as (
    select
        calendar.source_pattern,
        calendar.frequency,
        period_index(calendar.frequency, current_periods.year, current_periods.month) as period_index,
        sum(current_periods.row_count) as row_count,
    from calendar
    inner join current_periods
        on current_periods.source_file glob calendar.source_pattern
        -- a monthly source delivers months: its yearly rows (month empty) are no month's delivery
        and (calendar.frequency = 'yearly' or current_periods.month is not null)
    group by all
),

arrivals as (
    select
        calendar.source_pattern,
        period_index(calendar.frequency, first_loads.year, first_loads.month) as period_index,
        min(first_loads.first_loaded) as first_loaded,
    from calendar
    inner join first_loads
        on first_loads.source_file glob calendar.source_pattern
        and (calendar.frequency = 'yearly' or first_loads.month is not null)
    group by all
),

final as (
    select
        delivered.source_pattern,
        delivered.period_index,
        period_label(delivered.frequency, delivered.period_index) as period,
        period_year(delivered.frequency, delivered.period_index) as year,
        period_month(delivered.frequency, delivered.period_index) as month,
        arrivals.first_loaded,
        beijing_date(arrivals.first_loaded) as arrived_on,
        delivered.row_count,
    from delivered
    inner join arrivals
        on delivered.source_pattern = arrivals.source_pattern
        and delivered.period_index = arrivals.period_index
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
