-- stg_trade_category: customs trade summed by region and by trade mode or by enterprise type, month
-- and flow, as the marts step stored it.
-- grain: one row per region_code, dimension, code, year, month, flow.
-- The sums are sql/marts/mart_trade_category.sql over each current customs detail file, added up;
-- facts read them here, never the lake directly.
create or replace view stg_trade_category as

with mart_rows as (
    select * from lake_mart_trade_category
),

final as (
    -- each detail file has marts of its own: the files' sums added up
    select
        region_code,
        dimension,
        code,
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

comment on view stg_trade_category is 'Customs trade by region and by trade mode or by enterprise type, month and flow, summed from the current detail by the nightly''s marts step. One row per region, dimension, code, year, month and flow.';
comment on column stg_trade_category.region_code is 'Administrative code';
comment on column stg_trade_category.dimension is 'trade_mode or enterprise_type';
comment on column stg_trade_category.code is 'Customs'' code of the dimension; null where the detail does not give it';
comment on column stg_trade_category.year is 'Calendar year';
comment on column stg_trade_category.month is 'Month 1-12 (the month''s own figure, not cumulative)';
comment on column stg_trade_category.flow is 'export or import';
comment on column stg_trade_category.value_usd is 'Value in US dollars';
comment on column stg_trade_category.records is 'Detail records summed';
comment on column stg_trade_category.vintage is 'Latest vintage of the detail summed (UTC)';
