-- chk_target_without_actual: a target whose year has passed with no figure to judge it by.
-- severity: warn. A year has passed when the warehouse holds yearly figures for it (or a
-- later year) for any indicator; a target for such a year with no actual cannot be judged.
with targets as (
    select * from fct_target_attainment
),

horizon as (
    select max(year) as latest_year
    from fct_indicator_yearly
),

failing as (
    select
        targets.region_code,
        targets.indicator_code,
        targets.year,
        printf('%s %d 年目标(%s)没有可对照的实际数据', targets.indicator_code, targets.year,
               targets.target_kind) as message,
        printf('%s %d target (%s) has no actual figure to judge it by', targets.indicator_code, targets.year,
               targets.target_kind) as message_en,
    from targets
    cross join horizon
    where targets.actual_value is null
        and targets.year <= horizon.latest_year
)

select * from failing
