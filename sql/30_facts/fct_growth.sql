-- fct_growth: growth of each yearly figure.
-- grain: one row per region_code, indicator_code, year (as fct_indicator_yearly).
-- Formulas (every rate in percent, rounded to 2 places; published rates carry 1):
--   yoy_pct_computed   = (value / prev_value - 1) * 100, from levels; null when prev_value is
--                        missing, zero or negative, and null for indicators whose official
--                        growth is real (GDP at comparable prices): nominal levels cannot give it
--   yoy_pct            = the published rate where there is one, else the computed one;
--                        yoy_basis says which (reported | computed), null when neither exists
--   implied_prev_value = value / (1 + yoy_pct_reported / 100): the previous year's level the
--                        published rate implies, in the display unit, rounded to 2 places
--   cagr_Ny_pct        = ((value / value N years before) ^ (1 / N) - 1) * 100; null when
--                        that base is missing or not positive, or the growth basis is real
-- materialized: table
create or replace view fct_growth as

with yearly as (
    select * from fct_indicator_yearly
),

indicators as (
    select indicator_code, growth_basis from dim_indicator
),

with_bases as (
    -- range frames pick exactly the year N years before (not merely the previous row), so a
    -- missing year gives a null base; one pass instead of a self-join per base
    select
        yearly.*,
        indicators.growth_basis,
        max(yearly.value) over (by_series range between 1 preceding and 1 preceding) as prev_value,
        max(yearly.value) over (by_series range between 3 preceding and 3 preceding) as value_3y_before,
        max(yearly.value) over (by_series range between 5 preceding and 5 preceding) as value_5y_before,
    from yearly
    inner join indicators
        on yearly.indicator_code = indicators.indicator_code
    window by_series as (partition by yearly.region_code, yearly.indicator_code order by yearly.year)
),

rates as (
    select
        *,
        case
            when growth_basis = 'nominal' and prev_value > 0 and value is not null
                then round((value / prev_value - 1) * 100, 2)
        end as yoy_pct_computed,
        case
            when growth_basis = 'nominal' and value_3y_before > 0 and value >= 0
                then round((power(value / value_3y_before, 1.0 / 3) - 1) * 100, 2)
        end as cagr_3y_pct,
        case
            when growth_basis = 'nominal' and value_5y_before > 0 and value >= 0
                then round((power(value / value_5y_before, 1.0 / 5) - 1) * 100, 2)
        end as cagr_5y_pct,
        case
            when reported_yoy_pct > -100 and value is not null
                then round(value / (1 + reported_yoy_pct / 100), 2)
        end as implied_prev_value,
    from with_bases
),

final as (
    select
        region_code,
        indicator_code,
        year,
        value,
        unit,
        prev_value,
        yoy_pct_computed,
        reported_yoy_pct as yoy_pct_reported,
        coalesce(reported_yoy_pct, yoy_pct_computed) as yoy_pct,
        case
            when reported_yoy_pct is not null then 'reported'
            when yoy_pct_computed is not null then 'computed'
        end as yoy_basis,
        implied_prev_value,
        cagr_3y_pct,
        cagr_5y_pct,
        growth_basis,
        value_basis,
        source,
        is_synthetic,
        vintage,
    from rates
)

select * from final;

comment on view fct_growth is 'Year-on-year growth and 3- and 5-year compound growth of each yearly figure, preferring published rates. One row per region, indicator and year.';
comment on column fct_growth.region_code is 'Administrative code or ISO alpha-3';
comment on column fct_growth.indicator_code is 'Indicator code';
comment on column fct_growth.year is 'Calendar year';
comment on column fct_growth.value is 'Value in the display unit';
comment on column fct_growth.unit is 'Display unit, e.g. 亿美元';
comment on column fct_growth.prev_value is 'Previous year''s value in the display unit; null when not loaded';
comment on column fct_growth.yoy_pct_computed is 'Growth from levels: (value / prev_value - 1) * 100, 2 places; null on a missing, zero or negative base and for real-basis indicators (GDP)';
comment on column fct_growth.yoy_pct_reported is 'Growth on the previous year as published, percent';
comment on column fct_growth.yoy_pct is 'Growth to use: the published rate where there is one, else the computed one';
comment on column fct_growth.yoy_basis is 'reported or computed: which rate yoy_pct is; null when neither exists';
comment on column fct_growth.implied_prev_value is 'Previous year''s level implied by the published rate: value / (1 + yoy_pct_reported / 100), display unit, 2 places';
comment on column fct_growth.cagr_3y_pct is 'Compound yearly growth over 3 years, percent; null when the base is missing or not positive, or for real-basis indicators';
comment on column fct_growth.cagr_5y_pct is 'Compound yearly growth over 5 years, percent; null when the base is missing or not positive, or for real-basis indicators';
comment on column fct_growth.growth_basis is 'nominal, or real where official growth is at comparable prices';
comment on column fct_growth.value_basis is 'published, december_ytd or trade_detail (see fct_indicator_yearly)';
comment on column fct_growth.source is 'Publication the figure is cited from';
comment on column fct_growth.is_synthetic is 'True when the figure is generated, not published';
comment on column fct_growth.vintage is 'When the figure''s source was loaded (UTC)';
