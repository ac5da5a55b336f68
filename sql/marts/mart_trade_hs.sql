-- mart_trade_hs: customs detail summed by region, HS chapter, year, month and flow.
-- grain: one row per region_code, hs_chapter, year, month, flow.
-- Built by the nightly's marts step from `detail`, the current customs detail files, whenever
-- they change, and stored in the lake as lake_mart_trade_hs (see stg_trade_hs).
select
    region_code,
    left(hs_code, 2) as hs_chapter,
    cast(year as integer) as year,
    month,
    flow,
    sum(value_usd) as value_usd,
    count(*) as records,
    max(vintage) as vintage,
from detail
group by all
