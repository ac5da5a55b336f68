-- fct_growth: growth of each yearly figure, as the bureau publishes it.
-- grain: one row per region_code, indicator_code, year (as fct_indicator_yearly).
-- Formulas (the rules of sql/05_rules/growth.sql; every rate in percent):
--   change_value       = level_change(value, prev_value): 增量, in the display unit, at the
--                        levels' own prices (for GDP: current prices, not the real growth's)
--   yoy_pct_computed   = growth_pct(value, prev_value), from levels; null on a missing, zero or
--                        negative base, across a change of sign, and for indicators whose
--                        official growth is real (GDP at comparable prices)
--   yoy_pct            = the published rate where there is one, else the computed one;
--                        yoy_basis says which (reported | computed), null when neither exists
--   growth_note        = growth_note(value, prev_value, yoy_pct): 持平 for a rate printed 0.0, 由负转正 /
--                        由正转负 / 上年为零 where no rate exists
--   implied_prev_value = implied_prev_level(value, yoy_pct_reported), 2 places: the previous level
--                        the published rate implies; only where the level and the rate share a
--                        basis (nominal), never for GDP, whose rate is real and levels nominal
--   cagr_Ny_pct        = average growth over N years (3, 5), average_basis says how:
--                        levels         cagr_pct(value, value N years before, N), nominal indicators
--                                       with a level this year
--                        chained_rates  average_growth_pct(chained index of the N published rates
--                                       of years y-N+1..y, N): real-basis indicators, and nominal
--                                       ones published as a rate only (FAI since 2018); null while
--                                       one of those rates is missing
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
        count(yearly.reported_yoy_pct) over (by_series range between 2 preceding and current row) as rates_3y,
        count(yearly.reported_yoy_pct) over (by_series range between 4 preceding and current row) as rates_5y,
        exp(sum(log_factor(yearly.reported_yoy_pct)) over (by_series range between 2 preceding and current row)) as index_3y,
        exp(sum(log_factor(yearly.reported_yoy_pct)) over (by_series range between 4 preceding and current row)) as index_5y,
    from yearly
    inner join indicators
        on yearly.indicator_code = indicators.indicator_code
    window by_series as (partition by yearly.region_code, yearly.indicator_code order by yearly.year)
),

rates as (
    select
        *,
        case when growth_basis = 'nominal' then growth_pct(value, prev_value) end as yoy_pct_computed,
        case when growth_basis = 'real' or value is null then 'chained_rates' else 'levels' end as average_from,
        case
            when growth_basis = 'nominal' and value is not null then cagr_pct(value, value_3y_before, 3)
            when rates_3y = 3 then average_growth_pct(index_3y, 3)
        end as cagr_3y_pct,
        case
            when growth_basis = 'nominal' and value is not null then cagr_pct(value, value_5y_before, 5)
            when rates_5y = 5 then average_growth_pct(index_5y, 5)
        end as cagr_5y_pct,
        case
            when growth_basis = 'nominal' then round(implied_prev_level(value, reported_yoy_pct), 2)
        end as implied_prev_value,
    from with_bases
),

noted as (
    select
        *,
        coalesce(reported_yoy_pct, yoy_pct_computed) as yoy_pct,
        growth_note(value, prev_value, coalesce(reported_yoy_pct, yoy_pct_computed)) as growth_note,
    from rates
),

final as (
    select
        region_code,
        indicator_code,
        year,
        value,
        qualifier,
        unit,
        prev_value,
        level_change(value, prev_value) as change_value,
        yoy_pct_computed,
        reported_yoy_pct as yoy_pct_reported,
        yoy_pct,
        case
            when reported_yoy_pct is not null then 'reported'
            when yoy_pct_computed is not null then 'computed'
        end as yoy_basis,
        growth_note,
        growth_note_zh(growth_note) as growth_note_zh,
        growth_note_en(growth_note) as growth_note_en,
        implied_prev_value,
        cagr_3y_pct,
        cagr_5y_pct,
        is_withheld,
        conflict_lines,
        release_status,
        release_mark_zh(release_status) as release_mark_zh,
        release_mark_en(release_status) as release_mark_en,
        case when coalesce(cagr_3y_pct, cagr_5y_pct) is not null then average_from end as average_basis,
        growth_basis,
        value_basis,
        source,
        is_synthetic,
        source_file,
        source_line,
        vintage,
    from noted
)

select * from final;

comment on view fct_growth is 'Year-on-year growth, 增量 and 3- and 5-year average growth of each yearly figure, preferring published rates. One row per region, indicator and year.';
comment on column fct_growth.region_code is 'Administrative code or ISO alpha-3';
comment on column fct_growth.indicator_code is 'Indicator code';
comment on column fct_growth.year is 'Calendar year';
comment on column fct_growth.value is 'Value in the display unit';
comment on column fct_growth.qualifier is 'Qualifier published with the value (170余: more than 170); null for an exact figure';
comment on column fct_growth.unit is 'Display unit, e.g. 亿美元';
comment on column fct_growth.prev_value is 'Previous year''s value in the display unit; null when not loaded';
comment on column fct_growth.change_value is 'Absolute change on the previous year (增量): value - prev_value in the display unit; at current prices for GDP';
comment on column fct_growth.yoy_pct_computed is 'Growth from levels: (value / prev_value - 1) * 100, exact; null on a missing, zero or negative base, across a change of sign, and for real-basis indicators (GDP)';
comment on column fct_growth.yoy_pct_reported is 'Growth on the previous year as published, percent';
comment on column fct_growth.yoy_pct is 'Growth to use: the published rate where there is one, else the computed one';
comment on column fct_growth.yoy_basis is 'reported or computed: which rate yoy_pct is; null when neither exists';
comment on column fct_growth.growth_note is 'unchanged (the rate prints 0.0), turned_positive, turned_negative, from_zero or negative_both where no rate can be given; null when the rate speaks';
comment on column fct_growth.growth_note_zh is '持平, 由负转正, 由正转负, 上年为零 or 两年均为负, as a bureau writes it';
comment on column fct_growth.growth_note_en is 'The growth note in English';
comment on column fct_growth.implied_prev_value is 'Previous year''s level implied by the published rate: value / (1 + yoy_pct_reported / 100), display unit, 2 places; null for real-basis indicators, whose rate and levels differ in basis';
comment on column fct_growth.cagr_3y_pct is 'Average yearly growth over the 3 years to this one, percent: from levels (nominal) or chained from the published rates (real basis, or no level); average_basis says which';
comment on column fct_growth.cagr_5y_pct is 'Average yearly growth over the 5 years to this one, percent: from levels (nominal) or chained from the published rates (real basis, or no level)';
comment on column fct_growth.average_basis is 'levels (from two levels) or chained_rates (from the published rate of each year: real-basis indicators, and nominal ones published as a rate only); null without an average';
comment on column fct_growth.is_withheld is 'True when the figure is withheld (待核实): versions of the same release disagree';
comment on column fct_growth.conflict_lines is 'For a withheld figure, the files and lines that disagree';
comment on column fct_growth.release_status is 'The round the figure was released in; null when not said';
comment on column fct_growth.release_mark_zh is '快报 or 初步 for a figure not yet verified, printed beside it; null otherwise';
comment on column fct_growth.release_mark_en is 'flash or preliminary for a figure not yet verified';
comment on column fct_growth.growth_basis is 'nominal, or real where official growth is at comparable prices';
comment on column fct_growth.value_basis is 'published, december_ytd, trade_detail or exports_plus_imports (see fct_indicator_yearly)';
comment on column fct_growth.source is 'Publication the figure is cited from';
comment on column fct_growth.is_synthetic is 'True when the figure is generated, not published';
comment on column fct_growth.source_file is 'Source file of the figure, relative to the data folder; null for customs detail';
comment on column fct_growth.source_line is 'Line of the figure in its source file';
comment on column fct_growth.vintage is 'When the figure''s source was loaded (UTC)';
