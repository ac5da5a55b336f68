-- fct_ytd_progress: progress within the year against 序时进度, by the kind of indicator.
-- grain: one row per region_code, indicator_code, year, month with a monthly figure: a flow's
-- cumulative 1-N月 figure, a stock's level at the end of month N. 1-2月 is one release (month
-- 2): no January figure is made up, and it counts as 2 months elapsed.
-- Formulas (the rules of sql/05_rules/):
--   ytd_yoy_pct_computed = growth_pct(ytd_value, the same months a year before); nominal only
--   ytd_yoy_pct          = the published cumulative rate where there is one, else computed
--   elapsed_pct          = elapsed_pct(month): the share of the year gone by
--   target_level         = the year's target as a level, from fct_target_attainment (the
--                          yearly target; a growth target before a level target)
--   progress_basis and target_share_pct, by kind:
--     flow_share       flows and counts: share_pct(ytd_value, target_level), the share of the
--                      year's target reached; at December it is the year's completion_pct
--     stock_increment  stocks: stock_progress_pct(ytd_value, last year-end, target_level), how
--                      far from last year-end towards the target (a stock is not summed)
--     real_growth      real-basis indicators (GDP): no share; cumulative real growth is set
--                      against the target growth
--   progress_gap_pp      = gap_pp of target_share_pct and elapsed_pct as printed, to 1 place
--                          (published_rate), or for real_growth of published_rate(ytd_yoy_pct)
--                          and the target growth: above 0 is ahead; the printed figures add up
--   progress_status      = pace_status(progress_gap_pp, direction): ahead (超序时进度), on_pace,
--                          behind (滞后于序时进度), beyond 0.05 points; turned for an at-most target
--   ytd_yoy_gap_pp       = gap_pp(published_rate(ytd_yoy_pct), growth target): growth so far, as
--                          printed, against the target
-- materialized: table
create or replace view fct_ytd_progress as

with monthly as (
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
    select * from fct_target_attainment
    where target_scope = 'year'
    qualify row_number() over (
        partition by region_code, indicator_code, year
        order by target_kind
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
        indicators.kind,
        indicators.growth_basis,
        this_year.source,
        this_year.is_synthetic,
        this_year.source_file,
        this_year.source_line,
        this_year.vintage,
    from monthly as this_year
    inner join indicators
        on this_year.indicator_code = indicators.indicator_code
    left join monthly as last_year
        on last_year.region_code = this_year.region_code
        and last_year.indicator_code = this_year.indicator_code
        and last_year.year = this_year.year - 1
        and last_year.month = this_year.month
),

with_targets as (
    select
        with_previous.*,
        case when with_previous.growth_basis = 'nominal'
            then growth_pct(with_previous.ytd_value, with_previous.ytd_prev_value) end as ytd_yoy_pct_computed,
        elapsed_pct(with_previous.month) as elapsed_pct,
        case
            when with_previous.growth_basis = 'real' then 'real_growth'
            when with_previous.kind = 'stock' then 'stock_increment'
            else 'flow_share'
        end as progress_basis,
        yearly_targets.target_kind,
        yearly_targets.target_value,
        yearly_targets.target_level,
        yearly_targets.direction,
        last_year_end.value as last_year_end_value,
    from with_previous
    left join yearly_targets
        on yearly_targets.region_code = with_previous.region_code
        and yearly_targets.indicator_code = with_previous.indicator_code
        and yearly_targets.year = with_previous.year
    left join yearly as last_year_end
        on last_year_end.region_code = with_previous.region_code
        and last_year_end.indicator_code = with_previous.indicator_code
        and last_year_end.year = with_previous.year - 1
),

measured as (
    select
        *,
        coalesce(ytd_yoy_pct_reported, ytd_yoy_pct_computed) as ytd_yoy_pct,
        case progress_basis
            when 'flow_share' then share_pct(ytd_value, target_level)
            when 'stock_increment' then stock_progress_pct(ytd_value, last_year_end_value, target_level)
        end as target_share_pct,
    from with_targets
),

paced as (
    select
        *,
        case
            -- from the figures printed beside it, each to 1 place, so that the page adds up
            when progress_basis = 'real_growth' and target_kind = 'growth_pct'
                then gap_pp(published_rate(ytd_yoy_pct), target_value)
            else gap_pp(published_rate(target_share_pct), published_rate(elapsed_pct))
        end as progress_gap_pp,
    from measured
),

judged as (
    select
        *,
        pace_status(progress_gap_pp, direction) as progress_status,
    from paced
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
        progress_basis,
        target_kind,
        target_value,
        direction,
        target_level as annual_target_level,
        case when progress_basis = 'stock_increment' then last_year_end_value end as last_year_end_value,
        target_share_pct,
        progress_gap_pp,
        progress_status,
        pace_status_zh(progress_status, direction) as progress_status_zh,
        pace_status_en(progress_status) as progress_status_en,
        case when target_kind = 'growth_pct' then gap_pp(published_rate(ytd_yoy_pct), target_value) end as ytd_yoy_gap_pp,
        source,
        is_synthetic,
        -- 1-N月 always starts in January; a column, so the 1 a brief prints is read like any figure
        1 as first_month,
        source_file,
        source_line,
        vintage,
    from judged
)

select * from final;

comment on view fct_ytd_progress is 'Progress within the year against 序时进度, by kind: a flow''s share of the year''s target, a stock''s way from last year-end to its target, a real-basis indicator''s growth against its target growth. One row per region, indicator, year and month.';
comment on column fct_ytd_progress.region_code is 'Administrative code or ISO alpha-3';
comment on column fct_ytd_progress.indicator_code is 'Indicator code';
comment on column fct_ytd_progress.year is 'Calendar year';
comment on column fct_ytd_progress.month is 'Month N: a flow''s figure is cumulative for 1-N月, a stock''s the level at the end of month N; 1-2月 is month 2';
comment on column fct_ytd_progress.ytd_value is 'Cumulative value 1-N月 (a stock: its level) in the display unit';
comment on column fct_ytd_progress.unit is 'Display unit';
comment on column fct_ytd_progress.ytd_prev_value is 'The same months a year before, display unit';
comment on column fct_ytd_progress.ytd_yoy_pct_computed is 'Growth on the same months a year before from levels, percent; null on a missing, zero or negative base and for real-basis indicators';
comment on column fct_ytd_progress.ytd_yoy_pct_reported is 'Cumulative growth as published, percent';
comment on column fct_ytd_progress.ytd_yoy_pct is 'Cumulative growth to use: published where there is one, else computed';
comment on column fct_ytd_progress.ytd_yoy_basis is 'reported or computed';
comment on column fct_ytd_progress.elapsed_pct is 'Share of the year elapsed (序时进度): month / 12 * 100';
comment on column fct_ytd_progress.progress_basis is 'flow_share (cumulative against the year''s target level), stock_increment (from last year-end towards the target) or real_growth (growth against the target growth, in points)';
comment on column fct_ytd_progress.target_kind is 'growth_pct or level: the year''s target; null without one';
comment on column fct_ytd_progress.direction is 'at_least, or at_most for a cap (控制在…以内): over its pace, a cap is behind; null without a target';
comment on column fct_ytd_progress.target_value is 'The year''s target: percent growth, or a level in the display unit';
comment on column fct_ytd_progress.annual_target_level is 'The level the year''s target asks for (fct_target_attainment.target_level); null for real-basis indicators';
comment on column fct_ytd_progress.last_year_end_value is 'Stocks: the level at the end of last year, where progress starts from';
comment on column fct_ytd_progress.target_share_pct is 'Flows: ytd_value / annual_target_level * 100; stocks: (ytd_value - last year-end) / (target - last year-end) * 100; null for real-basis indicators';
comment on column fct_ytd_progress.progress_gap_pp is 'target_share_pct - elapsed_pct, or for real-basis indicators ytd growth - target growth, each as printed (1 place), percentage points: above 0 is ahead';
comment on column fct_ytd_progress.progress_status is 'ahead, on_pace or behind (an at-most target is behind when over the pace)';
comment on column fct_ytd_progress.progress_status_zh is '超序时进度, 滞后于序时进度 or 与序时进度持平 (a cap: 低于控制进度 or 超出控制进度)';
comment on column fct_ytd_progress.progress_status_en is 'ahead, on pace or behind';
comment on column fct_ytd_progress.ytd_yoy_gap_pp is 'Growth target only: ytd_yoy_pct as printed (1 place) - target, percentage points';
comment on column fct_ytd_progress.source is 'Publication the figure is cited from';
comment on column fct_ytd_progress.is_synthetic is 'True when the figure is generated, not published';
comment on column fct_ytd_progress.first_month is 'First month of the cumulative period: 1, since 1-N月 starts in January';
comment on column fct_ytd_progress.source_file is 'Source file of the cumulative figure, relative to the data folder';
comment on column fct_ytd_progress.source_line is 'Line of the cumulative figure in its source file';
comment on column fct_ytd_progress.vintage is 'When the figure''s source was loaded (UTC)';
