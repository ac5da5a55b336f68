-- fct_trade_partner: each region's trade by partner economy, from the partner mart.
-- grain: one row per region_code, partner_iso, year.
-- Formulas:
--   trade_usd = exports_usd + imports_usd
--   share_pct = trade_usd / the region's trade with all partners that year * 100
--   rank      = rank by trade_usd within the region and year, 1 = largest (ties share)
--   yoy_pct   = (trade_usd / the same partner's trade a year before - 1) * 100; null when
--               that base is missing, zero or negative
create or replace view fct_trade_partner as

with partner_flows as (
    select * from lake_mart_trade_partner
),

countries as (
    select * from dim_country
),

by_partner as (
    select
        region_code,
        partner_iso,
        year,
        sum(case when flow = 'export' then value_usd else 0 end) as exports_usd,
        sum(case when flow = 'import' then value_usd else 0 end) as imports_usd,
        sum(value_usd) as trade_usd,
    from partner_flows
    group by all
),

measured as (
    select
        this_year.*,
        round(this_year.trade_usd / sum(this_year.trade_usd) over by_region_year * 100, 2) as share_pct,
        rank() over (partition by this_year.region_code, this_year.year order by this_year.trade_usd desc) as rank,
        case when last_year.trade_usd > 0
            then round((this_year.trade_usd / last_year.trade_usd - 1) * 100, 2) end as yoy_pct,
    from by_partner as this_year
    left join by_partner as last_year
        on last_year.region_code = this_year.region_code
        and last_year.partner_iso = this_year.partner_iso
        and last_year.year = this_year.year - 1
    window by_region_year as (partition by this_year.region_code, this_year.year)
),

final as (
    select
        measured.region_code,
        measured.partner_iso,
        countries.name_zh as partner_name_zh,
        countries.name_en as partner_name_en,
        measured.year,
        measured.exports_usd,
        measured.imports_usd,
        measured.trade_usd,
        measured.share_pct,
        measured.rank,
        measured.yoy_pct,
    from measured
    left join countries
        on measured.partner_iso = countries.iso3
)

select * from final;

comment on view fct_trade_partner is 'Each region''s trade by partner economy: exports, imports, share, rank and growth, from customs detail summed in the partner mart. One row per region, partner and year.';
comment on column fct_trade_partner.region_code is 'Administrative code';
comment on column fct_trade_partner.partner_iso is 'Partner economy, ISO alpha-3';
comment on column fct_trade_partner.partner_name_zh is 'Partner''s Chinese name';
comment on column fct_trade_partner.partner_name_en is 'Partner''s English name';
comment on column fct_trade_partner.year is 'Calendar year';
comment on column fct_trade_partner.exports_usd is 'Exports to the partner, US dollars';
comment on column fct_trade_partner.imports_usd is 'Imports from the partner, US dollars';
comment on column fct_trade_partner.trade_usd is 'Exports plus imports, US dollars';
comment on column fct_trade_partner.share_pct is 'Share of the region''s trade with all partners that year, percent';
comment on column fct_trade_partner.rank is 'Rank by trade within the region and year, 1 = largest';
comment on column fct_trade_partner.yoy_pct is 'Growth of trade with the partner on the year before, percent; null on a missing, zero or negative base';
