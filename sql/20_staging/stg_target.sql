-- stg_target: targets as they stand now (latest vintage of each).
-- grain: one row per region_code, indicator_code, year, kind, plan_start.
-- kind growth_pct: value in percent; kind level: value in base units.
-- A yearly target has no plan_start. A multi-year plan target (e.g. 十二五, 2011-2015) has
-- plan_start = the plan's first year and year = its final year: a level to reach in the
-- final year, or (growth_pct) an average yearly growth over plan_start..year.
-- The wording says the direction: 以内, 以下, 不高于, 不超过, 低于, 控制在 (an energy or unemployment cap) make an
-- at_most target, anything else at_least; 左右 makes it approximate, met within tolerance_pp
-- points (default 0.5, or the file's own), which attainment calls 基本达标 (nearly met).
-- materialized: table
create or replace view stg_target as

with current_rows as (
    select * from lake_target
),

latest as (
    select *
    from current_rows
    qualify row_number() over (
        partition by region_code, indicator_code, year, kind, plan_start
        order by vintage desc, source_file, source_line
    ) = 1
),

final as (
    select
        region_code,
        indicator_code,
        year,
        kind,
        value,
        base_unit,
        declared_unit,
        binding,
        qualifier,
        case when qualifier in ('以内', '以下', '不高于', '不超过', '低于', '控制在') then 'at_most' else 'at_least' end as direction,
        coalesce(qualifier = '左右', false) as is_approximate,
        case when qualifier = '左右' then coalesce(tolerance_pp, 0.5) end as tolerance_pp,
        plan_start,
        case when plan_start is null then 'year' else 'plan' end as target_scope,
        source_doc,
        source_file,
        source_line,
        vintage,
    from latest
)

select * from final;

comment on view stg_target is 'Targets set for a year or a multi-year plan, latest vintage. One row per region, indicator, year, kind and plan_start.';
comment on column stg_target.region_code is 'Administrative code';
comment on column stg_target.indicator_code is 'Indicator code';
comment on column stg_target.year is 'Year the target is set for; for a plan target, the plan''s final year';
comment on column stg_target.kind is 'growth_pct (value in percent) or level (value in base units)';
comment on column stg_target.value is 'Target: percent growth, or a level in base units';
comment on column stg_target.base_unit is '% for a growth target, else USD, CNY or the count unit';
comment on column stg_target.declared_unit is 'Unit as the source row declared it';
comment on column stg_target.binding is 'expected (预期性, a goal) or binding (约束性, an obligation)';
comment on column stg_target.qualifier is 'The target''s wording as set: 以上, 不低于 (at least), 以内, 以下, 不高于, 不超过, 低于, 控制在 (at most) or 左右; null for a plain target';
comment on column stg_target.direction is 'at_least (the actual should reach the target) or at_most (控制在…以内: stay at or below it)';
comment on column stg_target.is_approximate is 'True for a target set as …左右 (approximately)';
comment on column stg_target.tolerance_pp is 'Points an approximate target may be missed by and count as nearly met (基本达标): the file''s tolerance_pp, default 0.5; null for an exact target';
comment on column stg_target.plan_start is 'First year of a multi-year plan; null for a yearly target';
comment on column stg_target.target_scope is 'year (a yearly target) or plan (a multi-year plan target, judged in its final year)';
comment on column stg_target.source_doc is 'Document that sets the target';
comment on column stg_target.source_file is 'Source file, relative to the data folder';
comment on column stg_target.source_line is 'Line of the row in the source file';
comment on column stg_target.vintage is 'When this version of the source file was loaded (UTC)';
