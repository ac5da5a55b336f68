-- fct_trade_monthly: each region's customs trade by month and from January (1-N月), exports,
-- imports and their total, with growth on the same period a year before: the first line of a
-- city's 外贸月报, and the whole that breakdowns take their share and 拉动 of.
-- grain: one row per region_code, year, month, flow (export | import | total), for every month
-- the region has customs detail of that flow (total: of both flows).
-- Formulas (the rules of sql/05_rules/):
--   value_usd          = the month's trade of the flow
--   prev_value_usd     = the same month a year before; null without detail for it
--   yoy_pct            = growth_pct(value_usd, prev_value_usd)
--   ytd_value_usd      = value_usd summed over January to the month; null unless every one of
--                        those months has detail
--   ytd_prev_value_usd = prev_value_usd summed likewise; null when one of them is null
--   ytd_yoy_pct        = growth_pct(ytd_value_usd, ytd_prev_value_usd)
-- materialized: table
create or replace view fct_trade_monthly as

with flows as (
    select region_code, year, month, flow, value_usd from stg_trade_monthly
),

both_flows as (
    -- exports and imports together, for a month with detail of both
    select region_code, year, month, 'total' as flow, sum(value_usd) as value_usd
    from flows
    group by region_code, year, month
    having count(*) = 2
),

by_flow as (
    select * from flows
    union all by name
    select * from both_flows
),

with_year_before as (
    select
        this_month.region_code, this_month.year, this_month.month, this_month.flow,
        this_month.value_usd,
        month_before.value_usd as prev_value_usd,
    from by_flow as this_month
    left join by_flow as month_before
        on month_before.region_code = this_month.region_code
        and month_before.year = this_month.year - 1
        and month_before.month = this_month.month
        and month_before.flow = this_month.flow
),

final as (
    select
        region_code,
        year,
        month,
        flow,
        value_usd,
        prev_value_usd,
        growth_pct(value_usd, prev_value_usd) as yoy_pct,
        -- a month appears once per region, year and flow: as many rows as the month's number
        -- means every month from January has detail
        case when count(*) over from_january = month then sum(value_usd) over from_january end as ytd_value_usd,
        case when count(prev_value_usd) over from_january = month
            then sum(prev_value_usd) over from_january end as ytd_prev_value_usd,
        growth_pct(ytd_value_usd, ytd_prev_value_usd) as ytd_yoy_pct,
    from with_year_before
    window from_january as (partition by region_code, year, flow order by month)
)

select * from final;

comment on view fct_trade_monthly is 'Each region''s customs trade by month and from January (1-N月): exports, imports and their total, with growth on the same period a year before. One row per region, year, month and flow.';
comment on column fct_trade_monthly.region_code is 'Administrative code';
comment on column fct_trade_monthly.year is 'Calendar year';
comment on column fct_trade_monthly.month is 'Month 1-12: the month''s own figure, and January to it for the ytd_ columns';
comment on column fct_trade_monthly.flow is 'export, import, or total (exports plus imports, for a month with detail of both)';
comment on column fct_trade_monthly.value_usd is 'Trade in the month, US dollars';
comment on column fct_trade_monthly.prev_value_usd is 'Trade in the same month a year before, US dollars; null without detail for it';
comment on column fct_trade_monthly.yoy_pct is 'Growth on the same month a year before, percent';
comment on column fct_trade_monthly.ytd_value_usd is 'Trade from January to the month (1-N月), US dollars; null unless every month from January has detail';
comment on column fct_trade_monthly.ytd_prev_value_usd is 'Trade in the same months a year before, US dollars';
comment on column fct_trade_monthly.ytd_yoy_pct is 'Growth from January to the month on the same months a year before, percent';
