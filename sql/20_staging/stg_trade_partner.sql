-- stg_trade_partner: customs trade summed by region, partner, month and flow, as the marts step stored it.
-- grain: one row per region_code, partner_iso, year, month, flow.
-- The sums are sql/marts/mart_trade_partner.sql over each current customs detail file, added up;
-- facts read them here, never the lake directly.
create or replace view stg_trade_partner as

with mart_rows as (
    select * from lake_mart_trade_partner
),

final as (
    -- each detail file has marts of its own: the files' sums added up
    select
        region_code,
        partner_iso,
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

comment on view stg_trade_partner is 'Customs trade by region, partner, month and flow, summed from the current detail by the nightly''s marts step. One row per region, partner, year, month and flow.';
comment on column stg_trade_partner.region_code is 'Administrative code';
comment on column stg_trade_partner.partner_iso is 'Partner country, ISO alpha-3';
comment on column stg_trade_partner.year is 'Calendar year';
comment on column stg_trade_partner.month is 'Month 1-12 (the month''s own figure): breakdowns compare the same months';
comment on column stg_trade_partner.flow is 'export or import';
comment on column stg_trade_partner.value_usd is 'Value in US dollars';
comment on column stg_trade_partner.records is 'Detail records summed';
comment on column stg_trade_partner.vintage is 'Latest vintage of the detail summed (UTC)';
