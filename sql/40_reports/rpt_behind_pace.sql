-- rpt_behind_pace: the indicators behind 序时进度 now, as operators are told of them: each
-- region and indicator at the latest cumulative month of its latest year, when that month is
-- behind the share of the year elapsed.
-- grain: one row per region_code and indicator_code behind.
-- Generated figures are left out: no one is to be told that a synthetic panel is behind.
create or replace view rpt_behind_pace as

with latest as (
    select * from rpt_ytd_progress
    where not coalesce(is_synthetic, false)
    qualify year = max(year) over (partition by region_code, indicator_code)
),

regions as (
    select * from dim_region
),

final as (
    select
        latest.region_code,
        coalesce(regions.name_zh, latest.region_code) as region_name_zh,
        coalesce(regions.name_en, latest.region_code) as region_name_en,
        latest.indicator_code,
        latest.indicator_name_zh,
        latest.indicator_name_en,
        latest.year,
        latest.month,
        -- as the reports print a cumulative period (1月, 1-9月; Jan, Jan-Sep)
        case when latest.month = 1 then printf('%d年1月', latest.year)
             else printf('%d年1-%d月', latest.year, latest.month) end as period_zh,
        case when latest.month = 1 then printf('Jan %d', latest.year)
             else printf('Jan-%s %d', strftime(make_date(latest.year, latest.month, 1), '%b'), latest.year) end
            as period_en,
        latest.progress_basis,
        latest.target_share_pct,
        latest.elapsed_pct,
        latest.ytd_yoy_pct,
        latest.target_value,
        latest.direction,
        latest.progress_gap_pp,
    from latest
    left join regions
        on latest.region_code = regions.region_code
    where latest.progress_status = 'behind'
)

select * from final;

comment on view rpt_behind_pace is 'Indicators behind 序时进度 at their latest cumulative month of their latest year, generated figures left out: what operators are told once when it begins. One row per region and indicator behind.';
comment on column rpt_behind_pace.region_code is 'Administrative code or ISO alpha-3';
comment on column rpt_behind_pace.region_name_zh is 'Region''s Chinese name';
comment on column rpt_behind_pace.region_name_en is 'Region''s English name';
comment on column rpt_behind_pace.indicator_code is 'Indicator code';
comment on column rpt_behind_pace.indicator_name_zh is 'Indicator''s official Chinese name';
comment on column rpt_behind_pace.indicator_name_en is 'Indicator''s English name';
comment on column rpt_behind_pace.year is 'Calendar year';
comment on column rpt_behind_pace.month is 'Latest month N with a cumulative figure (1-N月)';
comment on column rpt_behind_pace.period_zh is 'The period as the reports print it: 2026年1-9月, or 2026年1月';
comment on column rpt_behind_pace.period_en is 'The period in English, as the reports print it: Jan-Sep 2026';
comment on column rpt_behind_pace.progress_basis is 'flow_share, stock_increment or real_growth (see fct_ytd_progress)';
comment on column rpt_behind_pace.target_share_pct is 'Share of the annual target reached so far, percent; null for real-basis indicators';
comment on column rpt_behind_pace.elapsed_pct is 'Share of the year elapsed (序时进度), percent';
comment on column rpt_behind_pace.ytd_yoy_pct is 'Cumulative growth on the same months a year before, percent';
comment on column rpt_behind_pace.direction is 'at_least, or at_most for a cap (控制在…以内), which is behind when over its pace (超出控制进度)';
comment on column rpt_behind_pace.target_value is 'The year''s target: percent growth, or a level in the display unit';
comment on column rpt_behind_pace.progress_gap_pp is 'How far behind: target_share_pct - elapsed_pct, or growth - target growth for real-basis indicators, each as printed (1 place), points (negative; for a cap, positive: over its pace)';
