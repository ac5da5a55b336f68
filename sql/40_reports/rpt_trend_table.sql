-- rpt_trend_table: what leaders read: each indicator's value, growth and target, by year.
-- grain: one row per region_code, indicator_code, year that has a figure or a target.
-- Where a year has several targets, the yearly one is shown before a plan's, and a growth
-- target before a level target (fct_target_attainment has them all).
-- Formulas:
--   target_level = the level the year's target asks for, to mark on a chart: a level target
--                  itself; for a yearly growth target g on a nominal indicator, the previous
--                  year's value * (1 + g / 100); null for a real-growth indicator (GDP: its
--                  target is real growth, its levels are at current prices) and for a plan's
--                  average growth target
-- materialized: table
create or replace view rpt_trend_table as

with growth as (
    select * from fct_growth
),

targets as (
    select *
    from fct_target_attainment
    qualify row_number() over (
        partition by region_code, indicator_code, year
        order by target_scope = 'plan', target_kind
    ) = 1
),

indicators as (
    select * from dim_indicator
),

regions as (
    select region_code, name_zh, name_en from dim_region
    union all
    select iso3, name_zh, name_en from dim_country
),

report_rows as (
    select region_code, indicator_code, year from growth
    union
    select region_code, indicator_code, year from targets
),

final as (
    select
        report_rows.region_code,
        regions.name_zh as region_name_zh,
        regions.name_en as region_name_en,
        report_rows.indicator_code,
        indicators.name_zh as indicator_name_zh,
        indicators.name_en as indicator_name_en,
        indicators.domain,
        indicators.display_order,
        indicators.unit,
        report_rows.year,
        growth.value,
        growth.yoy_pct,
        growth.yoy_basis,
        growth.cagr_3y_pct,
        growth.cagr_5y_pct,
        targets.target_kind,
        targets.target_value,
        targets.target_unit,
        case
            when targets.target_kind = 'level' then targets.target_value
            when targets.target_kind = 'growth_pct' and targets.target_scope = 'year'
                and indicators.growth_basis = 'nominal'
                then previous_year.value * (1 + targets.target_value / 100)
        end as target_level,
        targets.binding,
        targets.completion_pct,
        targets.is_attained,
        targets.status_zh,
        targets.status_en,
        growth.source,
        targets.source_doc as target_source,
        coalesce(growth.is_synthetic, false) as is_synthetic,
        greatest(growth.vintage, targets.vintage) as vintage,
    from report_rows
    inner join indicators
        on report_rows.indicator_code = indicators.indicator_code
    left join regions
        on report_rows.region_code = regions.region_code
    left join growth
        on growth.region_code = report_rows.region_code
        and growth.indicator_code = report_rows.indicator_code
        and growth.year = report_rows.year
    left join targets
        on targets.region_code = report_rows.region_code
        and targets.indicator_code = report_rows.indicator_code
        and targets.year = report_rows.year
    left join growth as previous_year
        on previous_year.region_code = report_rows.region_code
        and previous_year.indicator_code = report_rows.indicator_code
        and previous_year.year = report_rows.year - 1
)

select * from final;

comment on view rpt_trend_table is 'What leaders read: each indicator''s value, growth and target by region and year, with Chinese and English labels. One row per region, indicator and year with a figure or a target.';
comment on column rpt_trend_table.region_code is 'Administrative code or ISO alpha-3';
comment on column rpt_trend_table.region_name_zh is 'Region''s Chinese name';
comment on column rpt_trend_table.region_name_en is 'Region''s English name';
comment on column rpt_trend_table.indicator_code is 'Indicator code';
comment on column rpt_trend_table.indicator_name_zh is 'Indicator''s official Chinese name';
comment on column rpt_trend_table.indicator_name_en is 'Indicator''s English name';
comment on column rpt_trend_table.domain is 'trade, inward_investment, outbound_investment, macro or exchange';
comment on column rpt_trend_table.display_order is 'Order to list indicators in';
comment on column rpt_trend_table.unit is 'Display unit of value';
comment on column rpt_trend_table.year is 'Calendar year';
comment on column rpt_trend_table.value is 'Value in the display unit; null where not (yet) published';
comment on column rpt_trend_table.yoy_pct is 'Growth on the previous year, percent (published preferred)';
comment on column rpt_trend_table.yoy_basis is 'reported or computed';
comment on column rpt_trend_table.cagr_3y_pct is 'Compound yearly growth over 3 years, percent';
comment on column rpt_trend_table.cagr_5y_pct is 'Compound yearly growth over 5 years, percent';
comment on column rpt_trend_table.target_kind is 'growth_pct or level; null without a target';
comment on column rpt_trend_table.target_value is 'Target: percent growth or a level in the display unit';
comment on column rpt_trend_table.target_unit is '% or the display unit';
comment on column rpt_trend_table.target_level is 'Level the target asks for in the display unit, for charts: a level target, or last year''s value grown by a yearly growth target of a nominal indicator';
comment on column rpt_trend_table.binding is 'expected (预期性) or binding (约束性)';
comment on column rpt_trend_table.completion_pct is 'Completion ratio: actual / target * 100';
comment on column rpt_trend_table.is_attained is 'Target met; null while the actual is not yet known';
comment on column rpt_trend_table.status_zh is '达标, 未达标 or 待核实';
comment on column rpt_trend_table.status_en is 'attained, missed or pending';
comment on column rpt_trend_table.source is 'Publication the figure is cited from';
comment on column rpt_trend_table.target_source is 'Document that sets the target';
comment on column rpt_trend_table.is_synthetic is 'True when the figure is generated, not published';
comment on column rpt_trend_table.vintage is 'Latest load time of the figure and the target (UTC)';
