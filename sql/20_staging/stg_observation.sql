-- stg_observation: the figures as they stand now: observation_as_of(null).
-- grain: one row per region_code, indicator_code, year, month (month null for a yearly figure).
-- Of the versions of a figure the latest release stands (round: 快报 → 初步核算 → 初步核实 →
-- 最终核实 → 修订, then release date), then the file of higher precedence (chk_overridden_figure
-- reports the other); versions sharing the first place that contradict each other beyond their
-- rounding withhold the figure (value null, is_withheld, conflict_lines; chk_unique_observation
-- reports it as an error).
-- Load order (vintage) only traces: the same folder gives the same figures however it arrived.
-- materialized: table
create or replace view stg_observation as

with settled as (
    select * from observation_as_of(null)
),

final as (
    select
        region_code,
        indicator_code,
        year,
        month,
        case when month is null then 'year' else 'ytd' end as period_type,
        value,
        qualifier,
        base_unit,
        declared_unit,
        reported_yoy_pct,
        reported_yoy_decimals,
        value_rounding,
        is_withheld,
        conflict_lines,
        released,
        release_status,
        source,
        starts_with(lower(source), 'synthetic') as is_synthetic,
        precedence,
        source_file,
        source_line,
        vintage,
    from settled
)

select * from final;

comment on view stg_observation is 'Published figures as they stand now: the latest release of each, conflicts withheld. One row per region, indicator, year and month.';
comment on column stg_observation.region_code is 'Administrative code or ISO alpha-3';
comment on column stg_observation.indicator_code is 'Indicator code';
comment on column stg_observation.year is 'Calendar year';
comment on column stg_observation.month is 'Month N: a flow''s cumulative 1-N月 figure, a stock''s level at the end of month N (1-2月 is published as month 2); null for a yearly figure';
comment on column stg_observation.period_type is 'year for a yearly figure, ytd for a cumulative 1-N月 figure';
comment on column stg_observation.value is 'Value in base units (USD, CNY or the count unit); null where the source has no figure or the figure is withheld';
comment on column stg_observation.qualifier is 'Qualifier published with the figure (余, 多, 约, 近, 以上, 以下, 左右): 170余 is "more than 170"; null for an exact figure';
comment on column stg_observation.base_unit is 'USD, CNY or the count unit';
comment on column stg_observation.declared_unit is 'Unit as the source row declared it';
comment on column stg_observation.reported_yoy_pct is 'Year-on-year growth as published, percent';
comment on column stg_observation.reported_yoy_decimals is 'Decimal places the published rate was given with';
comment on column stg_observation.value_rounding is 'Half a unit of the value''s last written decimal, base units: 2.35 亿美元 stands for 2.345 to 2.355';
comment on column stg_observation.is_withheld is 'True when versions of the same release and precedence disagree: the figure is withheld (待核实)';
comment on column stg_observation.conflict_lines is 'For a withheld figure, every file and line of the disagreeing versions';
comment on column stg_observation.released is 'The day the figure was released; null when the source does not say';
comment on column stg_observation.release_status is '快报, 初步核算, 初步核实, 最终核实, 年报 or 修订; null when the source does not say';
comment on column stg_observation.source is 'Publication the figure is cited from';
comment on column stg_observation.is_synthetic is 'True when the source says the figure is synthetic (generated, not published)';
comment on column stg_observation.precedence is 'Precedence of the source file (0 without a mapping): the higher wins a figure of the same release';
comment on column stg_observation.source_file is 'Source file, relative to the data folder';
comment on column stg_observation.source_line is 'Line of the row in the source file';
comment on column stg_observation.vintage is 'When this version of the source file was loaded (UTC): traces, never decides';
