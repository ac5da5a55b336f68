-- observation_as_of(ts): a table macro: the figures as they stood at time ts (UTC), or with ts
-- null as they stand now. The one rule that settles a figure: stg_observation is
-- observation_as_of(null).
-- grain: one row per region_code, indicator_code, year, month.
-- Which versions count: at ts, the versions of the lake's state current at ts (lake_state: each
-- build records the file versions it published, so a file replaced, deleted or reverted since
-- leaves or returns at the build that saw it); now, the lake's current files.
-- Of the versions of a figure, the latest release stands, then the higher precedence (the rule
-- of sql/05_rules/releases.sql); the versions sharing the first place must agree, or the
-- figure is withheld: value and rate null, is_withheld true, conflict_lines naming every line.
-- Example: select * from observation_as_of(timestamp '2026-11-26 08:00:00')
create or replace macro observation_as_of(ts) as table

with state_at as (
    select source_file, vintage
    from lake_state
    where state_time = (select max(state_time) from lake_state where state_time <= ts)
),

counted_versions as (
    select distinct source_file, vintage from lake_observation where ts is null
    union all
    select source_file, vintage from state_at where ts is not null
),

versions as (
    select history.*
    from lake_observation_history as history
    semi join counted_versions
        on history.source_file = counted_versions.source_file
        and history.vintage = counted_versions.vintage
),

placed as (
    select
        *,
        rank() over (
            partition by region_code, indicator_code, year, month
            order by released desc nulls last, release_rank(release_status) desc, coalesce(precedence, 0) desc
        ) as release_place,
    from versions
),

first_place as (
    select * from placed
    where release_place = 1
),

agreement as (
    select
        region_code,
        indicator_code,
        year,
        month,
        count(distinct {'value': value, 'rate': reported_yoy_pct}) > 1 as is_withheld,
        string_agg(source_file || ':' || source_line, ', ' order by source_file, source_line) as conflict_lines,
    from first_place
    group by all
),

cited as (
    select *
    from first_place
    qualify row_number() over (
        partition by region_code, indicator_code, year, month
        order by source_file, source_line
    ) = 1
),

final as (
    select
        cited.region_code,
        cited.indicator_code,
        cited.year,
        cited.month,
        case when not agreement.is_withheld then cited.value end as value,
        cited.qualifier,
        cited.base_unit,
        cited.declared_unit,
        case when not agreement.is_withheld then cited.reported_yoy_pct end as reported_yoy_pct,
        case when not agreement.is_withheld then cited.reported_yoy_decimals end as reported_yoy_decimals,
        case when not agreement.is_withheld then cited.value_rounding end as value_rounding,
        agreement.is_withheld,
        case when agreement.is_withheld then agreement.conflict_lines end as conflict_lines,
        cast(cited.released as date) as released,
        cited.release_status,
        cited.source,
        coalesce(cited.precedence, 0) as precedence,
        cited.source_file,
        cited.source_line,
        cited.vintage,
    from cited
    inner join agreement
        on cited.region_code = agreement.region_code
        and cited.indicator_code = agreement.indicator_code
        and cited.year = agreement.year
        and cited.month is not distinct from agreement.month
)

select * from final;

comment on macro table observation_as_of is 'The published figures as they stood at a time (UTC), or now for null: the versions of the lake''s state then, the latest release of each figure standing, conflicts withheld. One row per region, indicator, year and month.';
