-- rpt_region_rank: a city's place among its province's cities for each indicator, as leaders
-- read it, with the source of the city's own figure.
-- grain: one row per region_code (a prefecture-level city), indicator_code, year with a value
-- or a rate.
-- A rank, a share and a contribution depend on every city's figure and the province's, not
-- only the city's own: synthetic_regions_zh/en name each region of the province whose figure
-- for that indicator and year is synthetic, and uses_synthetic is true when there is one.
-- materialized: table
create or replace view rpt_region_rank as

with ranks as (
    select * from fct_region_rank
),

indicators as (
    select * from dim_indicator
),

growth as (
    select * from fct_growth
),

regions as (
    select * from dim_region
),

synthetic_in_province as (
    select
        coalesce(regions.parent_code, regions.region_code) as province_code,
        growth.indicator_code,
        growth.year,
        string_agg(regions.name_zh, '、' order by regions.region_code) as synthetic_regions_zh,
        string_agg(regions.name_en, ', ' order by regions.region_code) as synthetic_regions_en,
    from growth
    inner join regions
        on growth.region_code = regions.region_code
    where growth.is_synthetic
        and (growth.value is not null or growth.yoy_pct is not null)
    group by all
),

final as (
    select
        ranks.region_code,
        ranks.indicator_code,
        indicators.name_zh as indicator_name_zh,
        indicators.name_en as indicator_name_en,
        indicators.display_order,
        ranks.year,
        ranks.value,
        ranks.qualifier,
        ranks.unit,
        ranks.yoy_pct,
        ranks.level_rank,
        ranks.growth_rank,
        ranks.cities_ranked,
        ranks.cities_with_growth,
        ranks.share_pct,
        ranks.contribution_pct,
        ranks.pull_pp,
        growth.source,
        coalesce(growth.is_synthetic, false) as is_synthetic,
        synthetic_in_province.synthetic_regions_zh,
        synthetic_in_province.synthetic_regions_en,
        synthetic_in_province.province_code is not null as uses_synthetic,
        growth.vintage,
    from ranks
    inner join indicators
        on ranks.indicator_code = indicators.indicator_code
    left join growth
        on growth.region_code = ranks.region_code
        and growth.indicator_code = ranks.indicator_code
        and growth.year = ranks.year
    left join synthetic_in_province
        on synthetic_in_province.province_code = ranks.province_code
        and synthetic_in_province.indicator_code = ranks.indicator_code
        and synthetic_in_province.year = ranks.year
)

select * from final;

comment on view rpt_region_rank is 'A city''s rank among its province''s cities by indicator and year, with names and the figure''s source. One row per city, indicator and year with a value or a rate.';
comment on column rpt_region_rank.region_code is 'Administrative code of the city';
comment on column rpt_region_rank.indicator_code is 'Indicator code';
comment on column rpt_region_rank.indicator_name_zh is 'Indicator''s official Chinese name';
comment on column rpt_region_rank.indicator_name_en is 'Indicator''s English name';
comment on column rpt_region_rank.display_order is 'Order to list indicators in';
comment on column rpt_region_rank.year is 'Calendar year';
comment on column rpt_region_rank.value is 'Value in the display unit';
comment on column rpt_region_rank.qualifier is 'Qualifier published with the value (170余); null for an exact figure';
comment on column rpt_region_rank.unit is 'Display unit';
comment on column rpt_region_rank.yoy_pct is 'Growth on the previous year, percent';
comment on column rpt_region_rank.level_rank is 'Rank by value among the province''s cities, 1 = largest; null without a value';
comment on column rpt_region_rank.growth_rank is 'Rank by growth among the cities with a rate, 1 = fastest';
comment on column rpt_region_rank.cities_ranked is 'Cities of the province with a value that year';
comment on column rpt_region_rank.cities_with_growth is 'Cities of the province with a growth rate that year';
comment on column rpt_region_rank.share_pct is 'Share of the province''s own figure, percent';
comment on column rpt_region_rank.contribution_pct is '贡献率: share of the province''s change that came from the city, percent';
comment on column rpt_region_rank.pull_pp is '拉动: points of the province''s growth that came from the city';
comment on column rpt_region_rank.source is 'Publication the city''s figure is cited from';
comment on column rpt_region_rank.is_synthetic is 'True when the figure is generated, not published';
comment on column rpt_region_rank.synthetic_regions_zh is 'Regions of the province (cities or the province itself) whose figure the rank or share uses and is synthetic, in Chinese; null when none';
comment on column rpt_region_rank.synthetic_regions_en is 'The same regions in English';
comment on column rpt_region_rank.uses_synthetic is 'True when the rank, share or contribution uses a synthetic figure, the city''s own or another''s';
comment on column rpt_region_rank.vintage is 'When the figure''s source was loaded (UTC)';
