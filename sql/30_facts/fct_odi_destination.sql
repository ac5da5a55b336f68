-- fct_odi_destination: new overseas enterprises (新增境外企业) of each region by destination.
-- grain: one row per region_code, year, destination_iso with a new enterprise that year.
-- Formulas:
--   new_enterprises = distinct enterprises established in the destination that year (is_new)
--   investment_usd  = their investment there, US dollars
--   share_pct       = new_enterprises / the region's new enterprise-destination pairs that
--                     year * 100 (an enterprise going to two countries counts in each)
--   rank            = by new_enterprises, then investment_usd, 1 = most (ties share a rank)
-- materialized: table
create or replace view fct_odi_destination as

with new_enterprises as (
    select * from stg_odi_enterprise
    where is_new
),

countries as (
    select * from dim_country
),

by_destination as (
    select
        region_code,
        year,
        destination_iso,
        count(distinct enterprise) as new_enterprises,
        sum(investment_usd) as investment_usd,
        max(vintage) as vintage,
        string_agg(distinct source_file, ', ' order by source_file) as source_files,
    from new_enterprises
    group by all
),

final as (
    select
        by_destination.region_code,
        by_destination.year,
        by_destination.destination_iso,
        countries.name_zh as destination_name_zh,
        countries.name_en as destination_name_en,
        by_destination.new_enterprises,
        by_destination.investment_usd,
        share_pct(by_destination.new_enterprises,
                  sum(by_destination.new_enterprises) over (partition by by_destination.region_code, by_destination.year))
            as share_pct,
        rank() over (
            partition by by_destination.region_code, by_destination.year
            order by by_destination.new_enterprises desc, by_destination.investment_usd desc nulls last
        ) as rank,
        by_destination.source_files,
        by_destination.vintage,
    from by_destination
    left join countries
        on by_destination.destination_iso = countries.iso3
)

select * from final;

comment on view fct_odi_destination is 'New overseas enterprises (新增境外企业) of each region by destination country. One row per region, year and destination with a new enterprise.';
comment on column fct_odi_destination.region_code is 'Administrative code of the investing enterprises';
comment on column fct_odi_destination.year is 'Year the enterprises were established abroad';
comment on column fct_odi_destination.destination_iso is 'Destination country, ISO alpha-3';
comment on column fct_odi_destination.destination_name_zh is 'Destination''s Chinese name';
comment on column fct_odi_destination.destination_name_en is 'Destination''s English name';
comment on column fct_odi_destination.new_enterprises is 'Enterprises newly established in the destination that year';
comment on column fct_odi_destination.investment_usd is 'Their investment in the destination, US dollars';
comment on column fct_odi_destination.share_pct is 'Share of the region''s new enterprise-destination pairs that year, percent';
comment on column fct_odi_destination.rank is 'Rank by new enterprises, then investment, 1 = most; ties share a rank';
comment on column fct_odi_destination.source_files is 'Source files of the enterprises, relative to the data folder';
comment on column fct_odi_destination.vintage is 'Latest load time of the enterprises counted (UTC)';
