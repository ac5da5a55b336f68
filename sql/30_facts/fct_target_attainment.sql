-- fct_target_attainment: each target against the actual figure of its year, judged as a
-- statistics bureau judges it (the rules of sql/05_rules/).
-- grain: one row per region_code, indicator_code, year, target_kind, plan_start (as stg_target).
-- Formulas:
--   (completion divides by last year's level as loaded; where a published rate is on a revised
--   base, 可比口径, completion and the status from the rate can disagree near 100%, and
--   chk_growth_consistency reports the rate the levels do not bear out)
--   target_level   = the level the target asks for: a level target itself; for a yearly growth
--                    target g on a nominal indicator target_level(last year's level, g); null for
--                    a real-basis indicator (GDP: real growth, levels at current prices) and for
--                    a plan's average growth target
--   actual_level   = the year's level (for a plan, its final year's)
--   actual_growth_pct = published_rate of the year's growth, published preferred; for a plan
--                    growth target the average yearly growth over plan_start..year chained from
--                    each year's rate (average_growth_pct of the chained index), null until every
--                    year has one. Judged at 1 place, as published: 9.96% is 10.0% and meets 10%
--   completion_pct = completion_pct(actual_level, target_level): 完成率, level against level;
--                    null where there is no target level (real basis, plan growth): two rates
--                    are never divided
--   gap_pp         = gap_pp(actual_growth_pct, target): growth targets, in points (高于/低于目标)
--   gap_value      = level_change(actual_level, target_level): in the display unit
--   status         = target_status(gap_pp for a growth target, else completion_pct as printed
--                    (published_rate: 99.96% prints, and is met, as 100.0%), direction,
--                    tolerance_pp): attained 达标, nearly 基本达标 (an approximate 左右 target
--                    missed within its tolerance), missed 未达标, pending 待核实 (no actual yet)
--   is_attained    = status attained or nearly; null while pending
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

yearly as (
    select * from fct_indicator_yearly
),

plan_growth as (
    select
        targets.region_code,
        targets.indicator_code,
        targets.year,
        targets.plan_start,
        case
            when count(log_factor(growth.yoy_pct)) = targets.year - targets.plan_start + 1
                then average_growth_pct(exp(sum(log_factor(growth.yoy_pct))), count(log_factor(growth.yoy_pct)))
        end as average_growth_pct,
        coalesce(bool_or(growth.is_synthetic), false) as is_synthetic,
    from targets
    left join growth
        on growth.region_code = targets.region_code
        and growth.indicator_code = targets.indicator_code
        and growth.year between targets.plan_start and targets.year
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
        targets.qualifier as target_qualifier,
        targets.direction,
        targets.tolerance_pp,
        indicators.growth_basis,
        case when targets.kind = 'growth_pct' then targets.value
             else targets.value / indicators.unit_factor end as target_value,
        case when targets.kind = 'growth_pct' then '%' else indicators.unit end as target_unit,
        -- completion and 序时进度 both divide by this very column
        noise_free(case
            when targets.kind = 'level' then targets.value / indicators.unit_factor
            when targets.plan_start is null and indicators.growth_basis = 'nominal'
                then target_level(last_year.value, targets.value)
        end) as target_level,
        growth.value as actual_level,
        -- judged at the precision rates are published with: 9.96% is published, and met, as 10.0%
        published_rate(case when targets.plan_start is null then growth.yoy_pct else plan_growth.average_growth_pct end)
            as actual_growth_pct,
        case
            when targets.kind = 'level' then growth.value_basis
            when targets.plan_start is null then growth.yoy_basis
            when plan_growth.average_growth_pct is not null then 'plan_average'
        end as actual_basis,
        targets.source_doc,
        -- a synthetic target, this year's actual, last year's base or a year of the plan's
        -- chained growth makes the verdict synthetic
        starts_with(lower(targets.source_doc), 'synthetic')
            or coalesce(growth.is_synthetic, false)
            or coalesce(last_year.is_synthetic, false)
            or coalesce(plan_growth.is_synthetic, false) as is_synthetic,
        targets.source_file,
        targets.source_line,
        targets.vintage,
    from targets
    inner join indicators
        on targets.indicator_code = indicators.indicator_code
    left join growth
        on growth.region_code = targets.region_code
        and growth.indicator_code = targets.indicator_code
        and growth.year = targets.year
    -- last year's level even while this year has only monthly figures (序时进度 needs it)
    left join yearly as last_year
        on last_year.region_code = targets.region_code
        and last_year.indicator_code = targets.indicator_code
        and last_year.year = targets.year - 1
    left join plan_growth
        on plan_growth.region_code = targets.region_code
        and plan_growth.indicator_code = targets.indicator_code
        and plan_growth.year = targets.year
        and plan_growth.plan_start = targets.plan_start
),

measured as (
    select
        *,
        completion_pct(actual_level, target_level) as completion_pct,
        case when target_kind = 'growth_pct' then gap_pp(actual_growth_pct, target_value) end as gap_pp,
        level_change(actual_level, target_level) as gap_value,
    from compared
),

judged as (
    select
        *,
        -- a level target is judged on its 完成率 as printed, to 1 place, as a growth target on its rate
        target_status(gap_pp, case when target_kind = 'level' then published_rate(completion_pct) end, direction,
            tolerance_pp)
            as status,
    from measured
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
        target_qualifier,
        direction,
        tolerance_pp,
        growth_basis,
        target_value,
        target_unit,
        target_level,
        actual_level,
        actual_growth_pct,
        case when target_kind = 'level' then actual_level else actual_growth_pct end as actual_value,
        actual_basis,
        gap_pp,
        gap_value,
        completion_pct,
        case when status <> 'pending' then status in ('attained', 'nearly') end as is_attained,
        status,
        target_status_zh(status) as status_zh,
        status as status_en,
        source_doc,
        is_synthetic,
        source_file,
        source_line,
        vintage,
    from judged
)

select * from final;

comment on view fct_target_attainment is 'Each target against the actual figure of its year, yearly or for a whole plan: completion of the level it asks for, the gap in points, status (达标, 基本达标, 未达标, 待核实). One row per region, indicator, year, target kind and plan start.';
comment on column fct_target_attainment.region_code is 'Administrative code';
comment on column fct_target_attainment.indicator_code is 'Indicator code';
comment on column fct_target_attainment.year is 'Year the target is set for; for a plan target, the plan''s final year';
comment on column fct_target_attainment.target_kind is 'growth_pct (growth in percent) or level (a value to reach)';
comment on column fct_target_attainment.target_scope is 'year (a yearly target) or plan (a multi-year plan target)';
comment on column fct_target_attainment.plan_start is 'First year of a multi-year plan; null for a yearly target';
comment on column fct_target_attainment.binding is 'expected (预期性, a goal) or binding (约束性, an obligation)';
comment on column fct_target_attainment.target_qualifier is 'The target''s wording: 以上, 不低于, 以内, 不高于, 控制在 or 左右; null for a plain target';
comment on column fct_target_attainment.direction is 'at_least, or at_most for a cap (控制在…以内)';
comment on column fct_target_attainment.tolerance_pp is 'Points an approximate (左右) target may be missed by and count as nearly met; null for an exact target';
comment on column fct_target_attainment.growth_basis is 'nominal, or real (GDP at comparable prices: judged in points only, no completion ratio)';
comment on column fct_target_attainment.target_value is 'Target: percent growth (a plan''s average yearly growth), or a level in the display unit';
comment on column fct_target_attainment.target_unit is '% for a growth target, else the display unit';
comment on column fct_target_attainment.target_level is 'The level the target asks for, display unit: a level target, or last year''s level grown by a yearly growth target of a nominal indicator; null for real-basis indicators and plan growth targets';
comment on column fct_target_attainment.actual_level is 'The year''s level in the display unit; null while not published';
comment on column fct_target_attainment.actual_growth_pct is 'The year''s growth (published preferred), or a plan''s average yearly growth; null while not known';
comment on column fct_target_attainment.actual_value is 'What the target is compared with: actual_level for a level target, actual_growth_pct for a growth target';
comment on column fct_target_attainment.actual_basis is 'Where the actual comes from: reported or computed growth, plan_average, or the level''s value_basis';
comment on column fct_target_attainment.gap_pp is 'Growth target: actual growth - target, percentage points (高于/低于目标X个百分点)';
comment on column fct_target_attainment.gap_value is 'actual_level - target_level in the display unit; null without a target level';
comment on column fct_target_attainment.completion_pct is 'Completion ratio (完成率): actual_level / target_level * 100, exact (judged as printed, to 1 place); null without a target level (real basis, plan growth)';
comment on column fct_target_attainment.is_attained is 'Met (达标) or nearly met (基本达标); null while the actual is not yet known';
comment on column fct_target_attainment.status is 'attained, nearly, missed or pending';
comment on column fct_target_attainment.status_zh is '达标, 基本达标, 未达标 or 待核实 (actual not yet known)';
comment on column fct_target_attainment.status_en is 'attained, nearly, missed or pending';
comment on column fct_target_attainment.source_doc is 'Document that sets the target';
comment on column fct_target_attainment.source_file is 'Source file of the target, relative to the data folder';
comment on column fct_target_attainment.is_synthetic is 'True when the target, this year''s actual, last year''s base or a year of a plan''s average growth is generated, not published';
comment on column fct_target_attainment.source_line is 'Line of the target in its source file';
comment on column fct_target_attainment.vintage is 'When the target''s source was loaded (UTC)';
