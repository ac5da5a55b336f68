-- fct_trade_hs: each region's trade by HS chapter (the first two digits of the HS code).
-- grain: one row per region_code, hs_chapter, year.
-- Share, rank and growth are computed once, in fct_trade_breakdown (its header states them).
-- materialized: table
create or replace view fct_trade_hs as

with breakdown as (
    select * from fct_trade_breakdown
    where breakdown = 'hs_chapter'
),

final as (
    select
        breakdown.region_code,
        breakdown.code as hs_chapter,
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
)

select * from final;

comment on view fct_trade_hs is 'Each region''s trade by HS chapter: exports, imports, share, rank and growth, from customs detail summed in the HS mart. One row per region, HS chapter and year with trade then or in the same months a year before.';
comment on column fct_trade_hs.region_code is 'Administrative code';
comment on column fct_trade_hs.hs_chapter is 'HS chapter: the first two digits of the HS code, e.g. 85 electrical machinery';
comment on column fct_trade_hs.year is 'Calendar year';
comment on column fct_trade_hs.months_covered is 'Months of customs detail that year: growth compares the same months of the year before';
comment on column fct_trade_hs.months_from_january is 'True when the months covered run from January without a gap (1-N月)';
comment on column fct_trade_hs.exports_usd is 'Exports in the chapter, US dollars';
comment on column fct_trade_hs.imports_usd is 'Imports in the chapter, US dollars';
comment on column fct_trade_hs.trade_usd is 'Exports plus imports, US dollars';
comment on column fct_trade_hs.share_pct is 'Share of the region''s trade in all chapters that year, percent';
comment on column fct_trade_hs.rank is 'Rank by trade within the region and year, 1 = largest';
comment on column fct_trade_hs.prev_trade_usd is 'Trade in the same months of the year before, US dollars';
comment on column fct_trade_hs.yoy_pct is 'Growth on the same months of the year before, percent; -100 for trade that stopped';
comment on column fct_trade_hs.presence_note is 'new or ceased (see fct_trade_breakdown)';
comment on column fct_trade_hs.presence_note_zh is '新增 or 由有到无';
comment on column fct_trade_hs.presence_note_en is 'new or ceased';
