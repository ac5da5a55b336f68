-- chk_count_implied_base: a count whose published growth implies a fractional previous count.
-- severity: warn. A count (enterprises, delegations) was a whole number last year too, so
-- some whole previous count p must give the published rate after rounding:
-- |growth_pct(value, p) - rate| <= half a unit of the rate's last decimal, for p the whole
-- number just below or above implied_prev_level(value, rate). When neither does, the rate or the
-- count is off (or the published rate is rounded from something else).
with counts as (
    select yearly.*, indicators.name_zh
    from fct_indicator_yearly as yearly
    inner join dim_indicator as indicators
        on yearly.indicator_code = indicators.indicator_code
    where indicators.base_unit not in ('USD', 'CNY')
        and yearly.value > 0
        and yearly.reported_yoy_pct > -100
),

implied as (
    select
        *,
        implied_prev_level(value, reported_yoy_pct) as implied_prev,
        rounding_tolerance(coalesce(reported_yoy_decimals, 0)) as tolerance,
    from counts
),

candidates as (
    select
        *,
        floor(implied_prev) as prev_below,
        ceil(implied_prev) as prev_above,
    from implied
),

failing as (
    select
        region_code,
        indicator_code,
        year,
        printf('%s(%s)%d年:%d%s、比上年增长 %s%%,推算上年为 %.2f%s,不是整数',
               name_zh, indicator_code, year, cast(value as bigint), unit, regexp_replace(cast(reported_yoy_pct as varchar), '\.0$', ''), implied_prev, unit) as message,
        printf('%s %d: %d with +%s%% implies %.2f in %d, not a whole number',
               indicator_code, year, cast(value as bigint), regexp_replace(cast(reported_yoy_pct as varchar), '\.0$', ''), implied_prev, year - 1) as message_en,
    from candidates
    where not coalesce(abs(growth_pct(value, prev_below) - reported_yoy_pct) <= tolerance + 1e-9, false)
        and not coalesce(abs(growth_pct(value, prev_above) - reported_yoy_pct) <= tolerance + 1e-9, false)
)

select * from failing
