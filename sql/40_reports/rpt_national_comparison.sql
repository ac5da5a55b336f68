-- rpt_national_comparison: the city against the nation and the province, as leaders read it,
-- with the indicator's 口径 note beside the figures it qualifies.
-- grain: one row per region_code (a province or prefecture-level city), indicator_code, year
-- for which the nation has a figure of the same 口径 (as fct_national_comparison).
-- materialized: table
create or replace view rpt_national_comparison as

with comparisons as (
    select * from fct_national_comparison
),

indicators as (
    select * from dim_indicator
),

final as (
    select
        comparisons.region_code,
        comparisons.indicator_code,
        indicators.name_zh as indicator_name_zh,
        indicators.name_en as indicator_name_en,
        indicators.display_order,
        indicators.caliber_zh,
        indicators.caliber_en,
        comparisons.year,
        comparisons.value,
        comparisons.qualifier,
        comparisons.unit,
        comparisons.yoy_pct,
        comparisons.nation_indicator_code,
        nation_indicator.name_zh as nation_indicator_name_zh,
        nation_indicator.name_en as nation_indicator_name_en,
        comparisons.nation_value,
        comparisons.nation_unit,
        comparisons.nation_yoy_pct,
        comparisons.share_of_nation_pct,
        comparisons.growth_vs_nation_pp,
        comparisons.province_code,
        comparisons.province_value,
        comparisons.province_yoy_pct,
        comparisons.share_of_province_pct,
        comparisons.growth_vs_province_pp,
        comparisons.source,
        comparisons.nation_source,
        comparisons.province_source,
        comparisons.is_synthetic,
        comparisons.vintage,
    from comparisons
    inner join indicators
        on comparisons.indicator_code = indicators.indicator_code
    inner join indicators as nation_indicator
        on comparisons.nation_indicator_code = nation_indicator.indicator_code
)

select * from final;

comment on view rpt_national_comparison is 'A province''s or city''s figures against the nation''s and the province''s of the same 口径, with names and 口径 notes. One row per region, indicator and year the nation has a figure for.';
comment on column rpt_national_comparison.region_code is 'Administrative code of the province or city';
comment on column rpt_national_comparison.indicator_code is 'Indicator code';
comment on column rpt_national_comparison.indicator_name_zh is 'Indicator''s official Chinese name';
comment on column rpt_national_comparison.indicator_name_en is 'Indicator''s English name';
comment on column rpt_national_comparison.display_order is 'Order to list indicators in';
comment on column rpt_national_comparison.caliber_zh is 'The indicator''s 口径 in Chinese; null where the name says it all';
comment on column rpt_national_comparison.caliber_en is 'The indicator''s 口径 in English';
comment on column rpt_national_comparison.year is 'Calendar year';
comment on column rpt_national_comparison.value is 'The region''s value in the display unit';
comment on column rpt_national_comparison.qualifier is 'Qualifier published with the value (170余); null for an exact figure';
comment on column rpt_national_comparison.unit is 'Display unit of the region''s value';
comment on column rpt_national_comparison.yoy_pct is 'The region''s growth on the previous year, percent';
comment on column rpt_national_comparison.nation_indicator_code is 'The national indicator of the same 口径';
comment on column rpt_national_comparison.nation_indicator_name_zh is 'The national indicator''s Chinese name';
comment on column rpt_national_comparison.nation_indicator_name_en is 'The national indicator''s English name';
comment on column rpt_national_comparison.nation_value is 'The nation''s value in its display unit';
comment on column rpt_national_comparison.nation_unit is 'Display unit of the nation''s value';
comment on column rpt_national_comparison.nation_yoy_pct is 'The nation''s growth on the previous year, percent';
comment on column rpt_national_comparison.share_of_nation_pct is '占全国比重, percent; null when the units differ';
comment on column rpt_national_comparison.growth_vs_nation_pp is 'Growth above (+) or below (-) the nation''s, percentage points';
comment on column rpt_national_comparison.province_code is 'Code of the region''s province when it has a figure';
comment on column rpt_national_comparison.province_value is 'The province''s own value in the display unit';
comment on column rpt_national_comparison.province_yoy_pct is 'The province''s growth on the previous year, percent';
comment on column rpt_national_comparison.share_of_province_pct is '占全省比重, percent';
comment on column rpt_national_comparison.growth_vs_province_pp is 'Growth above (+) or below (-) the province''s, percentage points';
comment on column rpt_national_comparison.source is 'Publication the region''s figure is cited from';
comment on column rpt_national_comparison.nation_source is 'Publication the nation''s figure is cited from';
comment on column rpt_national_comparison.province_source is 'Publication the province''s figure is cited from';
comment on column rpt_national_comparison.is_synthetic is 'True when any of the figures set side by side is generated, not published';
comment on column rpt_national_comparison.vintage is 'When the latest of the figures'' sources was loaded (UTC)';
