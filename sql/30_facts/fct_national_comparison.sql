-- fct_national_comparison: a region's figure set against the nation's and its province's, as
-- local briefs print it: 占全国的X%, 增速高于全国X个百分点.
-- grain: one row per region_code (a province or a prefecture-level city), indicator_code, year
-- for which the nation has a figure or a rate of the same 口径.
-- Only one 口径 is ever set against itself: the nation's series is dim_indicator.national_code
-- of the region's indicator (the indicator itself unless reference/indicator.csv declares
-- another of the same growth basis), so 实际利用外资 (MOFCOM, gross) never meets the
-- balance-of-payments FDI net inflows, whose code differs.
-- Formulas:
--   nation                = the country-level series of region_code 'CHN' (every region of
--                           dim_region is Chinese)
--   share_of_nation_pct   = share_pct(value, nation_value), only where both are stored in the
--                           same base unit (a city's GDP in yuan is not a share of dollars)
--   growth_vs_nation_pp   = published_rate(yoy_pct) - published_rate(nation_yoy_pct): the
--                           difference of the rates as printed, so the reader's subtraction of
--                           the two printed rates gives the printed points
--   province              = the region's parent (dim_region.parent_code), same indicator; its
--                           share and points likewise; null for a province or without a figure
--   is_synthetic          = any of the three figures is synthetic
-- materialized: table
create or replace view fct_national_comparison as

with growth as (
    select * from fct_growth
),

indicators as (
    select * from dim_indicator
),

regions as (
    select * from dim_region
    where level in ('province', 'prefecture')
),

nation as (
    select growth.*, indicators.base_unit, growth.value * indicators.unit_factor as value_base,
    from growth
    inner join indicators
        on growth.indicator_code = indicators.indicator_code
    where growth.region_code = 'CHN'
        and (growth.value is not null or growth.yoy_pct is not null)
),

region_figures as (
    select
        growth.*,
        regions.parent_code,
        indicators.base_unit,
        indicators.national_code,
        growth.value * indicators.unit_factor as value_base,
    from growth
    inner join regions
        on growth.region_code = regions.region_code
    inner join indicators
        on growth.indicator_code = indicators.indicator_code
    where growth.value is not null or growth.yoy_pct is not null
),

final as (
    select
        region_figures.region_code,
        region_figures.indicator_code,
        region_figures.year,
        region_figures.value,
        region_figures.qualifier,
        region_figures.unit,
        region_figures.yoy_pct,
        nation.indicator_code as nation_indicator_code,
        nation.value as nation_value,
        nation.unit as nation_unit,
        nation.yoy_pct as nation_yoy_pct,
        case when region_figures.base_unit = nation.base_unit
            then share_pct(region_figures.value_base, nation.value_base)
        end as share_of_nation_pct,
        round(published_rate(region_figures.yoy_pct) - published_rate(nation.yoy_pct), 1)
            as growth_vs_nation_pp,
        province.region_code as province_code,
        province.value as province_value,
        province.yoy_pct as province_yoy_pct,
        share_pct(region_figures.value, province.value) as share_of_province_pct,
        round(published_rate(region_figures.yoy_pct) - published_rate(province.yoy_pct), 1)
            as growth_vs_province_pp,
        region_figures.source,
        nation.source as nation_source,
        province.source as province_source,
        coalesce(region_figures.is_synthetic, false)
            or coalesce(nation.is_synthetic, false)
            or coalesce(province.is_synthetic, false) as is_synthetic,
        greatest(region_figures.vintage, nation.vintage, province.vintage) as vintage,
    from region_figures
    inner join nation
        on nation.indicator_code = region_figures.national_code
        and nation.year = region_figures.year
    left join growth as province
        on province.region_code = region_figures.parent_code
        and province.indicator_code = region_figures.indicator_code
        and province.year = region_figures.year
        and (province.value is not null or province.yoy_pct is not null)
)

select * from final;

comment on view fct_national_comparison is 'A province''s or city''s figure against the nation''s and its province''s of the same 口径: share of the total and growth above or below, in points. One row per region, indicator and year the nation has a figure for.';
comment on column fct_national_comparison.region_code is 'Administrative code of the province or city';
comment on column fct_national_comparison.indicator_code is 'Indicator code';
comment on column fct_national_comparison.year is 'Calendar year';
comment on column fct_national_comparison.value is 'The region''s value in the display unit';
comment on column fct_national_comparison.qualifier is 'Qualifier published with the value (170余); null for an exact figure';
comment on column fct_national_comparison.unit is 'Display unit of the region''s value';
comment on column fct_national_comparison.yoy_pct is 'The region''s growth on the previous year, percent (published preferred)';
comment on column fct_national_comparison.nation_indicator_code is 'The national indicator of the same 口径 (dim_indicator.national_code)';
comment on column fct_national_comparison.nation_value is 'The nation''s value in its display unit';
comment on column fct_national_comparison.nation_unit is 'Display unit of the nation''s value';
comment on column fct_national_comparison.nation_yoy_pct is 'The nation''s growth on the previous year, percent';
comment on column fct_national_comparison.share_of_nation_pct is '占全国比重: value / the nation''s value * 100, exact; null when the units differ or a figure is missing';
comment on column fct_national_comparison.growth_vs_nation_pp is 'Growth above (+) or below (-) the nation''s, percentage points, from the rates as printed (1 place)';
comment on column fct_national_comparison.province_code is 'Code of the region''s province when the province has a figure; null otherwise';
comment on column fct_national_comparison.province_value is 'The province''s own value in the display unit';
comment on column fct_national_comparison.province_yoy_pct is 'The province''s growth on the previous year, percent';
comment on column fct_national_comparison.share_of_province_pct is '占全省比重: value / the province''s value * 100, exact';
comment on column fct_national_comparison.growth_vs_province_pp is 'Growth above (+) or below (-) the province''s, percentage points, from the rates as printed';
comment on column fct_national_comparison.source is 'Publication the region''s figure is cited from';
comment on column fct_national_comparison.nation_source is 'Publication the nation''s figure is cited from';
comment on column fct_national_comparison.province_source is 'Publication the province''s figure is cited from';
comment on column fct_national_comparison.is_synthetic is 'True when the region''s, the nation''s or the province''s figure is generated, not published';
comment on column fct_national_comparison.vintage is 'When the latest of the three figures'' sources was loaded (UTC)';
