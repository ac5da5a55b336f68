-- stg_odi_enterprise: enterprises investing abroad (走出去) as loaded now.
-- grain: one row per year, region_code, enterprise, destination_iso.
-- materialized: table
create or replace view stg_odi_enterprise as

with current_rows as (
    select * from lake_odi_enterprise
),

final as (
    select
        year,
        region_code,
        enterprise,
        destination_iso,
        sector,
        investment_usd,
        is_new,
        source_file,
        source_line,
        vintage,
    from current_rows
)

select * from final;

comment on view stg_odi_enterprise is 'Enterprises investing abroad, by year and destination. One row per enterprise and destination.';
comment on column stg_odi_enterprise.year is 'Year of record';
comment on column stg_odi_enterprise.region_code is 'Administrative code of the investing enterprise';
comment on column stg_odi_enterprise.enterprise is 'Enterprise name';
comment on column stg_odi_enterprise.destination_iso is 'Destination country, ISO alpha-3';
comment on column stg_odi_enterprise.sector is 'Sector of the investment';
comment on column stg_odi_enterprise.investment_usd is 'Investment in US dollars';
comment on column stg_odi_enterprise.is_new is 'True when established abroad in this year (新增境外企业)';
comment on column stg_odi_enterprise.source_file is 'Source file, relative to the data folder';
comment on column stg_odi_enterprise.source_line is 'Line of the row in the source file';
comment on column stg_odi_enterprise.vintage is 'When this version of the source file was loaded (UTC)';
