-- stg_observation_history: every version of every published figure ever loaded.
-- grain: one row per source row per vintage (a figure appears once per version of its file).
-- A later release of a figure replaces the earlier in stg_observation; the earlier stays here
-- with its release and precedence, so a revision (初步核算 → 最终核实) can always be traced;
-- is_current marks the versions of the files as they are now, and lake_state says from when to
-- when each version was current (observation_as_of reads it).
create or replace view stg_observation_history as

with all_vintages as (
    select * from lake_observation_history
),

current_versions as (
    select distinct source_file, vintage from lake_observation
),

final as (
    select
        all_vintages.region_code,
        all_vintages.indicator_code,
        all_vintages.year,
        all_vintages.month,
        all_vintages.value,
        all_vintages.base_unit,
        all_vintages.declared_unit,
        all_vintages.reported_yoy_pct,
        all_vintages.reported_yoy_decimals,
        all_vintages.qualifier,
        cast(all_vintages.released as date) as released,
        all_vintages.release_status,
        coalesce(all_vintages.precedence, 0) as precedence,
        all_vintages.source,
        all_vintages.source_file,
        all_vintages.source_line,
        all_vintages.vintage,
        current_versions.source_file is not null as is_current,
    from all_vintages
    left join current_versions
        on all_vintages.source_file = current_versions.source_file
        and all_vintages.vintage = current_versions.vintage
)

select * from final;

comment on view stg_observation_history is 'Every vintage of every published figure: one row per source row per loaded version of its file.';
comment on column stg_observation_history.region_code is 'Administrative code or ISO alpha-3';
comment on column stg_observation_history.indicator_code is 'Indicator code';
comment on column stg_observation_history.year is 'Calendar year';
comment on column stg_observation_history.month is 'Month N of a cumulative 1-N月 figure; null for a yearly figure';
comment on column stg_observation_history.value is 'Value in base units (USD, CNY or the count unit); null where the source has no figure';
comment on column stg_observation_history.base_unit is 'USD, CNY or the count unit';
comment on column stg_observation_history.declared_unit is 'Unit as the source row declared it';
comment on column stg_observation_history.reported_yoy_pct is 'Year-on-year growth as published, percent';
comment on column stg_observation_history.reported_yoy_decimals is 'Decimal places the published rate was given with';
comment on column stg_observation_history.qualifier is 'Qualifier published with the figure (170余); null for an exact figure';
comment on column stg_observation_history.released is 'The day the figure was released; null when the source does not say';
comment on column stg_observation_history.release_status is '快报, 初步核算, 初步核实, 最终核实, 年报 or 修订';
comment on column stg_observation_history.precedence is 'Precedence of the source file (0 without a mapping)';
comment on column stg_observation_history.source is 'Publication the figure is cited from';
comment on column stg_observation_history.source_file is 'Source file, relative to the data folder';
comment on column stg_observation_history.source_line is 'Line of the row in the source file';
comment on column stg_observation_history.vintage is 'When this version of the source file was loaded (UTC)';
comment on column stg_observation_history.is_current is 'True for rows of the version of their file that is loaded now';
