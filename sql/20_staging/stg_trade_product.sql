-- stg_trade_product: customs trade summed by region, HS code prefix of a product group, month
-- and flow, as the marts step stored it.
-- grain: one row per region_code, hs_prefix, year, month, flow.
-- The sums are sql/marts/mart_trade_product.sql over each current customs detail file, added up;
-- facts read them here, never the lake directly.
create or replace view stg_trade_product as

with mart_rows as (
    select * from lake_mart_trade_product
),

final as (
    -- each detail file has marts of its own: the files' sums added up
    select
        region_code,
        hs_prefix,
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

comment on view stg_trade_product is 'Customs trade by region, HS code prefix of a product group, month and flow, summed from the current detail by the nightly''s marts step. One row per region, prefix, year, month and flow.';
comment on column stg_trade_product.region_code is 'Administrative code';
comment on column stg_trade_product.hs_prefix is 'An HS code prefix that is a member of a product group (dim_trade_group_member)';
comment on column stg_trade_product.year is 'Calendar year';
comment on column stg_trade_product.month is 'Month 1-12 (the month''s own figure, not cumulative)';
comment on column stg_trade_product.flow is 'export or import';
comment on column stg_trade_product.value_usd is 'Value in US dollars';
comment on column stg_trade_product.records is 'Detail records summed';
comment on column stg_trade_product.vintage is 'Latest vintage of the detail summed (UTC)';
