-- fct_target_attainment: each target against the actual figure of its year.
-- grain: one row per region_code, indicator_code, year, target_kind, plan_start (as stg_target).
-- Formulas:
--   yearly growth_pct target: actual = fct_growth.yoy_pct of the year (published rate preferred)
--   plan growth_pct target:   actual = average yearly growth over plan_start..year,
--                             (prod(1 + yoy_pct / 100)) ^ (1 / years) - 1, in percent;
--                             null until every year of the plan has a rate
--   level target (yearly or plan): actual = fct_growth.value of the (final) year
--   gap_pp         = actual - target, in percentage points (growth targets)
--   gap_value      = actual - target, in the display unit (level targets)
--   completion_pct = actual / target * 100 (目标完成率), 1 place; null unless target > 0
--   is_attained    = actual >= target; null while the actual is not yet known
--   status         = 达标 attained | 未达标 missed | 待核实 pending (no actual yet)
-- materialized: table
create or replace view fct_target_attainment as

with targets as (
    select * from stg_target
),

indicators as (
    select * from dim_indicator
),

growth as (
    select * from fct_growth
),

plan_growth as (
    select
        targets.region_code,
        targets.indicator_code,
        targets.year,
        targets.plan_start,
        case
            when count(growth.yoy_pct) = targets.year - targets.plan_start + 1
                then round((exp(sum(ln(1 + growth.yoy_pct / 100)) / count(growth.yoy_pct)) - 1) * 100, 2)
        end as average_growth_pct,
    from targets
    left join growth
        on growth.region_code = targets.region_code
        and growth.indicator_code = targets.indicator_code
        and growth.year between targets.plan_start and targets.year
        and growth.yoy_pct > -100
    where targets.plan_start is not null and targets.kind = 'growth_pct'
    group by targets.region_code, targets.indicator_code, targets.year, targets.plan_start
),

compared as (
    select
        targets.region_code,
        targets.indicator_code,
        targets.year,
        targets.kind as target_kind,
        targets.target_scope,
        targets.plan_start,
        targets.binding,
        case when targets.kind = 'growth_pct' then targets.value
             else targets.value / indicators.unit_factor end as target_value,
        case when targets.kind = 'growth_pct' then '%' else indicators.unit end as target_unit,
        case
            when targets.kind = 'level' then growth.value
            when targets.plan_start is null then growth.yoy_pct
            else plan_growth.average_growth_pct
        end as actual_value,
        case
            when targets.kind = 'level' then growth.value_basis
            when targets.plan_start is null then growth.yoy_basis
            when plan_growth.average_growth_pct is not null then 'plan_average'
        end as actual_basis,
        targets.source_doc,
        targets.source_file,
        targets.vintage,
    from targets
    inner join indicators
        on targets.indicator_code = indicators.indicator_code
    left join growth
        on growth.region_code = targets.region_code
        and growth.indicator_code = targets.indicator_code
        and growth.year = targets.year
    left join plan_growth
        on plan_growth.region_code = targets.region_code
        and plan_growth.indicator_code = targets.indicator_code
        and plan_growth.year = targets.year
        and plan_growth.plan_start = targets.plan_start
),

final as (
    select
        region_code,
        indicator_code,
        year,
        target_kind,
        target_scope,
        plan_start,
        binding,
        target_value,
        target_unit,
        actual_value,
        actual_basis,
        case when target_kind = 'growth_pct' then round(actual_value - target_value, 2) end as gap_pp,
        case when target_kind = 'level' then actual_value - target_value end as gap_value,
        case when target_value > 0 then round(actual_value / target_value * 100, 1) end as completion_pct,
        actual_value >= target_value as is_attained,
        case
            when actual_value is null then '待核实'
            when actual_value >= target_value then '达标'
            else '未达标'
        end as status_zh,
        case
            when actual_value is null then 'pending'
            when actual_value >= target_value then 'attained'
            else 'missed'
        end as status_en,
        source_doc,
        source_file,
        vintage,
    from compared
)

select * from final;

comment on view fct_target_attainment is 'Each target against the actual figure of its year, yearly or for a whole plan: gap, completion ratio, attained or not. One row per region, indicator, year, target kind and plan start.';
comment on column fct_target_attainment.region_code is 'Administrative code';
comment on column fct_target_attainment.indicator_code is 'Indicator code';
comment on column fct_target_attainment.year is 'Year the target is set for; for a plan target, the plan''s final year';
comment on column fct_target_attainment.target_kind is 'growth_pct (growth in percent) or level (a value to reach)';
comment on column fct_target_attainment.target_scope is 'year (a yearly target) or plan (a multi-year plan target)';
comment on column fct_target_attainment.plan_start is 'First year of a multi-year plan; null for a yearly target';
comment on column fct_target_attainment.binding is 'expected (预期性, a goal) or binding (约束性, an obligation)';
comment on column fct_target_attainment.target_value is 'Target: percent growth (a plan''s average yearly growth), or a level in the display unit';
comment on column fct_target_attainment.target_unit is '% for a growth target, else the display unit';
comment on column fct_target_attainment.actual_value is 'Actual: yoy_pct, a plan''s average yearly growth, or the level; null while not yet known';
comment on column fct_target_attainment.actual_basis is 'Where the actual comes from: reported or computed growth, plan_average, or the level''s value_basis';
comment on column fct_target_attainment.gap_pp is 'Growth target: actual - target in percentage points';
comment on column fct_target_attainment.gap_value is 'Level target: actual - target in the display unit';
comment on column fct_target_attainment.completion_pct is 'Completion ratio (完成率): actual / target * 100, 1 place; null unless the target is positive';
comment on column fct_target_attainment.is_attained is 'actual >= target; null while the actual is not yet known';
comment on column fct_target_attainment.status_zh is '达标, 未达标 or 待核实 (actual not yet known)';
comment on column fct_target_attainment.status_en is 'attained, missed or pending';
comment on column fct_target_attainment.source_doc is 'Document that sets the target';
comment on column fct_target_attainment.source_file is 'Source file of the target, relative to the data folder';
comment on column fct_target_attainment.vintage is 'When the target''s source was loaded (UTC)';
