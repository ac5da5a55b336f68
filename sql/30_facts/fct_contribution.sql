-- fct_contribution: how much each part of a total gave to the total's growth.
-- grain: one row per region_code, indicator_code (the total), part_region_code,
-- part_indicator_code, year where the part and the total both have this year's and last year's
-- levels.
-- Totals and their parts:
--   component  trade_total of a region = its trade_export + trade_import: the total is the sum
--              of the two parts, so their 贡献率 add up to 100% and their 拉动 to its growth
--   city       a province's figure against its prefecture-level cities' figures, each indicator:
--              the total is the province's own published figure (cities need not add up to it)
-- Formulas (the rules of sql/05_rules/shares.sql), on levels in the display unit:
--   part_change       = level_change(part value, part last year)
--   total_change      = level_change(total value, total last year)
--   contribution_pct  = contribution_pct(part_change, total_change): 贡献率, the part's share of
--                       the total's change; null when the total did not change
--   pull_pp           = pull_pp(part_change, total last year): 拉动, points of the total's growth
--                       that came from the part; the parts' pull adds up to the total's growth
--                       where the parts add up to the total
-- Real-basis indicators (GDP) are left out: their growth is real, their levels nominal, so a
-- contribution from levels would not add up to the published growth.
-- materialized: table
create or replace view fct_contribution as

with growth as (
    select * from fct_growth
    where growth_basis = 'nominal'
        and value is not null
        and prev_value is not null
),

regions as (
    select * from dim_region
),

trade_parts as (
    select *
    from growth
    where indicator_code in ('trade_export', 'trade_import')
    qualify count(*) over (partition by region_code, year) = 2
),

trade_components as (
    select
        part.region_code,
        'trade_total' as indicator_code,
        part.region_code as part_region_code,
        part.indicator_code as part_indicator_code,
        'component' as part_kind,
        part.year,
        part.value as part_value,
        part.prev_value as part_prev_value,
        sum(part.value) over both_parts as total_value,
        sum(part.prev_value) over both_parts as total_prev_value,
        growth_pct(sum(part.value) over both_parts, sum(part.prev_value) over both_parts) as total_yoy_pct,
        part.unit,
    from trade_parts as part
    window both_parts as (partition by part.region_code, part.year)
),

province_cities as (
    select
        total.region_code,
        total.indicator_code,
        part.region_code as part_region_code,
        part.indicator_code as part_indicator_code,
        'city' as part_kind,
        total.year,
        part.value as part_value,
        part.prev_value as part_prev_value,
        total.value as total_value,
        total.prev_value as total_prev_value,
        total.yoy_pct as total_yoy_pct,
        total.unit,
    from growth as total
    inner join regions as cities
        on cities.parent_code = total.region_code
        and cities.level = 'prefecture'
    inner join growth as part
        on part.region_code = cities.region_code
        and part.indicator_code = total.indicator_code
        and part.year = total.year
),

parts as (
    select * from trade_components
    union all
    select * from province_cities
),

final as (
    select
        region_code,
        indicator_code,
        part_region_code,
        part_indicator_code,
        part_kind,
        year,
        unit,
        part_value,
        part_prev_value,
        level_change(part_value, part_prev_value) as part_change,
        total_value,
        total_prev_value,
        level_change(total_value, total_prev_value) as total_change,
        total_yoy_pct,
        contribution_pct(level_change(part_value, part_prev_value), level_change(total_value, total_prev_value))
            as contribution_pct,
        pull_pp(level_change(part_value, part_prev_value), total_prev_value) as pull_pp,
    from parts
)

select * from final;

comment on view fct_contribution is 'Each part''s contribution to a total''s growth: exports and imports to total trade, cities to their province. 贡献率 and 拉动 from levels. One row per total, part and year.';
comment on column fct_contribution.region_code is 'Region of the total';
comment on column fct_contribution.indicator_code is 'Indicator of the total';
comment on column fct_contribution.part_region_code is 'Region of the part: the same region for a component, a city for a province''s total';
comment on column fct_contribution.part_indicator_code is 'Indicator of the part: trade_export or trade_import for total trade, else the total''s';
comment on column fct_contribution.part_kind is 'component (exports and imports of total trade) or city (a city of the province)';
comment on column fct_contribution.year is 'Calendar year';
comment on column fct_contribution.unit is 'Display unit of the levels';
comment on column fct_contribution.part_value is 'The part''s level this year';
comment on column fct_contribution.part_prev_value is 'The part''s level last year';
comment on column fct_contribution.part_change is 'The part''s change on last year (增量), display unit';
comment on column fct_contribution.total_value is 'The total''s level this year: exports + imports for total trade, the province''s own published figure for a province';
comment on column fct_contribution.total_prev_value is 'The total''s level last year';
comment on column fct_contribution.total_change is 'The total''s change on last year, display unit';
comment on column fct_contribution.total_yoy_pct is 'The total''s growth, percent: from exports + imports for total trade, the province''s (published preferred) for a province';
comment on column fct_contribution.contribution_pct is '贡献率: part_change / total_change * 100, percent; null when the total did not change';
comment on column fct_contribution.pull_pp is '拉动: part_change / total_prev_value * 100, percentage points of the total''s growth';
