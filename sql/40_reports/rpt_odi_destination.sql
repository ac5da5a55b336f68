-- rpt_odi_destination: where a region's new overseas enterprises went, as leaders read it.
-- grain: one row per region_code, year, destination_iso among the ten leading destinations
-- (ties at the tenth place may add rows).
-- Investment is shown in 万美元 (ten thousand US dollars), the unit enterprise filings use.
-- materialized: table
create or replace view rpt_odi_destination as

with leading_destinations as (
    select * from fct_odi_destination
    where rank <= 10
),

final as (
    select
        region_code,
        year,
        rank,
        destination_iso,
        destination_name_zh,
        destination_name_en,
        new_enterprises,
        investment_usd / 1e4 as investment_10k_usd,
        '万美元' as investment_unit,
        share_pct,
        source_files,
        vintage,
    from leading_destinations
)

select * from final;

comment on view rpt_odi_destination is 'Leading destinations of a region''s new overseas enterprises in a year, investment in 万美元. One row per region, year and destination ranked 1-10.';
comment on column rpt_odi_destination.region_code is 'Administrative code of the investing enterprises';
comment on column rpt_odi_destination.year is 'Year the enterprises were established abroad';
comment on column rpt_odi_destination.rank is 'Rank by new enterprises, then investment, 1 = most';
comment on column rpt_odi_destination.destination_iso is 'Destination country, ISO alpha-3';
comment on column rpt_odi_destination.destination_name_zh is 'Destination''s Chinese name';
comment on column rpt_odi_destination.destination_name_en is 'Destination''s English name';
comment on column rpt_odi_destination.new_enterprises is 'Enterprises newly established in the destination (家)';
comment on column rpt_odi_destination.investment_10k_usd is 'Their investment, 万美元';
comment on column rpt_odi_destination.investment_unit is 'Unit of investment_10k_usd: 万美元';
comment on column rpt_odi_destination.share_pct is 'Share of the region''s new enterprise-destination pairs that year, percent';
comment on column rpt_odi_destination.source_files is 'Source files of the enterprises, relative to the data folder';
comment on column rpt_odi_destination.vintage is 'Latest load time of the enterprises counted (UTC)';
