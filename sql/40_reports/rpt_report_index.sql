-- rpt_report_index: the front page of the reports (reports/index.html): every region and year
-- with a trend table, its headline figures beside the other cities', leading to its report.
-- grain: one row per region_code and year with a trend table.
-- The headline figures are the trend table's own (foreign trade and foreign investment actually
-- used, with growth), the rank is the province's (rpt_region_rank), the targets' tally the
-- trend table's statuses, so the front page and every report agree. A withheld figure (待核实)
-- is shown as withheld, never as a number.
-- materialized: table
create or replace view rpt_report_index as

with trend as (
    select * from rpt_trend_table
),

regions as (
    select * from dim_region
),

reports as (
    select
        region_code,
        year,
        any_value(region_name_zh) as region_name_zh,
        any_value(region_name_en) as region_name_en,
        count(*) filter (where status in ('attained', 'nearly')) as targets_met,
        count(*) filter (where status = 'missed') as targets_missed,
        count(*) filter (where status = 'pending') as targets_pending,
        bool_or(is_synthetic) as is_synthetic,
        bool_or(value is not null) as has_figures,
    from trend
    group by all
),

headline as (
    select
        region_code,
        year,
        any_value(unit) filter (where indicator_code = 'trade_total') as trade_total_unit,
        any_value(value) filter (where indicator_code = 'trade_total') as trade_total,
        any_value(yoy_pct) filter (where indicator_code = 'trade_total') as trade_total_yoy_pct,
        coalesce(bool_or(is_withheld) filter (where indicator_code = 'trade_total'), false) as trade_total_withheld,
        any_value(unit) filter (where indicator_code = 'fdi_actual') as fdi_actual_unit,
        any_value(value) filter (where indicator_code = 'fdi_actual') as fdi_actual,
        any_value(yoy_pct) filter (where indicator_code = 'fdi_actual') as fdi_actual_yoy_pct,
        coalesce(bool_or(is_withheld) filter (where indicator_code = 'fdi_actual'), false) as fdi_actual_withheld,
    from trend
    group by all
),

trade_ranks as (
    select region_code, year, level_rank, cities_ranked,
    from rpt_region_rank
    where indicator_code = 'trade_total'
),

final as (
    select
        reports.region_code,
        reports.region_name_zh,
        reports.region_name_en,
        -- the province first, then its cities by code, then countries
        case regions.level when 'province' then 1 when 'prefecture' then 2 when 'county' then 3 else 4 end
            as region_order,
        regions.level is null as is_country,
        reports.year,
        -- the year the front page opens on: the latest with figures, not a year of targets alone
        reports.year = max(reports.year) filter (where reports.has_figures) over () as is_latest_year,
        reports.has_figures,
        headline.trade_total_unit,
        case when not headline.trade_total_withheld then headline.trade_total end as trade_total,
        case when not headline.trade_total_withheld then headline.trade_total_yoy_pct end as trade_total_yoy_pct,
        headline.trade_total_withheld,
        trade_ranks.level_rank as trade_total_rank,
        trade_ranks.cities_ranked,
        headline.fdi_actual_unit,
        case when not headline.fdi_actual_withheld then headline.fdi_actual end as fdi_actual,
        case when not headline.fdi_actual_withheld then headline.fdi_actual_yoy_pct end as fdi_actual_yoy_pct,
        headline.fdi_actual_withheld,
        reports.targets_met,
        reports.targets_missed,
        reports.targets_pending,
        reports.is_synthetic,
        printf('%s/%d/trend.html', reports.region_code, reports.year) as report_path,
    from reports
    inner join headline
        on reports.region_code = headline.region_code
        and reports.year = headline.year
    left join regions
        on reports.region_code = regions.region_code
    left join trade_ranks
        on reports.region_code = trade_ranks.region_code
        and reports.year = trade_ranks.year
)

select * from final;

comment on view rpt_report_index is 'The reports'' front page: every region and year with a trend table, with its headline figures, rank and targets'' tally and the path of its report. One row per region and year.';
comment on column rpt_report_index.region_code is 'Administrative code or ISO alpha-3';
comment on column rpt_report_index.region_name_zh is 'Region''s Chinese name';
comment on column rpt_report_index.region_name_en is 'Region''s English name';
comment on column rpt_report_index.region_order is 'Order to list regions in: 1 the province, 2 its cities, 3 counties, 4 countries';
comment on column rpt_report_index.is_country is 'True for a country-level series (ISO code), listed after the province''s regions';
comment on column rpt_report_index.year is 'Calendar year of the report';
comment on column rpt_report_index.is_latest_year is 'True for the latest year with figures (not a year of targets alone): the year the front page opens on';
comment on column rpt_report_index.has_figures is 'True when the report has any figure of the year, not targets alone';
comment on column rpt_report_index.trade_total_unit is 'Display unit of trade_total (亿美元)';
comment on column rpt_report_index.trade_total is 'Foreign trade (外贸进出口总额) in the display unit; null where not published or withheld';
comment on column rpt_report_index.trade_total_yoy_pct is 'Its growth on the previous year, percent';
comment on column rpt_report_index.trade_total_withheld is 'True when the figure is withheld (待核实)';
comment on column rpt_report_index.trade_total_rank is 'Rank by foreign trade among the province''s cities, 1 = largest';
comment on column rpt_report_index.cities_ranked is 'Cities ranked that year';
comment on column rpt_report_index.fdi_actual_unit is 'Display unit of fdi_actual (亿美元)';
comment on column rpt_report_index.fdi_actual is 'Foreign investment actually used (实际利用外资) in the display unit; null where not published or withheld';
comment on column rpt_report_index.fdi_actual_yoy_pct is 'Its growth on the previous year, percent';
comment on column rpt_report_index.fdi_actual_withheld is 'True when the figure is withheld (待核实)';
comment on column rpt_report_index.targets_met is 'Targets of the year attained or nearly attained (达标, 基本达标)';
comment on column rpt_report_index.targets_missed is 'Targets of the year missed (未达标)';
comment on column rpt_report_index.targets_pending is 'Targets of the year whose actual is not yet known';
comment on column rpt_report_index.is_synthetic is 'True when any figure of the report is generated, not published';
comment on column rpt_report_index.report_path is 'The trend table''s page, relative to the reports folder: <region>/<year>/trend.html';
