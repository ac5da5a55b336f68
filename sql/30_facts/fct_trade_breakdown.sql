-- fct_trade_breakdown: each region's trade broken down by partner economy and by HS chapter,
-- from the trade marts: the one place the breakdowns' share, rank and growth are computed.
-- grain: one row per region_code, breakdown (partner | hs_chapter), code, year.
-- Formulas:
--   trade_usd = exports_usd + imports_usd
--   share_pct = trade_usd / the region's trade over the whole breakdown that year * 100
--   rank      = rank by trade_usd within the region, breakdown and year, 1 = largest (ties share)
--   yoy_pct   = (trade_usd / the same code's trade a year before - 1) * 100; null when that
--               base is missing, zero or negative
-- materialized: table
create or replace view fct_trade_breakdown as

with partner_flows as (
    select region_code, 'partner' as breakdown, partner_iso as code, year, flow, value_usd
    from lake_mart_trade_partner
),

chapter_flows as (
    select region_code, 'hs_chapter' as breakdown, hs_chapter as code, year, flow, value_usd
    from lake_mart_trade_hs
),

by_code as (
    select
        region_code,
        breakdown,
        code,
        year,
        sum(case when flow = 'export' then value_usd else 0 end) as exports_usd,
        sum(case when flow = 'import' then value_usd else 0 end) as imports_usd,
        sum(value_usd) as trade_usd,
    from (select * from partner_flows union all select * from chapter_flows)
    group by all
),

final as (
    select
        this_year.region_code,
        this_year.breakdown,
        this_year.code,
        this_year.year,
        this_year.exports_usd,
        this_year.imports_usd,
        this_year.trade_usd,
        share_pct(this_year.trade_usd, sum(this_year.trade_usd) over by_region_year) as share_pct,
        rank() over (
            partition by this_year.region_code, this_year.breakdown, this_year.year
            order by this_year.trade_usd desc
        ) as rank,
        growth_pct(this_year.trade_usd, last_year.trade_usd) as yoy_pct,
    from by_code as this_year
    left join by_code as last_year
        on last_year.region_code = this_year.region_code
        and last_year.breakdown = this_year.breakdown
        and last_year.code = this_year.code
        and last_year.year = this_year.year - 1
    window by_region_year as (partition by this_year.region_code, this_year.breakdown, this_year.year)
)

select * from final;

comment on view fct_trade_breakdown is 'Each region''s trade by partner economy and by HS chapter: exports, imports, share, rank and growth, from the trade marts. One row per region, breakdown, code and year.';
comment on column fct_trade_breakdown.region_code is 'Administrative code';
comment on column fct_trade_breakdown.breakdown is 'partner (code is an ISO alpha-3 economy) or hs_chapter (code is an HS chapter)';
comment on column fct_trade_breakdown.code is 'The partner''s ISO alpha-3 code or the HS chapter';
comment on column fct_trade_breakdown.year is 'Calendar year';
comment on column fct_trade_breakdown.exports_usd is 'Exports, US dollars';
comment on column fct_trade_breakdown.imports_usd is 'Imports, US dollars';
comment on column fct_trade_breakdown.trade_usd is 'Exports plus imports, US dollars';
comment on column fct_trade_breakdown.share_pct is 'Share of the region''s trade over the whole breakdown that year, percent';
comment on column fct_trade_breakdown.rank is 'Rank by trade within the region, breakdown and year, 1 = largest';
comment on column fct_trade_breakdown.yoy_pct is 'Growth on the year before, percent; null on a missing, zero or negative base';
