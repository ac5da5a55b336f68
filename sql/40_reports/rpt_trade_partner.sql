-- rpt_trade_partner: a region's ten largest trade partners in a year, as leaders read them.
-- grain: one row per region_code, year, partner_iso ranked 1-10 (ties may add rows).
-- Amounts are shown in 亿美元 (hundred million US dollars), the unit of the trade indicators.
-- materialized: table
create or replace view rpt_trade_partner as

with leading_partners as (
    select * from fct_trade_partner
    where rank <= 10
),

mart_vintage as (
    select region_code, year, max(vintage) as vintage
    from stg_trade_partner
    group by all
),

final as (
    select
        leading_partners.region_code,
        leading_partners.year,
        leading_partners.months_covered,
        leading_partners.months_from_january,
        leading_partners.rank,
        leading_partners.partner_iso,
        leading_partners.partner_name_zh,
        leading_partners.partner_name_en,
        leading_partners.trade_usd / 1e8 as trade_100m_usd,
        leading_partners.exports_usd / 1e8 as exports_100m_usd,
        leading_partners.imports_usd / 1e8 as imports_100m_usd,
        '亿美元' as unit,
        leading_partners.share_pct,
        leading_partners.yoy_pct,
        leading_partners.presence_note_zh,
        leading_partners.presence_note_en,
        mart_vintage.vintage,
    from leading_partners
    left join mart_vintage
        on mart_vintage.region_code = leading_partners.region_code
        and mart_vintage.year = leading_partners.year
)

select * from final;

comment on view rpt_trade_partner is 'A region''s ten largest trade partners in a year, amounts in 亿美元, from the customs detail. One row per region, year and partner ranked 1-10.';
comment on column rpt_trade_partner.region_code is 'Administrative code';
comment on column rpt_trade_partner.year is 'Calendar year';
comment on column rpt_trade_partner.months_covered is 'Months of customs detail that year (6: January-June); growth is on the same months a year before';
comment on column rpt_trade_partner.months_from_january is 'True when the months covered run from January without a gap (1-N月)';
comment on column rpt_trade_partner.rank is 'Rank by trade within the region and year, 1 = largest';
comment on column rpt_trade_partner.partner_iso is 'Partner economy, ISO alpha-3';
comment on column rpt_trade_partner.partner_name_zh is 'Partner''s Chinese name';
comment on column rpt_trade_partner.partner_name_en is 'Partner''s English name';
comment on column rpt_trade_partner.trade_100m_usd is 'Exports plus imports, 亿美元';
comment on column rpt_trade_partner.exports_100m_usd is 'Exports to the partner, 亿美元';
comment on column rpt_trade_partner.imports_100m_usd is 'Imports from the partner, 亿美元';
comment on column rpt_trade_partner.unit is 'Unit of the amounts: 亿美元';
comment on column rpt_trade_partner.share_pct is 'Share of the region''s trade with all partners that year, percent';
comment on column rpt_trade_partner.yoy_pct is 'Growth of trade with the partner on the year before, percent';
comment on column rpt_trade_partner.presence_note_zh is '新增 where the partner had no trade in those months a year before';
comment on column rpt_trade_partner.presence_note_en is 'new where the partner had no trade in those months a year before';
comment on column rpt_trade_partner.vintage is 'Latest load time of the customs detail summed (UTC)';
