-- fct_region_rank: each city's place among the cities of its province.
-- grain: one row per region_code (a prefecture-level city), indicator_code, year with a value.
-- Formulas:
--   level_rank     = rank by value, largest first (ties share a rank), among the province's
--                    cities with a value that year
--   growth_rank    = rank by yoy_pct, highest first, among the cities with a rate; null
--                    without a rate
--   share_pct      = value / the province's own published value * 100; null when the
--                    province's figure is missing or not positive
-- materialized: table
create or replace view fct_region_rank as

with regions as (
    select * from dim_region
),

growth as (
    select * from fct_growth
),

cities as (
    select
        growth.region_code,
        regions.parent_code as province_code,
        growth.indicator_code,
        growth.year,
        growth.value,
        growth.unit,
        growth.yoy_pct,
    from growth
    inner join regions
        on growth.region_code = regions.region_code
    where regions.level = 'prefecture'
        and growth.value is not null
),

ranked as (
    select
        *,
        rank() over (partition by province_code, indicator_code, year order by value desc) as level_rank,
        case when yoy_pct is not null then
            rank() over (
                partition by province_code, indicator_code, year, yoy_pct is null
                order by yoy_pct desc
            )
        end as growth_rank,
        count(*) over (partition by province_code, indicator_code, year) as cities_ranked,
    from cities
),

final as (
    select
        ranked.region_code,
        ranked.province_code,
        ranked.indicator_code,
        ranked.year,
        ranked.value,
        ranked.unit,
        ranked.yoy_pct,
        ranked.level_rank,
        ranked.growth_rank,
        ranked.cities_ranked,
        province.value as province_value,
        case when province.value > 0 then round(ranked.value / province.value * 100, 2) end as share_pct,
    from ranked
    left join growth as province
        on province.region_code = ranked.province_code
        and province.indicator_code = ranked.indicator_code
        and province.year = ranked.year
)

select * from final;

comment on view fct_region_rank is 'Each city''s rank within its province by level and by growth, and its share of the province total. One row per city, indicator and year with a value.';
comment on column fct_region_rank.region_code is 'Administrative code of the city';
comment on column fct_region_rank.province_code is 'Administrative code of its province';
comment on column fct_region_rank.indicator_code is 'Indicator code';
comment on column fct_region_rank.year is 'Calendar year';
comment on column fct_region_rank.value is 'Value in the display unit';
comment on column fct_region_rank.unit is 'Display unit';
comment on column fct_region_rank.yoy_pct is 'Growth on the previous year, percent (published preferred)';
comment on column fct_region_rank.level_rank is 'Rank by value among the province''s cities, 1 = largest; ties share a rank';
comment on column fct_region_rank.growth_rank is 'Rank by yoy_pct among the cities with a rate, 1 = fastest; null without a rate';
comment on column fct_region_rank.cities_ranked is 'Cities of the province with a value that year';
comment on column fct_region_rank.province_value is 'The province''s own published value in the display unit';
comment on column fct_region_rank.share_pct is 'value / province_value * 100; null when the province figure is missing or not positive';
