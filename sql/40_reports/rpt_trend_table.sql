-- rpt_trend_table: what leaders read: each indicator's value, growth and target, by year.
-- grain: one row per region_code, indicator_code, year that has a figure or a target.
-- Where a year has several targets, the yearly one is shown before a plan's, and a growth
-- target before a level target (fct_target_attainment has them all).
-- Every figure is a fact view's: growth, 增量 and notes from fct_growth; the target, the level
-- it asks for (target_level, marked on charts), completion_pct, gap_pp and status from
-- fct_target_attainment, so the trend table, 序时进度 at December and any brief agree.
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
        growth.qualifier,
        growth.change_value,
        growth.yoy_pct,
        growth.yoy_basis,
        growth.growth_note_zh,
        growth.growth_note_en,
        coalesce(growth.is_withheld, false) as is_withheld,
        growth.conflict_lines,
        growth.release_mark_zh,
        growth.release_mark_en,
        growth.cagr_3y_pct,
        growth.cagr_5y_pct,
        indicators.growth_basis,
        indicators.caliber_zh,
        indicators.caliber_en,
        targets.target_kind,
        targets.target_scope,
        targets.plan_start,
        targets.target_value,
        targets.target_unit,
        targets.target_qualifier,
        targets.direction as target_direction,
        targets.target_level,
        targets.binding,
        targets.completion_pct,
        targets.gap_pp,
        targets.is_attained,
        targets.status,
        targets.status_zh,
        targets.status_en,
        growth.source,
        growth.source_file,
        growth.source_line,
        targets.source_doc as target_source,
        targets.source_file as target_source_file,
        targets.source_line as target_source_line,
        coalesce(growth.is_synthetic, false) or coalesce(targets.is_synthetic, false) as is_synthetic,
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
comment on column rpt_trend_table.qualifier is 'Qualifier published with the value, printed with it (170余); null for an exact figure';
comment on column rpt_trend_table.change_value is 'Change on the previous year (增量), display unit';
comment on column rpt_trend_table.growth_note_zh is '持平, 由负转正, 由正转负 … where the growth reads as words; null when the rate speaks';
comment on column rpt_trend_table.growth_note_en is 'The growth note in English';
comment on column rpt_trend_table.is_withheld is 'True when the value is withheld (待核实): two versions of the same release disagree';
comment on column rpt_trend_table.conflict_lines is 'For a withheld value, the files and lines that disagree, for the footnote';
comment on column rpt_trend_table.release_mark_zh is '快报 or 初步, printed beside a figure not yet verified';
comment on column rpt_trend_table.release_mark_en is 'flash or preliminary, printed beside a figure not yet verified';
comment on column rpt_trend_table.yoy_pct is 'Growth on the previous year, percent (published preferred)';
comment on column rpt_trend_table.yoy_basis is 'reported or computed';
comment on column rpt_trend_table.cagr_3y_pct is 'Compound yearly growth over 3 years, percent';
comment on column rpt_trend_table.cagr_5y_pct is 'Compound yearly growth over 5 years, percent';
comment on column rpt_trend_table.target_kind is 'growth_pct or level; null without a target';
comment on column rpt_trend_table.target_scope is 'year (the year''s own target) or plan (a multi-year plan ending this year: its growth target is an average over plan_start..year)';
comment on column rpt_trend_table.plan_start is 'First year of the plan, for a plan target';
comment on column rpt_trend_table.target_value is 'Target: percent growth or a level in the display unit';
comment on column rpt_trend_table.target_unit is '% or the display unit';
comment on column rpt_trend_table.caliber_zh is 'The indicator''s 口径 in Chinese, printed under the table; null where the name says it all';
comment on column rpt_trend_table.caliber_en is 'The indicator''s 口径 in English';
comment on column rpt_trend_table.growth_basis is 'nominal, or real (GDP: growth at comparable prices, targets judged in points)';
comment on column rpt_trend_table.target_qualifier is 'The target''s wording (以上, 以内, 左右 …), printed with it';
comment on column rpt_trend_table.target_direction is 'at_least, or at_most for a cap';
comment on column rpt_trend_table.target_level is 'Level the target asks for in the display unit, for charts: a level target, or last year''s value grown by a yearly growth target of a nominal indicator; null for real-basis indicators';
comment on column rpt_trend_table.binding is 'expected (预期性) or binding (约束性)';
comment on column rpt_trend_table.completion_pct is 'Completion ratio (完成率): actual level / target_level * 100; null for real-basis indicators';
comment on column rpt_trend_table.gap_pp is 'Growth target: growth - target, percentage points';
comment on column rpt_trend_table.is_attained is 'Target met or nearly met; null while the actual is not yet known';
comment on column rpt_trend_table.status is 'attained, nearly, missed or pending';
comment on column rpt_trend_table.status_zh is '达标, 基本达标, 未达标 or 待核实';
comment on column rpt_trend_table.status_en is 'attained, nearly, missed or pending';
comment on column rpt_trend_table.source is 'Publication the figure is cited from';
comment on column rpt_trend_table.source_file is 'Source file of the figure, relative to the data folder';
comment on column rpt_trend_table.source_line is 'Line of the figure in its source file';
comment on column rpt_trend_table.target_source_file is 'Source file of the target, relative to the data folder';
comment on column rpt_trend_table.target_source_line is 'Line of the target in its source file';
comment on column rpt_trend_table.target_source is 'Document that sets the target';
comment on column rpt_trend_table.is_synthetic is 'True when the figure or its target is generated, not published';
comment on column rpt_trend_table.vintage is 'Latest load time of the figure and the target (UTC)';
