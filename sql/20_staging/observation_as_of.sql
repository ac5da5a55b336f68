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
-- Two versions agree when neither contradicts the other where both speak: their values lie
-- within each other's rounding (12.3 and 12.35 may be the same figure) and their rates within
-- the rounding of the coarser one; a version giving a value and one giving only a rate agree.
-- Agreeing versions are one figure: the value of the most precise version that gives one, the
-- rate of the version giving it to the most places.
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
            order by release_rank(release_status) desc, released desc nulls last, coalesce(precedence, 0) desc
        ) as release_place,
    from versions
),

first_place as (
    select * from placed
    where release_place = 1
),

contradictions as (
    select distinct one.region_code, one.indicator_code, one.year, one.month
    from first_place as one
    inner join first_place as other
        on one.region_code = other.region_code
        and one.indicator_code = other.indicator_code
        and one.year = other.year
        and one.month is not distinct from other.month
        and (one.source_file, one.source_line) < (other.source_file, other.source_line)
    where abs(one.value - other.value) > coalesce(one.value_rounding, 0) + coalesce(other.value_rounding, 0) + 1e-9
        or abs(one.reported_yoy_pct - other.reported_yoy_pct)
            > rounding_tolerance(least(coalesce(one.reported_yoy_decimals, 1), coalesce(other.reported_yoy_decimals, 1))) + 1e-9
),

agreement as (
    select
        first_place.region_code,
        first_place.indicator_code,
        first_place.year,
        first_place.month,
        bool_or(contradictions.region_code is not null) as is_withheld,
        string_agg(first_place.source_file || ':' || first_place.source_line, ', '
                   order by first_place.source_file, first_place.source_line) as conflict_lines,
    from first_place
    left join contradictions
        on contradictions.region_code = first_place.region_code
        and contradictions.indicator_code = first_place.indicator_code
        and contradictions.year = first_place.year
        and contradictions.month is not distinct from first_place.month
    group by all
),

cited as (
    -- the value of the most precise version that gives one
    select *
    from first_place
    qualify row_number() over (
        partition by region_code, indicator_code, year, month
        order by value is null, value_rounding nulls last, source_file, source_line
    ) = 1
),

rated as (
    -- the rate of the version that gives it to the most places
    select region_code, indicator_code, year, month, reported_yoy_pct, reported_yoy_decimals
    from first_place
    where reported_yoy_pct is not null
    qualify row_number() over (
        partition by region_code, indicator_code, year, month
        order by reported_yoy_decimals desc nulls last, source_file, source_line
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
        case when not agreement.is_withheld then rated.reported_yoy_pct end as reported_yoy_pct,
        case when not agreement.is_withheld then rated.reported_yoy_decimals end as reported_yoy_decimals,
        case when not agreement.is_withheld then cited.value_rounding end as value_rounding,
        agreement.is_withheld,
        case when agreement.is_withheld then agreement.conflict_lines end as conflict_lines,
        case when not agreement.is_withheld then cast(cited.released as date) end as released,
        case when not agreement.is_withheld then cited.release_status end as release_status,
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
    left join rated
        on cited.region_code = rated.region_code
        and cited.indicator_code = rated.indicator_code
        and cited.year = rated.year
        and cited.month is not distinct from rated.month
)

select * from final;

comment on macro table observation_as_of is 'The published figures as they stood at a time (UTC), or now for null: the versions of the lake''s state then, the latest release of each figure standing, conflicts withheld. One row per region, indicator, year and month.';
