-- stg_trade_monthly: customs trade summed by region, month and flow, as the marts step stored it.
-- grain: one row per region_code, year, month, flow.
-- The sums are sql/marts/mart_trade_monthly.sql over each current customs detail file, added up;
-- facts read them here, never the lake directly.
create or replace view stg_trade_monthly as

with mart_rows as (
    select * from lake_mart_trade_monthly
),

final as (
    -- each detail file has marts of its own: the files' sums added up
    select
        region_code,
        year,
        month,
        flow,
        sum(value_usd) as value_usd,
        cast(sum(records) as bigint) as records,
        max(vintage) as vintage,
    from mart_rows
    group by all
)

select * from final;

comment on view stg_trade_monthly is 'Customs trade by region, month and flow, summed from the current detail by the nightly''s marts step. One row per region, year, month and flow.';
comment on column stg_trade_monthly.region_code is 'Administrative code';
comment on column stg_trade_monthly.year is 'Calendar year';
comment on column stg_trade_monthly.month is 'Month 1-12 (the month''s own figure, not cumulative)';
comment on column stg_trade_monthly.flow is 'export or import';
comment on column stg_trade_monthly.value_usd is 'Value in US dollars';
comment on column stg_trade_monthly.records is 'Detail records summed';
comment on column stg_trade_monthly.vintage is 'Latest vintage of the detail summed (UTC)';
