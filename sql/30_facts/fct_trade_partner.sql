-- fct_trade_partner: each region's trade by partner economy, with the partner's names.
-- grain: one row per region_code, partner_iso, year.
-- Share, rank and growth are computed once, in fct_trade_breakdown (its header states them).
-- materialized: table
create or replace view fct_trade_partner as

with breakdown as (
    select * from fct_trade_breakdown
    where breakdown = 'partner'
),

countries as (
    select * from dim_country
),

final as (
    select
        breakdown.region_code,
        breakdown.code as partner_iso,
        countries.name_zh as partner_name_zh,
        countries.name_en as partner_name_en,
        breakdown.year,
        breakdown.months_covered,
        breakdown.months_from_january,
        breakdown.exports_usd,
        breakdown.imports_usd,
        breakdown.trade_usd,
        breakdown.share_pct,
        breakdown.rank,
        breakdown.prev_trade_usd,
        breakdown.yoy_pct,
        breakdown.presence_note,
        growth_note_zh(breakdown.presence_note) as presence_note_zh,
        growth_note_en(breakdown.presence_note) as presence_note_en,
    from breakdown
    left join countries
        on breakdown.code = countries.iso3
)

select * from final;

comment on view fct_trade_partner is 'Each region''s trade by partner economy: exports, imports, share, rank and growth, from customs detail summed in the partner mart. One row per region, partner and year with trade then or in the same months a year before.';
comment on column fct_trade_partner.region_code is 'Administrative code';
comment on column fct_trade_partner.partner_iso is 'Partner economy, ISO alpha-3';
comment on column fct_trade_partner.partner_name_zh is 'Partner''s Chinese name';
comment on column fct_trade_partner.partner_name_en is 'Partner''s English name';
comment on column fct_trade_partner.year is 'Calendar year';
comment on column fct_trade_partner.months_covered is 'Months of customs detail that year: growth compares the same months of the year before';
comment on column fct_trade_partner.months_from_january is 'True when the months covered run from January without a gap (1-N月)';
comment on column fct_trade_partner.exports_usd is 'Exports to the partner, US dollars';
comment on column fct_trade_partner.imports_usd is 'Imports from the partner, US dollars';
comment on column fct_trade_partner.trade_usd is 'Exports plus imports, US dollars';
comment on column fct_trade_partner.share_pct is 'Share of the region''s trade with all partners that year, percent';
comment on column fct_trade_partner.rank is 'Rank by trade within the region and year, 1 = largest';
comment on column fct_trade_partner.prev_trade_usd is 'Trade in the same months of the year before, US dollars';
comment on column fct_trade_partner.yoy_pct is 'Growth on the same months of the year before, percent; -100 for trade that stopped';
comment on column fct_trade_partner.presence_note is 'new or ceased (see fct_trade_breakdown)';
comment on column fct_trade_partner.presence_note_zh is '新增 or 由有到无';
comment on column fct_trade_partner.presence_note_en is 'new or ceased';
