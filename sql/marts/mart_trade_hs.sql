-- mart_trade_hs: customs detail summed by region, HS chapter, year, month and flow.
-- grain: one row per source_file, region_code, hs_chapter, year, month, flow.
-- Built by the nightly's marts step from `detail`, one current customs detail file at a time, the
-- step writing the file's name beside the sums as source_file, whenever the file or this query
-- change, and stored in the lake as lake_mart_trade_hs (see stg_trade_hs). Not a view of the
-- catalog: its rows are stored, and stg_ views read them, adding up the files.

with detail_rows as (
    select * from detail
),

hs_sums as (
    select
        region_code,
        left(hs_code, 2) as hs_chapter,
        cast(year as integer) as year,
        month,
        flow,
        sum(value_usd) as value_usd,
        count(*) as records,
        max(vintage) as vintage,
    from detail_rows
    group by all
)

select * from hs_sums
