-- fct_indicator_yearly: one value per region, indicator and year, in the display unit.
-- grain: one row per region_code, indicator_code, year.
-- Where several bases exist, the first that has a level wins (value_basis says which), and a
-- published rate is kept whichever basis gives the level:
--   1. published    a yearly figure as published (month empty)
--   2. december_ytd the December cumulative figure (1-12月累计), which is the year
--   3. trade_detail customs detail summed over the year, only when all 12 months are loaded,
--                   for each flow: exports and imports each need their 12 months, and total
--                   trade needs both (read from the monthly trade mart, never the detail)
--   4. exports_plus_imports total trade as published exports plus published imports of one
--                   publication (the document before the source's colon), for a region that
--                   publishes the two flows but not their total (the World Bank's national
--                   series): exact sums, their rounding added, as final as the less final flow
-- value = stored base-unit value / dim_indicator.unit_factor (e.g. USD / 1e8 = 亿美元).
-- A withheld figure (two values at the same release, 待核实) stays withheld: its value is null
-- and is_withheld says why; no other basis stands in for it.
-- materialized: table
create or replace view fct_indicator_yearly as

with indicators as (
    select * from dim_indicator
),

observations as (
    select * from stg_observation
),

trade_months as (
    select * from stg_trade_monthly
),

published as (
    select
        region_code, indicator_code, year, value as value_base, qualifier,
        reported_yoy_pct, reported_yoy_decimals, value_rounding, is_withheld, conflict_lines, release_status,
        source, is_synthetic, source_file, source_line, vintage,
        'published' as value_basis,
        1 as preference,
    from observations
    where period_type = 'year'
),

december_ytd as (
    select
        region_code, indicator_code, year, value as value_base, qualifier,
        reported_yoy_pct, reported_yoy_decimals, value_rounding, is_withheld, conflict_lines, release_status,
        source, is_synthetic, source_file, source_line, vintage,
        'december_ytd' as value_basis,
        2 as preference,
    from observations
    where month = 12
),

trade_by_flow as (
    select
        region_code,
        case flow when 'export' then 'trade_export' else 'trade_import' end as indicator_code,
        year,
        sum(value_usd) as value_base,
        max(vintage) as vintage,
    from trade_months
    group by all
    having count(distinct month) = 12
),

trade_total as (
    select
        region_code,
        'trade_total' as indicator_code,
        year,
        sum(value_usd) as value_base,
        max(vintage) as vintage,
    from trade_months
    group by all
    having count(distinct case when flow = 'export' then month end) = 12
        and count(distinct case when flow = 'import' then month end) = 12
),

trade_detail as (
    select
        region_code, indicator_code, year, value_base,
        cast(null as varchar) as qualifier,
        cast(null as double) as reported_yoy_pct,
        cast(null as integer) as reported_yoy_decimals,
        cast(null as double) as value_rounding,
        false as is_withheld,
        cast(null as varchar) as conflict_lines,
        cast(null as varchar) as release_status,
        'customs trade detail' as source,
        false as is_synthetic,
        vintage,
        'trade_detail' as value_basis,
        3 as preference,
    from (select * from trade_by_flow union all select * from trade_total)
),

exports as (
    select * from published
    where indicator_code = 'trade_export'
),

imports as (
    select * from published
    where indicator_code = 'trade_import'
),

exports_plus_imports as (
    select
        exports.region_code,
        'trade_total' as indicator_code,
        exports.year,
        exports.value_base + imports.value_base as value_base,
        cast(null as varchar) as qualifier,
        cast(null as double) as reported_yoy_pct,
        cast(null as integer) as reported_yoy_decimals,
        exports.value_rounding + imports.value_rounding as value_rounding,
        false as is_withheld,
        cast(null as varchar) as conflict_lines,
        -- the total is as final as its less final part: 初步 if either flow is
        case when release_rank(exports.release_status) <= release_rank(imports.release_status)
            then exports.release_status else imports.release_status end as release_status,
        -- one publication cited once: "document: exports' passage + imports' passage"
        case
            when exports.source = imports.source then exports.source
            else exports.source || ' + ' || trim(substr(imports.source, position(':' in imports.source) + 1))
        end as source,
        exports.is_synthetic or imports.is_synthetic as is_synthetic,
        -- traced to the exports' line; the imports' is the next figure of the same file
        exports.source_file,
        exports.source_line,
        greatest(exports.vintage, imports.vintage) as vintage,
        'exports_plus_imports' as value_basis,
        4 as preference,
    from exports
    inner join imports
        on exports.region_code = imports.region_code
        and exports.year = imports.year
    -- only flows of one publication add up to its total (one 口径, one round of revision); a
    -- qualified figure (约, 余) has no exact sum
    where exports.value_base is not null and imports.value_base is not null
        and split_part(exports.source, ':', 1) = split_part(imports.source, ':', 1)
        and exports.qualifier is null and imports.qualifier is null
),

candidates as (
    select * from published
    union all by name
    select * from december_ytd
    union all by name
    select * from trade_detail
    union all by name
    select * from exports_plus_imports
),

chosen as (
    -- the first basis that has a level (or withholds one); a yearly row that gives only a rate
    -- lends its rate to the December level instead of hiding it
    select
        * exclude (reported_yoy_pct, reported_yoy_decimals),
        coalesce(reported_yoy_pct, max(case when preference = 1 then reported_yoy_pct end) over by_figure)
            as reported_yoy_pct,
        coalesce(reported_yoy_decimals, max(case when preference = 1 then reported_yoy_decimals end) over by_figure)
            as reported_yoy_decimals,
    from candidates
    window by_figure as (partition by region_code, indicator_code, year)
    qualify row_number() over (
        partition by region_code, indicator_code, year
        order by value_base is null and not is_withheld, preference
    ) = 1
),

final as (
    select
        chosen.region_code,
        chosen.indicator_code,
        chosen.year,
        chosen.value_base / indicators.unit_factor as value,
        chosen.qualifier,
        indicators.unit,
        chosen.value_base,
        indicators.base_unit,
        chosen.reported_yoy_pct,
        chosen.reported_yoy_decimals,
        chosen.value_rounding / indicators.unit_factor as value_rounding,
        chosen.is_withheld,
        chosen.conflict_lines,
        chosen.release_status,
        chosen.value_basis,
        chosen.source,
        chosen.is_synthetic,
        chosen.source_file,
        chosen.source_line,
        chosen.vintage,
    from chosen
    inner join indicators
        on chosen.indicator_code = indicators.indicator_code
)

select * from final;

comment on view fct_indicator_yearly is 'One value per region, indicator and year in the display unit, from published yearly figures, December cumulative figures, customs detail or published exports plus imports (value_basis says which). One row per region, indicator and year.';
comment on column fct_indicator_yearly.region_code is 'Administrative code or ISO alpha-3';
comment on column fct_indicator_yearly.indicator_code is 'Indicator code';
comment on column fct_indicator_yearly.year is 'Calendar year';
comment on column fct_indicator_yearly.value is 'Value in the display unit (unit); null where only a growth rate was published';
comment on column fct_indicator_yearly.qualifier is 'Qualifier published with the figure (170余: more than 170); null for an exact figure';
comment on column fct_indicator_yearly.unit is 'Display unit, e.g. 亿美元';
comment on column fct_indicator_yearly.value_base is 'Value in base units (USD, CNY or the count unit)';
comment on column fct_indicator_yearly.base_unit is 'USD, CNY or the count unit';
comment on column fct_indicator_yearly.reported_yoy_pct is 'Growth on the previous year as published, percent';
comment on column fct_indicator_yearly.reported_yoy_decimals is 'Decimal places the published rate was given with';
comment on column fct_indicator_yearly.value_rounding is 'Half a unit of the value''s last published decimal, display unit; null for customs detail (exact sums)';
comment on column fct_indicator_yearly.is_withheld is 'True when the figure is withheld: versions of the same release disagree (待核实)';
comment on column fct_indicator_yearly.conflict_lines is 'For a withheld figure, the files and lines that disagree';
comment on column fct_indicator_yearly.release_status is 'The round the figure was released in (快报, 初步核算, 初步核实, 最终核实, 年报, 修订); null when not said';
comment on column fct_indicator_yearly.value_basis is 'published (yearly figure), december_ytd (1-12月累计), trade_detail (sum of 12 months of customs detail) or exports_plus_imports (total trade as published exports plus imports)';
comment on column fct_indicator_yearly.source is 'Publication the figure is cited from';
comment on column fct_indicator_yearly.is_synthetic is 'True when the figure is generated, not published';
comment on column fct_indicator_yearly.source_file is 'Source file of the figure, relative to the data folder; null for customs detail (summed over many rows)';
comment on column fct_indicator_yearly.source_line is 'Line of the figure in its source file (for exports plus imports: the exports'' line)';
comment on column fct_indicator_yearly.vintage is 'When the figure''s source was loaded (UTC)';
