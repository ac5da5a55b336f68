-- chk_cumulative_monotonic: a cumulative 1-N月 figure below the one of an earlier month.
-- severity: warn. A cumulative series never falls within a year unless a scope change or a
-- revision of earlier months intervened; the published figure stands, the office checks it.
-- Stocks (境外企业累计) are levels at a month's end, not sums, and may fall: not checked.
with cumulative as (
    select
        figures.region_code,
        figures.indicator_code,
        figures.year,
        figures.month,
        figures.value / indicators.unit_factor as value,
        indicators.unit,
    from stg_observation as figures
    inner join dim_indicator as indicators
        using (indicator_code)
    where figures.period_type = 'ytd' and figures.value is not null
        and indicators.kind <> 'stock'
),

with_previous as (
    select
        *,
        lag(value) over by_month as previous_value,
        lag(month) over by_month as previous_month,
    from cumulative
    window by_month as (partition by region_code, indicator_code, year order by month)
),

failing as (
    select
        region_code,
        indicator_code,
        year,
        printf('%s %d年1-%d月累计 %s%s 低于1-%d月累计 %s%s', indicator_code, year, month,
               cast(value as varchar), unit, previous_month, cast(previous_value as varchar), unit) as message,
        printf('%s %d: cumulative to month %d (%s %s) is below cumulative to month %d (%s %s)', indicator_code,
               year, month, cast(value as varchar), unit, previous_month, cast(previous_value as varchar), unit)
            as message_en,
    from with_previous
    where value < previous_value
)

select * from failing
