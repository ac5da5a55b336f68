-- dim_country: every ISO 3166-1 country or territory, from data/reference/country.csv.
-- grain: one row per iso3.
-- materialized: table
create or replace view dim_country as

with countries as (
    select * from lake_country
),

final as (
    select
        iso3,
        iso2,
        name_zh,
        name_en,
    from countries
)

select * from final;

comment on view dim_country is 'ISO 3166-1 countries and territories with Chinese and English names. One row per country.';
comment on column dim_country.iso3 is 'ISO 3166-1 alpha-3 code, e.g. USA';
comment on column dim_country.iso2 is 'ISO 3166-1 alpha-2 code, e.g. US';
comment on column dim_country.name_zh is 'Chinese name, e.g. 美国';
comment on column dim_country.name_en is 'English name';
