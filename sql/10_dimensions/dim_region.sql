-- dim_region: administrative regions (GB/T 2260 codes), from data/reference/region.csv.
-- grain: one row per region_code.
-- materialized: table
create or replace view dim_region as

with regions as (
    select * from lake_region
),

final as (
    select
        region_code,
        name_zh,
        name_en,
        parent_code,
        level,
    from regions
)

select * from final;

comment on view dim_region is 'Administrative regions: Hunan province and its 14 prefecture-level cities. One row per region.';
comment on column dim_region.region_code is 'Six-digit administrative code (GB/T 2260), e.g. 430300 湘潭市';
comment on column dim_region.name_zh is 'Chinese name';
comment on column dim_region.name_en is 'English name';
comment on column dim_region.parent_code is 'Code of the enclosing region; null for a province';
comment on column dim_region.level is 'province or prefecture';
