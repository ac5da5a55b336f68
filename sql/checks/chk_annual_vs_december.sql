-- chk_annual_vs_december: a published yearly figure and its December figure (1-12月累计, or a
-- stock's level at the end of December) that differ beyond their rounding.
-- severity: warn. Both are the year; the published yearly figure stands in the facts. Where
-- the yearly figure is of a later round (最终核实 after the monthly 快报), the monthly series
-- was not revised with it; otherwise one of the two is mistyped or of another scope (口径).
with indicators as (
    select * from dim_indicator
),

-- a qualified figure (170余, 约5) is a bound or an estimate: nothing to compare exactly
annual as (
    select * from stg_observation
    where period_type = 'year' and value is not null and qualifier is null
),

december as (
    select * from stg_observation
    where month = 12 and value is not null and qualifier is null
),

compared as (
    select
        annual.region_code,
        annual.indicator_code,
        annual.year,
        indicators.name_zh,
        indicators.unit,
        annual.value / indicators.unit_factor as annual_value,
        december.value / indicators.unit_factor as december_value,
        release_rank(annual.release_status) > release_rank(december.release_status) as is_later_release,
        abs(annual.value - december.value)
            > coalesce(annual.value_rounding, 0) + coalesce(december.value_rounding, 0) + 1e-9 as differs,
    from annual
    inner join december
        on december.region_code = annual.region_code
        and december.indicator_code = annual.indicator_code
        and december.year = annual.year
    inner join indicators
        on annual.indicator_code = indicators.indicator_code
),

failing as (
    select
        region_code,
        indicator_code,
        year,
        case when coalesce(is_later_release, false)
            then printf('%s(%s)%d年:全年数已修订为 %s%s,1-12月累计仍为 %s%s,月度数据未随之修订',
                        name_zh, indicator_code, year, cast(round(annual_value, 4) as varchar), unit,
                        cast(round(december_value, 4) as varchar), unit)
            else printf('%s(%s)%d年:全年数 %s%s 与1-12月累计 %s%s 不一致',
                        name_zh, indicator_code, year, cast(round(annual_value, 4) as varchar), unit,
                        cast(round(december_value, 4) as varchar), unit)
        end as message,
        case when coalesce(is_later_release, false)
            then printf('%s %d: the yearly figure was revised to %s %s but January-December still says %s %s',
                        indicator_code, year, cast(round(annual_value, 4) as varchar), unit,
                        cast(round(december_value, 4) as varchar), unit)
            else printf('%s %d: the yearly figure %s %s and January-December %s %s disagree',
                        indicator_code, year, cast(round(annual_value, 4) as varchar), unit,
                        cast(round(december_value, 4) as varchar), unit)
        end as message_en,
    from compared
    where differs
)

select * from failing
