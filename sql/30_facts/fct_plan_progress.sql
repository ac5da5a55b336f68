-- fct_plan_progress: how a multi-year plan target stands after each year of the plan.
-- grain: one row per plan target (region_code, indicator_code, plan_start, plan_end,
--        target_kind) and year of the plan from plan_start to plan_end.
-- Formulas (k = years elapsed = year - plan_start + 1, r = years remaining = plan_end - year;
-- the rules of sql/05_rules/growth.sql):
--   growth_index         = the chained index of each year's rate over plan_start..year, exp of
--                          the sum of log_factor(yoy_pct); null while a year's rate is missing
--                          (published rates preferred, so GDP is real)
--   avg_growth_to_date_pct = average_growth_pct(growth_index, k)
--   required_growth_pct  = yearly growth still needed in each remaining year:
--       growth_pct target g: average_growth_pct(compound_factor(g, k + r) / growth_index, r)
--       level target T:      cagr_pct(T, value, r), value the year's level
--     null in the final year (r = 0), where is_attained says whether the plan was met
--   is_on_track          = required_growth_pct <= avg_growth_to_date_pct, both as printed
--                          (published_rate), turned for a cap:
--                          keeping up the pace so far meets the target; null for a level target
--                          of a real-basis indicator (real pace, nominal target)
--   status, is_attained  = in the final year, target_status as in fct_target_attainment: the
--                          average growth (1 place) against a growth target, the level's
--                          completion against a level target, with direction and tolerance
-- materialized: table
create or replace view fct_plan_progress as

with plans as (
    select * from stg_target
    where plan_start is not null
),

indicators as (
    select * from dim_indicator
),

growth as (
    select * from fct_growth
),

plan_years as (
    select
        plans.region_code,
        plans.indicator_code,
        plans.plan_start,
        plans.year as plan_end,
        plans.kind as target_kind,
        plans.binding,
        plans.direction,
        plans.tolerance_pp,
        indicators.growth_basis,
        case when plans.kind = 'growth_pct' then plans.value
             else plans.value / indicators.unit_factor end as target_value,
        case when plans.kind = 'growth_pct' then '%' else indicators.unit end as target_unit,
        cast(unnest(range(plans.plan_start, plans.year + 1)) as integer) as year,
        plans.source_doc,
    from plans
    inner join indicators
        on plans.indicator_code = indicators.indicator_code
),

with_growth as (
    select
        plan_years.*,
        plan_years.year - plan_years.plan_start + 1 as years_elapsed,
        plan_years.plan_end - plan_years.year as years_remaining,
        growth.value,
        growth.unit,
        growth.yoy_pct,
        count(log_factor(growth.yoy_pct)) over to_date as rates_to_date,
        exp(sum(log_factor(growth.yoy_pct)) over to_date) as growth_index_all,
        -- the pace to date chains every year since the plan began: one synthetic year makes it synthetic
        starts_with(lower(plan_years.source_doc), 'synthetic')
            or coalesce(bool_or(growth.is_synthetic) over to_date, false) as is_synthetic,
    from plan_years
    left join growth
        on growth.region_code = plan_years.region_code
        and growth.indicator_code = plan_years.indicator_code
        and growth.year = plan_years.year
    window to_date as (
        partition by plan_years.region_code, plan_years.indicator_code, plan_years.plan_start,
                     plan_years.plan_end, plan_years.target_kind
        order by plan_years.year
        rows between unbounded preceding and current row
    )
),

progress as (
    select
        *,
        case when rates_to_date = years_elapsed then growth_index_all end as growth_index,
    from with_growth
),

final as (
    select
        region_code,
        indicator_code,
        plan_start,
        plan_end,
        target_kind,
        binding,
        direction,
        tolerance_pp,
        growth_basis,
        target_value,
        target_unit,
        year,
        years_elapsed,
        years_remaining,
        value,
        yoy_pct,
        round(growth_index, 6) as growth_index,
        average_growth_pct(growth_index, years_elapsed) as avg_growth_to_date_pct,
        case
            when years_remaining = 0 then null
            when target_kind = 'growth_pct' and growth_index > 0
                then average_growth_pct(compound_factor(target_value, years_elapsed + years_remaining) / growth_index,
                                        years_remaining)
            when target_kind = 'level' and target_value > 0
                then cagr_pct(target_value, value, years_remaining)
        end as required_growth_pct,
        source_doc,
        is_synthetic,
    from progress
),

judged as (
    select
        *,
        -- a real-basis indicator's pace so far is real growth; a level target asks for nominal
        -- growth: the two are not compared
        case
            when years_remaining = 0 then null
            when target_kind = 'level' and growth_basis = 'real' then null
            -- as printed: 11.96 against 12.04 reads 12.0 against 12.0, on track
            else directed(published_rate(avg_growth_to_date_pct) - published_rate(required_growth_pct), direction) >= 0
        end as is_on_track,
        case
            when years_remaining > 0 then null
            else target_status(
                case when target_kind = 'growth_pct' then gap_pp(published_rate(avg_growth_to_date_pct), target_value) end,
                case when target_kind = 'level' then published_rate(completion_pct(value, target_value)) end,
                direction, tolerance_pp)
        end as final_status,
    from final
),

final_judged as (
    select
        * exclude (final_status),
        case when final_status in ('attained', 'nearly') then true
             when final_status = 'missed' then false end as is_attained,
        final_status as status,
    from judged
)

select * from final_judged;

comment on view fct_plan_progress is 'How each multi-year plan target stands after each year of the plan: average growth so far and the yearly growth still needed. One row per plan target and plan year.';
comment on column fct_plan_progress.region_code is 'Administrative code';
comment on column fct_plan_progress.indicator_code is 'Indicator code';
comment on column fct_plan_progress.plan_start is 'First year of the plan';
comment on column fct_plan_progress.plan_end is 'Final year of the plan, in which the target is judged';
comment on column fct_plan_progress.target_kind is 'growth_pct (average yearly growth over the plan) or level (a value to reach in the final year)';
comment on column fct_plan_progress.binding is 'expected (预期性) or binding (约束性)';
comment on column fct_plan_progress.target_value is 'Target: average yearly growth in percent, or the level in the display unit';
comment on column fct_plan_progress.target_unit is '% for a growth target, else the display unit';
comment on column fct_plan_progress.year is 'Year of the plan this row stands at';
comment on column fct_plan_progress.years_elapsed is 'Years of the plan done, this one included';
comment on column fct_plan_progress.years_remaining is 'Years of the plan still to come';
comment on column fct_plan_progress.value is 'Level in the display unit this year; null if not published';
comment on column fct_plan_progress.yoy_pct is 'Growth this year, percent (published preferred)';
comment on column fct_plan_progress.growth_index is 'Product of (1 + yoy_pct / 100) from plan_start to this year; null while a rate is missing';
comment on column fct_plan_progress.avg_growth_to_date_pct is 'Average yearly growth from plan_start to this year, percent';
comment on column fct_plan_progress.required_growth_pct is 'Yearly growth still needed in each remaining year to meet the target, percent; null in the final year';
comment on column fct_plan_progress.is_synthetic is 'True when the plan target or a figure of a year to date is generated, not published';
comment on column fct_plan_progress.source_doc is 'Document that sets the plan target';
comment on column fct_plan_progress.direction is 'at_least, or at_most for a cap';
comment on column fct_plan_progress.tolerance_pp is 'Points an approximate (左右) target may be missed by and count as nearly met';
comment on column fct_plan_progress.growth_basis is 'nominal, or real (GDP: growth at comparable prices)';
comment on column fct_plan_progress.status is 'In the final year: attained, nearly, missed or pending; null before';
comment on column fct_plan_progress.is_on_track is 'required_growth_pct <= avg_growth_to_date_pct, both as printed to 1 place (turned for a cap): the pace so far meets the target; null in the final year and for a level target of a real-basis indicator';
comment on column fct_plan_progress.is_attained is 'In the final year: the target is met or nearly met; null before, and while pending';
