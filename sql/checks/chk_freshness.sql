-- chk_freshness: a series that stopped while its peers went on.
-- severity: warn. For each indicator, the latest year any region of the province has a yearly
-- figure for is what the office can expect; a region whose latest figure is older is stale (a
-- missed delivery, or a series discontinued without notice). Country-level series (ISO codes:
-- the World Bank's national series running to last year) follow their publishers' own
-- calendars: they neither set the expectation nor are judged by it.
with yearly as (
    select * from fct_indicator_yearly
    where value is not null or reported_yoy_pct is not null
),

regions as (
    select region_code from dim_region
),

latest_by_region as (
    select
        yearly.region_code,
        yearly.indicator_code,
        max(yearly.year) as latest_year,
    from yearly
    inner join regions
        on yearly.region_code = regions.region_code
    group by all
),

expected as (
    select indicator_code, max(latest_year) as expected_year
    from latest_by_region
    group by all
),

failing as (
    select
        latest_by_region.region_code,
        latest_by_region.indicator_code,
        latest_by_region.latest_year as year,
        printf('%s 最新数据为 %d 年,其他地区已有 %d 年数据', latest_by_region.indicator_code,
               latest_by_region.latest_year, expected.expected_year) as message,
        printf('%s: latest figure is for %d while other regions have %d', latest_by_region.indicator_code,
               latest_by_region.latest_year, expected.expected_year) as message_en,
    from latest_by_region
    inner join expected
        on latest_by_region.indicator_code = expected.indicator_code
    where latest_by_region.latest_year < expected.expected_year
)

select * from failing
