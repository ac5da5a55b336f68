-- fct_ytd_progress: progress within the year from cumulative monthly figures (1-N月累计).
-- grain: one row per region_code, indicator_code, year, month with a cumulative figure.
-- Formulas:
--   ytd_yoy_pct_computed = (ytd_value / ytd_prev_value - 1) * 100, the same months a year
--                          before; null when that base is missing, zero or negative
--   ytd_yoy_pct          = the published cumulative rate where there is one, else computed
--   elapsed_pct (序时进度) = month / 12 * 100: the share of the year gone by
--   annual_target_level  = the year's level target, or for a growth target g the previous
--                          year's full-year value * (1 + g / 100)
--   target_share_pct     = ytd_value / annual_target_level * 100: share of the target reached
--   progress_gap_pp      = target_share_pct - elapsed_pct; ahead (超序时进度) when above 0.05,
--                          behind (滞后于序时进度) when below -0.05, else on pace (与序时进度持平)
--   ytd_yoy_gap_pp       = ytd_yoy_pct - growth target: growth so far against the growth target
-- materialized: table
create or replace view fct_ytd_progress as

with cumulative as (
    select * from stg_observation
    where period_type = 'ytd'
),

indicators as (
    select * from dim_indicator
),

yearly as (
    select * from fct_indicator_yearly
),

yearly_targets as (
    select * from stg_target
    where plan_start is null
    qualify row_number() over (
        partition by region_code, indicator_code, year
        order by kind
    ) = 1
),

with_previous as (
    select
        this_year.region_code,
        this_year.indicator_code,
        this_year.year,
        this_year.month,
        this_year.value / indicators.unit_factor as ytd_value,
        indicators.unit,
        last_year.value / indicators.unit_factor as ytd_prev_value,
        this_year.reported_yoy_pct as ytd_yoy_pct_reported,
        indicators.growth_basis,
        indicators.unit_factor,
        this_year.source,
        this_year.is_synthetic,
        this_year.vintage,
    from cumulative as this_year
    inner join indicators
        on this_year.indicator_code = indicators.indicator_code
    left join cumulative as last_year
        on last_year.region_code = this_year.region_code
        and last_year.indicator_code = this_year.indicator_code
        and last_year.year = this_year.year - 1
        and last_year.month = this_year.month
),

with_targets as (
    select
        with_previous.*,
        case
            when growth_basis = 'nominal' and ytd_prev_value > 0 and ytd_value is not null
                then round((ytd_value / ytd_prev_value - 1) * 100, 2)
        end as ytd_yoy_pct_computed,
        round(month / 12 * 100, 2) as elapsed_pct,
        yearly_targets.kind as target_kind,
        case when yearly_targets.kind = 'growth_pct' then yearly_targets.value
             else yearly_targets.value / with_previous.unit_factor end as target_value,
        case
            when yearly_targets.kind = 'level' then yearly_targets.value / with_previous.unit_factor
            when yearly_targets.kind = 'growth_pct' then previous_year.value * (1 + yearly_targets.value / 100)
        end as annual_target_level,
    from with_previous
    left join yearly_targets
        on yearly_targets.region_code = with_previous.region_code
        and yearly_targets.indicator_code = with_previous.indicator_code
        and yearly_targets.year = with_previous.year
    left join yearly as previous_year
        on previous_year.region_code = with_previous.region_code
        and previous_year.indicator_code = with_previous.indicator_code
        and previous_year.year = with_previous.year - 1
),

measured as (
    select
        *,
        coalesce(ytd_yoy_pct_reported, ytd_yoy_pct_computed) as ytd_yoy_pct,
        case when annual_target_level > 0
            then round(ytd_value / annual_target_level * 100, 2) end as target_share_pct,
    from with_targets
),

final as (
    select
        region_code,
        indicator_code,
        year,
        month,
        ytd_value,
        unit,
        ytd_prev_value,
        ytd_yoy_pct_computed,
        ytd_yoy_pct_reported,
        ytd_yoy_pct,
        case
            when ytd_yoy_pct_reported is not null then 'reported'
            when ytd_yoy_pct_computed is not null then 'computed'
        end as ytd_yoy_basis,
        elapsed_pct,
        target_kind,
        target_value,
        round(annual_target_level, 4) as annual_target_level,
        target_share_pct,
        round(target_share_pct - elapsed_pct, 2) as progress_gap_pp,
        case
            when target_share_pct is null then null
            when target_share_pct - elapsed_pct > 0.05 then '超序时进度'
            when target_share_pct - elapsed_pct < -0.05 then '滞后于序时进度'
            else '与序时进度持平'
        end as progress_status_zh,
        case
            when target_share_pct is null then null
            when target_share_pct - elapsed_pct > 0.05 then 'ahead'
            when target_share_pct - elapsed_pct < -0.05 then 'behind'
            else 'on pace'
        end as progress_status_en,
        case when target_kind = 'growth_pct' then round(ytd_yoy_pct - target_value, 2) end as ytd_yoy_gap_pp,
        source,
        is_synthetic,
        vintage,
    from measured
)

select * from final;

comment on view fct_ytd_progress is 'Progress within the year from cumulative monthly figures: growth so far and the share of the annual target reached against the share of the year elapsed (序时进度). One row per region, indicator, year and month.';
comment on column fct_ytd_progress.region_code is 'Administrative code or ISO alpha-3';
comment on column fct_ytd_progress.indicator_code is 'Indicator code';
comment on column fct_ytd_progress.year is 'Calendar year';
comment on column fct_ytd_progress.month is 'Month N: the figure is cumulative for 1-N月';
comment on column fct_ytd_progress.ytd_value is 'Cumulative value 1-N月 in the display unit';
comment on column fct_ytd_progress.unit is 'Display unit';
comment on column fct_ytd_progress.ytd_prev_value is 'Cumulative value for the same months a year before';
comment on column fct_ytd_progress.ytd_yoy_pct_computed is 'Growth on the same months a year before from levels, percent; null on a missing, zero or negative base';
comment on column fct_ytd_progress.ytd_yoy_pct_reported is 'Cumulative growth as published, percent';
comment on column fct_ytd_progress.ytd_yoy_pct is 'Cumulative growth to use: published where there is one, else computed';
comment on column fct_ytd_progress.ytd_yoy_basis is 'reported or computed';
comment on column fct_ytd_progress.elapsed_pct is 'Share of the year elapsed (序时进度): month / 12 * 100';
comment on column fct_ytd_progress.target_kind is 'growth_pct or level: the year''s target; null without one';
comment on column fct_ytd_progress.target_value is 'The year''s target: percent growth, or a level in the display unit';
comment on column fct_ytd_progress.annual_target_level is 'The level the year must reach: the level target, or last year''s value grown by the growth target';
comment on column fct_ytd_progress.target_share_pct is 'Share of the annual target reached so far: ytd_value / annual_target_level * 100';
comment on column fct_ytd_progress.progress_gap_pp is 'target_share_pct - elapsed_pct, percentage points: above 0 is ahead of the time-elapsed share';
comment on column fct_ytd_progress.progress_status_zh is '超序时进度, 滞后于序时进度 or 与序时进度持平';
comment on column fct_ytd_progress.progress_status_en is 'ahead, behind or on pace';
comment on column fct_ytd_progress.ytd_yoy_gap_pp is 'Growth target only: ytd_yoy_pct - target, percentage points';
comment on column fct_ytd_progress.source is 'Publication the figure is cited from';
comment on column fct_ytd_progress.is_synthetic is 'True when the figure is generated, not published';
comment on column fct_ytd_progress.vintage is 'When the figure''s source was loaded (UTC)';
