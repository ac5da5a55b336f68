-- fct_trade_hs: each region's trade by HS chapter (the first two digits of the HS code), from the HS mart.
-- grain: one row per region_code, hs_chapter, year.
-- Formulas:
--   trade_usd = exports_usd + imports_usd
--   share_pct = trade_usd / the region's trade in all chapters that year * 100
--   rank      = rank by trade_usd within the region and year, 1 = largest (ties share)
--   yoy_pct   = (trade_usd / the same chapter's trade a year before - 1) * 100; null when
--               that base is missing, zero or negative
create or replace view fct_trade_hs as

with chapter_flows as (
    select * from lake_mart_trade_hs
),

by_chapter as (
    select
        region_code,
        hs_chapter,
        year,
        sum(case when flow = 'export' then value_usd else 0 end) as exports_usd,
        sum(case when flow = 'import' then value_usd else 0 end) as imports_usd,
        sum(value_usd) as trade_usd,
    from chapter_flows
    group by all
),

measured as (
    select
        this_year.*,
        round(this_year.trade_usd / sum(this_year.trade_usd) over by_region_year * 100, 2) as share_pct,
        rank() over (partition by this_year.region_code, this_year.year order by this_year.trade_usd desc) as rank,
        case when last_year.trade_usd > 0
            then round((this_year.trade_usd / last_year.trade_usd - 1) * 100, 2) end as yoy_pct,
    from by_chapter as this_year
    left join by_chapter as last_year
        on last_year.region_code = this_year.region_code
        and last_year.hs_chapter = this_year.hs_chapter
        and last_year.year = this_year.year - 1
    window by_region_year as (partition by this_year.region_code, this_year.year)
),

final as (
    select
        measured.region_code,
        measured.hs_chapter,
        measured.year,
        measured.exports_usd,
        measured.imports_usd,
        measured.trade_usd,
        measured.share_pct,
        measured.rank,
        measured.yoy_pct,
    from measured
)

select * from final;

comment on view fct_trade_hs is 'Each region''s trade by HS chapter: exports, imports, share, rank and growth, from customs detail summed in the HS mart. One row per region, HS chapter and year.';
comment on column fct_trade_hs.region_code is 'Administrative code';
comment on column fct_trade_hs.hs_chapter is 'HS chapter: the first two digits of the HS code, e.g. 85 electrical machinery';
comment on column fct_trade_hs.year is 'Calendar year';
comment on column fct_trade_hs.exports_usd is 'Exports in the chapter, US dollars';
comment on column fct_trade_hs.imports_usd is 'Imports in the chapter, US dollars';
comment on column fct_trade_hs.trade_usd is 'Exports plus imports, US dollars';
comment on column fct_trade_hs.share_pct is 'Share of the region''s trade in all chapters that year, percent';
comment on column fct_trade_hs.rank is 'Rank by trade within the region and year, 1 = largest';
comment on column fct_trade_hs.yoy_pct is 'Growth of the chapter''s trade on the year before, percent; null on a missing, zero or negative base';
