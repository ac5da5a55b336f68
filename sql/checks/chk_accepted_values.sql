-- chk_accepted_values: values outside what a column accepts.
-- severity: error. Months 1-12; target kinds growth_pct or level; binding expected or
-- binding; trade flows export or import; counts whole and not negative; rates above -100%.
with figures as (
    select figures.*, indicators.base_unit not in ('USD', 'CNY') as is_count
    from stg_observation as figures
    inner join dim_indicator as indicators
        using (indicator_code)
),

problems as (
    select region_code, indicator_code, year, source_file, source_line,
           printf('月份 %d 不在 1-12 之间', month) as message,
           printf('month %d is not 1-12', month) as message_en,
    from figures
    where month not between 1 and 12
    union all
    select region_code, indicator_code, year, source_file, source_line,
           printf('计数 %s 不是非负整数', cast(value as varchar)),
           printf('count %s is not a whole number, zero or more', cast(value as varchar)),
    from figures
    where is_count and (value < 0 or value <> floor(value))
    union all
    select region_code, indicator_code, year, source_file, source_line,
           printf('增速 %s%% 低于 -100%%', cast(reported_yoy_pct as varchar)),
           printf('growth %s%% is below -100%%', cast(reported_yoy_pct as varchar)),
    from figures
    where reported_yoy_pct < -100
    union all
    select region_code, indicator_code, year, source_file, source_line,
           printf('目标类型 %s / 属性 %s 不被接受', kind, binding),
           printf('target kind %s / binding %s is not accepted', kind, binding),
    from stg_target
    where kind not in ('growth_pct', 'level') or binding not in ('expected', 'binding')
    union all
    select region_code, null, year, source_file, source_line,
           printf('贸易方向 %s 不是 export/import', flow),
           printf('trade flow %s is not export or import', flow),
    from stg_trade_flow
    where flow not in ('export', 'import') or month not between 1 and 12
),

failing as (
    select
        region_code,
        indicator_code,
        year,
        source_file || ':' || source_line || ':' || message as message,
        source_file || ':' || source_line || ': ' || message_en as message_en,
    from problems
)

select * from failing
