-- stg_observation: the figures as they stand now: the latest vintage of each figure.
-- grain: one row per region_code, indicator_code, year, month (month null for a yearly figure).
-- Where two current files carry the same figure, the newer vintage wins; within one vintage
-- the file of higher precedence (from its mapping; chk_overridden_figure reports the other),
-- then the first file and line (chk_unique_observation reports such ties as errors).
-- materialized: table
create or replace view stg_observation as

with current_rows as (
    select * from lake_observation
),

latest as (
    select *
    from current_rows
    qualify row_number() over (
        partition by region_code, indicator_code, year, month
        order by vintage desc, coalesce(precedence, 0) desc, source_file, source_line
    ) = 1
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
        source,
        starts_with(lower(source), 'synthetic') as is_synthetic,
        coalesce(precedence, 0) as precedence,
        source_file,
        source_line,
        vintage,
    from latest
)

select * from final;

comment on view stg_observation is 'Published figures as they stand now (latest vintage). One row per region, indicator, year and month.';
comment on column stg_observation.region_code is 'Administrative code or ISO alpha-3';
comment on column stg_observation.indicator_code is 'Indicator code';
comment on column stg_observation.year is 'Calendar year';
comment on column stg_observation.month is 'Month N: a flow''s cumulative 1-N月 figure, a stock''s level at the end of month N (1-2月 is published as month 2); null for a yearly figure';
comment on column stg_observation.period_type is 'year for a yearly figure, ytd for a cumulative 1-N月 figure';
comment on column stg_observation.value is 'Value in base units (USD, CNY or the count unit); null where the source has no figure';
comment on column stg_observation.qualifier is 'Qualifier published with the figure (余, 多, 约, 近, 以上, 以下, 左右): 170余 is "more than 170"; null for an exact figure';
comment on column stg_observation.base_unit is 'USD, CNY or the count unit';
comment on column stg_observation.declared_unit is 'Unit as the source row declared it';
comment on column stg_observation.reported_yoy_pct is 'Year-on-year growth as published, percent';
comment on column stg_observation.reported_yoy_decimals is 'Decimal places the published rate was given with';
comment on column stg_observation.source is 'Publication the figure is cited from';
comment on column stg_observation.is_synthetic is 'True when the source says the figure is synthetic (generated, not published)';
comment on column stg_observation.precedence is 'Precedence of the source file (0 without a mapping): the higher wins a figure both files carry';
comment on column stg_observation.source_file is 'Source file, relative to the data folder';
comment on column stg_observation.source_line is 'Line of the row in the source file';
comment on column stg_observation.vintage is 'When this version of the source file was loaded (UTC)';
