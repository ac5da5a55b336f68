-- observation_as_of(ts): a table macro: the figures as they stood at time ts (UTC).
-- grain: one row per region_code, indicator_code, year, month, as stg_observation.
-- Of every vintage loaded at or before ts, the latest of each figure wins, as in
-- stg_observation; a figure first loaded after ts is absent.
-- Example: select * from observation_as_of(timestamp '2026-11-26 08:00:00')
create or replace macro observation_as_of(ts) as table

with loaded_by_then as (
    select * from stg_observation_history
    where vintage <= ts
),

latest as (
    select *
    from loaded_by_then
    qualify row_number() over (
        partition by region_code, indicator_code, year, month
        order by vintage desc, source_file, source_line
    ) = 1
),

final as (
    select
        region_code,
        indicator_code,
        year,
        month,
        value,
        base_unit,
        declared_unit,
        reported_yoy_pct,
        source,
        source_file,
        source_line,
        vintage,
    from latest
)

select * from final;

comment on macro table observation_as_of is 'The published figures as they stood at a time (UTC): of every vintage loaded by then, the latest of each figure. One row per region, indicator, year and month.';
