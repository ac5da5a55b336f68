-- fct_indicator_yearly: one value per region, indicator and year, in the display unit.
-- grain: one row per region_code, indicator_code, year.
-- Where several bases exist, the first available wins (value_basis says which):
--   1. published    a yearly figure as published (month empty)
--   2. december_ytd the December cumulative figure (1-12月累计), which is the year
--   3. trade_detail customs detail summed over the year, only when all 12 months are loaded
--                   (read from the monthly trade mart, never from the detail itself)
-- value = stored base-unit value / dim_indicator.unit_factor (e.g. USD / 1e8 = 亿美元).
-- materialized: table
create or replace view fct_indicator_yearly as

with indicators as (
    select * from dim_indicator
),

observations as (
    select * from stg_observation
),

trade_months as (
    select * from lake_mart_trade_monthly
),

published as (
    select
        region_code, indicator_code, year, value as value_base, qualifier,
        reported_yoy_pct, reported_yoy_decimals, source, is_synthetic, vintage,
        'published' as value_basis,
        1 as preference,
    from observations
    where period_type = 'year'
),

december_ytd as (
    select
        region_code, indicator_code, year, value as value_base, qualifier,
        reported_yoy_pct, reported_yoy_decimals, source, is_synthetic, vintage,
        'december_ytd' as value_basis,
        2 as preference,
    from observations
    where month = 12
),

trade_by_flow as (
    select
        region_code,
        case flow when 'export' then 'trade_export' else 'trade_import' end as indicator_code,
        year,
        sum(value_usd) as value_base,
        max(vintage) as vintage,
    from trade_months
    group by all
    having count(distinct month) = 12
),

trade_total as (
    select
        region_code,
        'trade_total' as indicator_code,
        year,
        sum(value_usd) as value_base,
        max(vintage) as vintage,
    from trade_months
    group by all
    having count(distinct month) = 12
),

trade_detail as (
    select
        region_code, indicator_code, year, value_base,
        cast(null as varchar) as qualifier,
        cast(null as double) as reported_yoy_pct,
        cast(null as integer) as reported_yoy_decimals,
        'customs trade detail' as source,
        false as is_synthetic,
        vintage,
        'trade_detail' as value_basis,
        3 as preference,
    from (select * from trade_by_flow union all select * from trade_total)
),

candidates as (
    select * from published
    union all by name
    select * from december_ytd
    union all by name
    select * from trade_detail
),

chosen as (
    select *
    from candidates
    qualify row_number() over (
        partition by region_code, indicator_code, year
        order by preference
    ) = 1
),

final as (
    select
        chosen.region_code,
        chosen.indicator_code,
        chosen.year,
        chosen.value_base / indicators.unit_factor as value,
        chosen.qualifier,
        indicators.unit,
        chosen.value_base,
        indicators.base_unit,
        chosen.reported_yoy_pct,
        chosen.reported_yoy_decimals,
        chosen.value_basis,
        chosen.source,
        chosen.is_synthetic,
        chosen.vintage,
    from chosen
    inner join indicators
        on chosen.indicator_code = indicators.indicator_code
)

select * from final;

comment on view fct_indicator_yearly is 'One value per region, indicator and year in the display unit, from published yearly figures, December cumulative figures or customs detail (value_basis says which). One row per region, indicator and year.';
comment on column fct_indicator_yearly.region_code is 'Administrative code or ISO alpha-3';
comment on column fct_indicator_yearly.indicator_code is 'Indicator code';
comment on column fct_indicator_yearly.year is 'Calendar year';
comment on column fct_indicator_yearly.value is 'Value in the display unit (unit); null where only a growth rate was published';
comment on column fct_indicator_yearly.qualifier is 'Qualifier published with the figure (170余: more than 170); null for an exact figure';
comment on column fct_indicator_yearly.unit is 'Display unit, e.g. 亿美元';
comment on column fct_indicator_yearly.value_base is 'Value in base units (USD, CNY or the count unit)';
comment on column fct_indicator_yearly.base_unit is 'USD, CNY or the count unit';
comment on column fct_indicator_yearly.reported_yoy_pct is 'Growth on the previous year as published, percent';
comment on column fct_indicator_yearly.reported_yoy_decimals is 'Decimal places the published rate was given with';
comment on column fct_indicator_yearly.value_basis is 'published (yearly figure), december_ytd (1-12月累计) or trade_detail (sum of 12 months of customs detail)';
comment on column fct_indicator_yearly.source is 'Publication the figure is cited from';
comment on column fct_indicator_yearly.is_synthetic is 'True when the figure is generated, not published';
comment on column fct_indicator_yearly.vintage is 'When the figure''s source was loaded (UTC)';
