-- chk_growth_consistency: a published growth rate that the levels cannot bear out, yearly or
-- for a cumulative 1-N月 figure against the same months a year before.
-- severity: warn. The published figure stands; the office should know the two disagree
-- (a revised base or a change of scope, 口径, usually explains it).
-- Rounding, by interval arithmetic: each level stands for anything within half a unit of its
-- last written decimal (value_rounding), so two levels allow the rates from growth_rate_low to
-- growth_rate_high; the published rate stands for anything within rounding_tolerance of its
-- last decimal (0.05 for 16.1). It fails only when the two ranges do not meet: 2.35 -> 2.71
-- allows +14.86% to +15.78%, so a published +14.9% passes. A count is exact; a figure with a
-- qualifier (170余, 约5) is a bound or an estimate and is not checked.
with indicators as (
    select * from dim_indicator
    where growth_basis = 'nominal'
),

yearly as (
    select
        this_year.region_code,
        this_year.indicator_code,
        this_year.year,
        cast(null as integer) as month,
        this_year.value,
        this_year.value_rounding,
        last_year.value as prev_value,
        last_year.value_rounding as prev_rounding,
        this_year.qualifier,
        last_year.qualifier as prev_qualifier,
        this_year.reported_yoy_pct,
        this_year.reported_yoy_decimals,
    from fct_indicator_yearly as this_year
    inner join fct_indicator_yearly as last_year
        on last_year.region_code = this_year.region_code
        and last_year.indicator_code = this_year.indicator_code
        and last_year.year = this_year.year - 1
),

cumulative as (
    select
        this_year.region_code,
        this_year.indicator_code,
        this_year.year,
        this_year.month,
        this_year.value / indicators.unit_factor as value,
        this_year.value_rounding / indicators.unit_factor as value_rounding,
        last_year.value / indicators.unit_factor as prev_value,
        last_year.value_rounding / indicators.unit_factor as prev_rounding,
        this_year.qualifier,
        last_year.qualifier as prev_qualifier,
        this_year.reported_yoy_pct,
        this_year.reported_yoy_decimals,
    from stg_observation as this_year
    inner join indicators
        on this_year.indicator_code = indicators.indicator_code
    inner join stg_observation as last_year
        on last_year.region_code = this_year.region_code
        and last_year.indicator_code = this_year.indicator_code
        and last_year.year = this_year.year - 1
        and last_year.month = this_year.month
    where this_year.period_type = 'ytd'
),

bounded as (
    select
        figures.*,
        indicators.name_zh,
        growth_pct(figures.value, figures.prev_value) as yoy_from_levels,
        growth_rate_low(figures.value, figures.value_rounding, figures.prev_value, figures.prev_rounding) as lowest,
        growth_rate_high(figures.value, figures.value_rounding, figures.prev_value, figures.prev_rounding) as highest,
        rounding_tolerance(coalesce(figures.reported_yoy_decimals, 1)) as tolerance,
    from (select * from yearly union all by name select * from cumulative) as figures
    inner join indicators
        on figures.indicator_code = indicators.indicator_code
    where figures.reported_yoy_pct is not null
        and growth_pct(figures.value, figures.prev_value) is not null
        and figures.qualifier is null and figures.prev_qualifier is null
),

failing as (
    select
        region_code,
        indicator_code,
        year,
        printf('%s(%s)%d年%s:公布增速 %s%%,按水平值计算为 %.2f%%(计及四舍五入为 %.2f%% 至 %.2f%%),超出四舍五入范围',
               name_zh, indicator_code, year, coalesce('1-' || month || '月', ''),
               regexp_replace(cast(reported_yoy_pct as varchar), '\.0$', ''), yoy_from_levels, lowest, highest) as message,
        printf('%s %d%s: published growth %s%% but levels give %.2f%% (%.2f%% to %.2f%% within their rounding), beyond rounding',
               indicator_code, year, coalesce(' to month ' || month, ''),
               regexp_replace(cast(reported_yoy_pct as varchar), '\.0$', ''), yoy_from_levels, lowest, highest) as message_en,
    from bounded
    where reported_yoy_pct + tolerance < coalesce(lowest, yoy_from_levels) - 1e-9
        or reported_yoy_pct - tolerance > coalesce(highest, yoy_from_levels) + 1e-9
)

select * from failing
