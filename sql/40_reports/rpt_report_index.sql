-- rpt_report_index: the front page of the reports (reports/index.html): every region and year
-- with a trend table, its headline figures beside the other cities', leading to its report.
-- grain: one row per region_code and year with a trend table.
-- The headline figures are the trend table's own (foreign trade and foreign investment actually
-- used, with growth), the rank is the province's (rpt_region_rank), the targets' tally the
-- trend table's statuses, so the front page and every report agree. A withheld figure (待核实)
-- is shown as withheld, never as a number: the trend table carries it with no value, growth or
-- note (observation_as_of withholds it once, for every view).
-- materialized: table
create or replace view rpt_report_index as

with trend as (
    select * from rpt_trend_table
),

regions as (
    select * from dim_region
),

ranks as (
    select * from rpt_region_rank
),

reports as (
    select
        region_code,
        year,
        any_value(region_name_zh) as region_name_zh,
        any_value(region_name_en) as region_name_en,
        count(*) filter (where status = 'attained') as targets_attained,
        count(*) filter (where status = 'nearly') as targets_nearly,
        count(*) filter (where status = 'missed') as targets_missed,
        count(*) filter (where status = 'pending') as targets_pending,
        bool_or(is_synthetic) as is_synthetic,
        bool_or(value is not null) as has_figures,
    from trend
    group by all
),

headline as (
    -- each headline figure as the trend table prints it: qualifier, release mark, growth note
    select
        region_code,
        year,
        any_value(unit) filter (where indicator_code = 'trade_total') as trade_total_unit,
        any_value(value) filter (where indicator_code = 'trade_total') as trade_total,
        any_value(qualifier) filter (where indicator_code = 'trade_total') as trade_total_qualifier,
        any_value(release_mark_zh) filter (where indicator_code = 'trade_total') as trade_total_release_mark_zh,
        any_value(release_mark_en) filter (where indicator_code = 'trade_total') as trade_total_release_mark_en,
        any_value(yoy_pct) filter (where indicator_code = 'trade_total') as trade_total_yoy_pct,
        any_value(growth_note_zh) filter (where indicator_code = 'trade_total') as trade_total_growth_note_zh,
        any_value(growth_note_en) filter (where indicator_code = 'trade_total') as trade_total_growth_note_en,
        coalesce(bool_or(is_withheld) filter (where indicator_code = 'trade_total'), false) as is_trade_total_withheld,
        any_value(unit) filter (where indicator_code = 'fdi_actual') as fdi_actual_unit,
        any_value(value) filter (where indicator_code = 'fdi_actual') as fdi_actual,
        any_value(qualifier) filter (where indicator_code = 'fdi_actual') as fdi_actual_qualifier,
        any_value(release_mark_zh) filter (where indicator_code = 'fdi_actual') as fdi_actual_release_mark_zh,
        any_value(release_mark_en) filter (where indicator_code = 'fdi_actual') as fdi_actual_release_mark_en,
        any_value(yoy_pct) filter (where indicator_code = 'fdi_actual') as fdi_actual_yoy_pct,
        any_value(growth_note_zh) filter (where indicator_code = 'fdi_actual') as fdi_actual_growth_note_zh,
        any_value(growth_note_en) filter (where indicator_code = 'fdi_actual') as fdi_actual_growth_note_en,
        coalesce(bool_or(is_withheld) filter (where indicator_code = 'fdi_actual'), false) as is_fdi_actual_withheld,
    from trend
    group by all
),

trade_ranks as (
    select region_code, year, level_rank, cities_ranked, uses_synthetic,
    from ranks
    where indicator_code = 'trade_total'
),

ordered as (
    select
        reports.* exclude (region_name_zh, region_name_en),
        -- a region missing from the dimensions (chk_reference_integrity) is listed by its code
        coalesce(reports.region_name_zh, reports.region_code) as region_name_zh,
        coalesce(reports.region_name_en, reports.region_code) as region_name_en,
        -- the province first, then its cities by code, then countries
        case regions.level when 'province' then 1 when 'prefecture' then 2 when 'county' then 3 else 4 end
            as region_order,
        regions.level is null as is_country,
    from reports
    left join regions
        on reports.region_code = regions.region_code
),

final as (
    select
        ordered.region_code,
        ordered.region_name_zh,
        ordered.region_name_en,
        ordered.region_order,
        ordered.is_country,
        ordered.year,
        -- the year the front page opens on: the province's latest with figures (a city's early
        -- 快报 does not move it), else its cities', else the nation's; never a year of targets alone
        ordered.year = coalesce(
            max(ordered.year) filter (where ordered.has_figures and ordered.region_order = 1) over (),
            max(ordered.year) filter (where ordered.has_figures and not ordered.is_country) over (),
            max(ordered.year) filter (where ordered.has_figures) over ()
        ) is true as is_latest_year,
        ordered.has_figures,
        headline.trade_total_unit,
        headline.trade_total,
        headline.trade_total_qualifier,
        headline.trade_total_release_mark_zh,
        headline.trade_total_release_mark_en,
        headline.trade_total_yoy_pct,
        headline.trade_total_growth_note_zh,
        headline.trade_total_growth_note_en,
        headline.is_trade_total_withheld,
        trade_ranks.level_rank as trade_total_rank,
        trade_ranks.cities_ranked,
        coalesce(trade_ranks.uses_synthetic, false) as is_trade_total_rank_synthetic,
        headline.fdi_actual_unit,
        headline.fdi_actual,
        headline.fdi_actual_qualifier,
        headline.fdi_actual_release_mark_zh,
        headline.fdi_actual_release_mark_en,
        headline.fdi_actual_yoy_pct,
        headline.fdi_actual_growth_note_zh,
        headline.fdi_actual_growth_note_en,
        headline.is_fdi_actual_withheld,
        ordered.targets_attained,
        ordered.targets_nearly,
        ordered.targets_missed,
        ordered.targets_pending,
        ordered.is_synthetic,
    from ordered
    inner join headline
        on ordered.region_code = headline.region_code
        and ordered.year = headline.year
    left join trade_ranks
        on ordered.region_code = trade_ranks.region_code
        and ordered.year = trade_ranks.year
)

select * from final;

comment on view rpt_report_index is 'The reports'' front page: every region and year with a trend table, with its headline figures as the trend table prints them, rank and targets'' tally. One row per region and year.';
comment on column rpt_report_index.region_code is 'Administrative code or ISO alpha-3';
comment on column rpt_report_index.region_name_zh is 'Region''s Chinese name (its code where the dimensions lack it)';
comment on column rpt_report_index.region_name_en is 'Region''s English name (its code where the dimensions lack it)';
comment on column rpt_report_index.region_order is 'Order to list regions in: 1 the province, 2 its cities, 3 counties, 4 countries';
comment on column rpt_report_index.is_country is 'True for a country-level series (ISO code), listed after the province''s regions';
comment on column rpt_report_index.year is 'Calendar year of the report';
comment on column rpt_report_index.is_latest_year is 'True for the year the front page opens on: the province''s latest year with figures, else its cities'', else the nation''s; never a year of targets alone';
comment on column rpt_report_index.has_figures is 'True when the report has any figure of the year, not targets alone';
comment on column rpt_report_index.trade_total_unit is 'Display unit of trade_total (亿美元)';
comment on column rpt_report_index.trade_total is 'Foreign trade (外贸进出口总额) in the display unit; null where not published or withheld';
comment on column rpt_report_index.trade_total_qualifier is 'Qualifier the figure was published with (余, 约 …)';
comment on column rpt_report_index.trade_total_release_mark_zh is '快报 or 初步 beside a figure not yet verified';
comment on column rpt_report_index.trade_total_release_mark_en is 'flash or preliminary beside a figure not yet verified';
comment on column rpt_report_index.trade_total_yoy_pct is 'Its growth on the previous year, percent';
comment on column rpt_report_index.trade_total_growth_note_zh is '持平, 由负转正 … where the growth reads as words';
comment on column rpt_report_index.trade_total_growth_note_en is 'The growth note in English';
comment on column rpt_report_index.is_trade_total_withheld is 'True when the figure is withheld (待核实)';
comment on column rpt_report_index.trade_total_rank is 'Rank by foreign trade among the province''s cities, 1 = largest';
comment on column rpt_report_index.cities_ranked is 'Cities ranked that year';
comment on column rpt_report_index.is_trade_total_rank_synthetic is 'True when the rank uses a synthetic figure, the city''s own or another''s';
comment on column rpt_report_index.fdi_actual_unit is 'Display unit of fdi_actual (亿美元)';
comment on column rpt_report_index.fdi_actual is 'Foreign investment actually used (实际利用外资) in the display unit; null where not published or withheld';
comment on column rpt_report_index.fdi_actual_qualifier is 'Qualifier the figure was published with (余, 约 …)';
comment on column rpt_report_index.fdi_actual_release_mark_zh is '快报 or 初步 beside a figure not yet verified';
comment on column rpt_report_index.fdi_actual_release_mark_en is 'flash or preliminary beside a figure not yet verified';
comment on column rpt_report_index.fdi_actual_yoy_pct is 'Its growth on the previous year, percent';
comment on column rpt_report_index.fdi_actual_growth_note_zh is '持平, 由负转正 … where the growth reads as words';
comment on column rpt_report_index.fdi_actual_growth_note_en is 'The growth note in English';
comment on column rpt_report_index.is_fdi_actual_withheld is 'True when the figure is withheld (待核实)';
comment on column rpt_report_index.targets_attained is 'Targets of the year attained (达标)';
comment on column rpt_report_index.targets_nearly is 'Targets of the year nearly attained (基本达标)';
comment on column rpt_report_index.targets_missed is 'Targets of the year missed (未达标)';
comment on column rpt_report_index.targets_pending is 'Targets of the year whose actual is not yet known (待核实)';
comment on column rpt_report_index.is_synthetic is 'True when any figure of the report is generated, not published';
