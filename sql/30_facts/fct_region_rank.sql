-- fct_region_rank: each city's place among the cities of its province.
-- grain: one row per region_code (a prefecture-level city), indicator_code, year with a value
-- or a published rate (since 2018 many cities publish investment as a rate only).
-- Formulas:
--   level_rank     = rank by value, largest first (ties share a rank), among the province's
--                    cities with a value that year; null without a value
--   growth_rank    = rank by published_rate(yoy_pct), highest first, among the cities with a
--                    rate: rates that print alike share a rank (8.54 and 8.5 are both 8.5); null
--                    without a rate
--   share_pct      = share_pct(value, the province's own published value); null when the
--                    province's figure is missing or not positive
--   contribution_pct, pull_pp = the city's 贡献率 and 拉动 to the province's growth (fct_contribution)
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
        growth.qualifier,
        growth.unit,
        growth.yoy_pct,
    from growth
    inner join regions
        on growth.region_code = regions.region_code
    where regions.level = 'prefecture'
        and (growth.value is not null or growth.yoy_pct is not null)
),

contributions as (
    select * from fct_contribution
    where part_kind = 'city'
),

ranked as (
    select
        *,
        case when value is not null then
            rank() over (
                partition by province_code, indicator_code, year, value is null
                order by value desc
            )
        end as level_rank,
        case when yoy_pct is not null then
            rank() over (
                partition by province_code, indicator_code, year, yoy_pct is null
                order by published_rate(yoy_pct) desc
            )
        end as growth_rank,
        count(value) over (partition by province_code, indicator_code, year) as cities_ranked,
        count(yoy_pct) over (partition by province_code, indicator_code, year) as cities_with_growth,
    from cities
),

final as (
    select
        ranked.region_code,
        ranked.province_code,
        ranked.indicator_code,
        ranked.year,
        ranked.value,
        ranked.qualifier,
        ranked.unit,
        ranked.yoy_pct,
        ranked.level_rank,
        ranked.growth_rank,
        ranked.cities_ranked,
        ranked.cities_with_growth,
        province.value as province_value,
        share_pct(ranked.value, province.value) as share_pct,
        contributions.contribution_pct,
        contributions.pull_pp,
    from ranked
    left join growth as province
        on province.region_code = ranked.province_code
        and province.indicator_code = ranked.indicator_code
        and province.year = ranked.year
    left join contributions
        on contributions.part_region_code = ranked.region_code
        and contributions.region_code = ranked.province_code
        and contributions.indicator_code = ranked.indicator_code
        and contributions.year = ranked.year
)

select * from final;

comment on view fct_region_rank is 'Each city''s rank within its province by level and by growth, its share of the province total and its contribution to the province''s growth. One row per city, indicator and year with a value or a rate.';
comment on column fct_region_rank.region_code is 'Administrative code of the city';
comment on column fct_region_rank.province_code is 'Administrative code of its province';
comment on column fct_region_rank.indicator_code is 'Indicator code';
comment on column fct_region_rank.year is 'Calendar year';
comment on column fct_region_rank.value is 'Value in the display unit';
comment on column fct_region_rank.qualifier is 'Qualifier published with the value (170余); null for an exact figure';
comment on column fct_region_rank.unit is 'Display unit';
comment on column fct_region_rank.yoy_pct is 'Growth on the previous year, percent (published preferred)';
comment on column fct_region_rank.level_rank is 'Rank by value among the province''s cities with a value, 1 = largest; ties share a rank; null without a value';
comment on column fct_region_rank.growth_rank is 'Rank by yoy_pct among the cities with a rate, 1 = fastest; null without a rate';
comment on column fct_region_rank.cities_ranked is 'Cities of the province with a value that year';
comment on column fct_region_rank.cities_with_growth is 'Cities of the province with a growth rate that year: those growth_rank ranks';
comment on column fct_region_rank.province_value is 'The province''s own published value in the display unit';
comment on column fct_region_rank.share_pct is 'value / province_value * 100; null when the province figure is missing or not positive';
comment on column fct_region_rank.contribution_pct is '贡献率: the city''s change / the province''s change * 100, percent; null without both years'' levels';
comment on column fct_region_rank.pull_pp is '拉动: the city''s change / the province''s level last year * 100, percentage points of the province''s growth';
