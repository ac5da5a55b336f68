-- chk_growth_consistency: published growth that levels do not bear out.
-- severity: warn. The published figure stands; the office should know the two disagree
-- (a revised base or a change of scope, 口径, usually explains it).
-- Fails when |growth_rate(value, prev_value) - published rate| exceeds half a unit of the
-- rate's last published decimal (0.05 for a rate given as 16.1).
with growth as (
    select * from fct_growth
    where growth_basis = 'nominal'
),

recomputed as (
    select
        *,
        growth_rate(value, prev_value) as yoy_from_levels,
        rounding_tolerance(coalesce(reported_decimals, 1)) as tolerance,
    from (
        select growth.*, yearly.reported_yoy_decimals as reported_decimals, indicators.name_zh
        from growth
        inner join dim_indicator as indicators
            using (indicator_code)
        inner join fct_indicator_yearly as yearly
            using (region_code, indicator_code, year)
    )
    where growth_rate(value, prev_value) is not null and yoy_pct_reported is not null
),

failing as (
    select
        'warn' as severity,
        region_code,
        indicator_code,
        year,
        printf('%s(%s)%d年:公布增速 %s%%,按水平值计算为 %.2f%%,相差超出四舍五入范围',
               name_zh, indicator_code, year, regexp_replace(cast(yoy_pct_reported as varchar), '\.0$', ''), yoy_from_levels) as message,
        printf('%s %d: published growth %s%% but levels give %.2f%%, beyond rounding',
               indicator_code, year, regexp_replace(cast(yoy_pct_reported as varchar), '\.0$', ''), yoy_from_levels) as message_en,
    from recomputed
    where abs(yoy_from_levels - yoy_pct_reported) > tolerance + 1e-9
)

select * from failing
