-- stg_trade_hs: customs trade summed by region, HS chapter, month and flow, as the marts step stored it.
-- grain: one row per region_code, hs_chapter, year, month, flow.
-- The sums are sql/marts/mart_trade_hs.sql over each current customs detail file, added up;
-- facts read them here, never the lake directly.
create or replace view stg_trade_hs as

with mart_rows as (
    select * from lake_mart_trade_hs
),

final as (
    -- each detail file has marts of its own: the files' sums added up
    select
        region_code,
        hs_chapter,
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

comment on view stg_trade_hs is 'Customs trade by region, HS chapter, month and flow, summed from the current detail by the nightly''s marts step. One row per region, chapter, year, month and flow.';
comment on column stg_trade_hs.region_code is 'Administrative code';
comment on column stg_trade_hs.hs_chapter is 'HS chapter: the code''s first two digits';
comment on column stg_trade_hs.year is 'Calendar year';
comment on column stg_trade_hs.month is 'Month 1-12 (the month''s own figure): breakdowns compare the same months';
comment on column stg_trade_hs.flow is 'export or import';
comment on column stg_trade_hs.value_usd is 'Value in US dollars';
comment on column stg_trade_hs.records is 'Detail records summed';
comment on column stg_trade_hs.vintage is 'Latest vintage of the detail summed (UTC)';
