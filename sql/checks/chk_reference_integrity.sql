-- chk_reference_integrity: figures or targets whose region or indicator is not in the dimensions.
-- severity: error. Loads reject such rows; this guards the published lake against a
-- reference table changed without a reload.
with figures as (
    select region_code, indicator_code, year, source_file, source_line from stg_observation
    union all
    select region_code, indicator_code, year, source_file, source_line from stg_target
),

regions as (
    select region_code from dim_region
    union all
    select iso3 from dim_country
),

failing as (
    select
        figures.region_code,
        figures.indicator_code,
        figures.year,
        printf('%s:%d 的地区代码 %s 或指标代码 %s 不在参考表中', figures.source_file, figures.source_line,
               figures.region_code, figures.indicator_code) as message,
        printf('%s:%d: region %s or indicator %s is not in the reference tables', figures.source_file,
               figures.source_line, figures.region_code, figures.indicator_code) as message_en,
    from figures
    left join regions
        on figures.region_code = regions.region_code
    left join dim_indicator as indicators
        on figures.indicator_code = indicators.indicator_code
    where regions.region_code is null or indicators.indicator_code is null
)

select * from failing
