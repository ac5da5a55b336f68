-- rpt_ytd_progress: how far each indicator has come this year against 序时进度, as leaders
-- read it: the latest cumulative month (1-N月) of each region, indicator and year.
-- grain: one row per region_code, indicator_code, year with a cumulative monthly figure.
-- materialized: table
create or replace view rpt_ytd_progress as

with latest_month as (
    select * from fct_ytd_progress
    qualify month = max(month) over (partition by region_code, indicator_code, year)
),

indicators as (
    select * from dim_indicator
),

final as (
    select
        latest_month.region_code,
        latest_month.indicator_code,
        indicators.name_zh as indicator_name_zh,
        indicators.name_en as indicator_name_en,
        indicators.display_order,
        latest_month.year,
        latest_month.month,
        latest_month.ytd_value,
        latest_month.unit,
        latest_month.ytd_yoy_pct,
        latest_month.elapsed_pct,
        latest_month.progress_basis,
        latest_month.target_kind,
        latest_month.target_value,
        latest_month.direction,
        latest_month.annual_target_level,
        latest_month.last_year_end_value,
        latest_month.target_share_pct,
        latest_month.progress_gap_pp,
        latest_month.progress_status,
        latest_month.progress_status_zh,
        latest_month.progress_status_en,
        latest_month.source,
        latest_month.is_synthetic,
        latest_month.vintage,
    from latest_month
    inner join indicators
        on latest_month.indicator_code = indicators.indicator_code
)

select * from final;

comment on view rpt_ytd_progress is 'Year-to-date progress against 序时进度 at the latest cumulative month. One row per region, indicator and year with monthly figures.';
comment on column rpt_ytd_progress.region_code is 'Administrative code or ISO alpha-3';
comment on column rpt_ytd_progress.indicator_code is 'Indicator code';
comment on column rpt_ytd_progress.indicator_name_zh is 'Indicator''s official Chinese name';
comment on column rpt_ytd_progress.indicator_name_en is 'Indicator''s English name';
comment on column rpt_ytd_progress.display_order is 'Order to list indicators in';
comment on column rpt_ytd_progress.year is 'Calendar year';
comment on column rpt_ytd_progress.month is 'Latest month N with a cumulative figure (1-N月)';
comment on column rpt_ytd_progress.ytd_value is 'Cumulative value 1-N月 in the display unit';
comment on column rpt_ytd_progress.unit is 'Display unit';
comment on column rpt_ytd_progress.ytd_yoy_pct is 'Cumulative growth on the same months a year before, percent';
comment on column rpt_ytd_progress.elapsed_pct is 'Share of the year elapsed (序时进度), percent';
comment on column rpt_ytd_progress.progress_basis is 'flow_share, stock_increment or real_growth (see fct_ytd_progress)';
comment on column rpt_ytd_progress.annual_target_level is 'The level the year''s target asks for; null for real-basis indicators';
comment on column rpt_ytd_progress.last_year_end_value is 'Stocks: the level at the end of last year, where their progress is measured from';
comment on column rpt_ytd_progress.progress_status is 'ahead, on_pace or behind';
comment on column rpt_ytd_progress.target_kind is 'growth_pct or level: the year''s target; null without one';
comment on column rpt_ytd_progress.direction is 'at_least, or at_most for a cap (控制在…以内), which is behind over its pace (超出控制进度); null without a target';
comment on column rpt_ytd_progress.target_value is 'The year''s target: percent growth, or a level in the display unit';
comment on column rpt_ytd_progress.target_share_pct is 'Share of the annual target reached so far (a stock: of the way from last year-end), percent; null for real-basis indicators';
comment on column rpt_ytd_progress.progress_gap_pp is 'target_share_pct - elapsed_pct, or growth - target growth for real-basis indicators, each as printed (1 place), percentage points';
comment on column rpt_ytd_progress.progress_status_zh is '超序时进度, 滞后于序时进度 or 与序时进度持平';
comment on column rpt_ytd_progress.progress_status_en is 'ahead, on pace or behind';
comment on column rpt_ytd_progress.source is 'Publication the figure is cited from';
comment on column rpt_ytd_progress.is_synthetic is 'True when the figure is generated, not published';
comment on column rpt_ytd_progress.vintage is 'When the figure''s source was loaded (UTC)';
