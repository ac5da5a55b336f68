-- fct_trade_breakdown: each region's trade broken down by partner economy and by HS chapter,
-- from the trade marts: the one place the breakdowns' share, rank and growth are computed.
-- grain: one row per region_code, breakdown (partner | hs_chapter), code, year, for every code
-- with trade this year or in the same months of the year before.
-- Same-period comparison: a part year is compared with the same months of the year before,
-- each flow on its own months (exports to June against exports to June, imports to May against
-- imports to May), and only where the year before has every one of those months: otherwise no
-- rate is given. months_covered = the months of the region's customs detail that year;
-- months_from_january says they run without a gap from January (1-N月).
-- Formulas (the rules of sql/05_rules/):
--   trade_usd     = exports_usd + imports_usd
--   share_pct     = share_pct(trade_usd, the region's trade over the whole breakdown that year)
--   rank          = rank by trade_usd within the region, breakdown and year, 1 = largest (ties
--                   share); null for a code with no trade this year
--   prev_trade_usd = the same code's trade in the same months of each flow a year before; null
--                   when the year before lacks one of those months
--   yoy_pct       = growth_pct(trade_usd, prev_trade_usd): -100 for a code that stopped
--   presence_note = presence_note: new (新增) without trade in those months a year before,
--                   ceased (由有到无) without trade this year
-- materialized: table
create or replace view fct_trade_breakdown as

with partner_flows as (
    select region_code, 'partner' as breakdown, partner_iso as code, year, month, flow, value_usd
    from stg_trade_partner
),

chapter_flows as (
    select region_code, 'hs_chapter' as breakdown, hs_chapter as code, year, month, flow, value_usd
    from stg_trade_hs
),

flows as (
    select * from partner_flows
    union all
    select * from chapter_flows
),

flow_months as (
    select distinct region_code, year, flow, month from stg_trade_monthly
),

months_covered as (
    select
        region_code,
        year,
        count(distinct month) as months_covered,
        min(month) = 1 and max(month) = count(distinct month) as months_from_january,
    from flow_months
    group by all
),

comparable_years as (
    -- a region-year whose year before has every month of every flow it covers
    select this_year.region_code, this_year.year
    from flow_months as this_year
    left join flow_months as year_before
        on year_before.region_code = this_year.region_code
        and year_before.year = this_year.year - 1
        and year_before.flow = this_year.flow
        and year_before.month = this_year.month
    group by all
    having count(*) = count(year_before.month)
),

this_year as (
    select
        region_code, breakdown, code, year,
        sum(case when flow = 'export' then value_usd else 0 end) as exports_usd,
        sum(case when flow = 'import' then value_usd else 0 end) as imports_usd,
        sum(value_usd) as trade_usd,
    from flows
    group by all
),

same_months_before as (
    -- last year's trade in exactly the months each flow covers this year
    select
        flows.region_code, flows.breakdown, flows.code, flows.year + 1 as year,
        sum(flows.value_usd) as prev_trade_usd,
    from flows
    semi join flow_months as covered
        on covered.region_code = flows.region_code
        and covered.year = flows.year + 1
        and covered.flow = flows.flow
        and covered.month = flows.month
    semi join comparable_years
        on comparable_years.region_code = flows.region_code
        and comparable_years.year = flows.year + 1
    group by all
),

compared as (
    select
        coalesce(this_year.region_code, before.region_code) as region_code,
        coalesce(this_year.breakdown, before.breakdown) as breakdown,
        coalesce(this_year.code, before.code) as code,
        coalesce(this_year.year, before.year) as year,
        coalesce(this_year.exports_usd, 0) as exports_usd,
        coalesce(this_year.imports_usd, 0) as imports_usd,
        coalesce(this_year.trade_usd, 0) as trade_usd,
        -- a comparable year: a code without trade in those months a year before had none
        case when comparable_years.year is not null then coalesce(before.prev_trade_usd, 0) end as prev_trade_usd,
    from this_year
    full join same_months_before as before
        on before.region_code = this_year.region_code
        and before.breakdown = this_year.breakdown
        and before.code = this_year.code
        and before.year = this_year.year
    left join comparable_years
        on comparable_years.region_code = coalesce(this_year.region_code, before.region_code)
        and comparable_years.year = coalesce(this_year.year, before.year)
),

final as (
    select
        compared.region_code,
        compared.breakdown,
        compared.code,
        compared.year,
        months_covered.months_covered,
        months_covered.months_from_january,
        compared.exports_usd,
        compared.imports_usd,
        compared.trade_usd,
        share_pct(compared.trade_usd, sum(compared.trade_usd) over by_region_year) as share_pct,
        case when compared.trade_usd > 0 then
            rank() over (
                partition by compared.region_code, compared.breakdown, compared.year, compared.trade_usd > 0
                order by compared.trade_usd desc
            )
        end as rank,
        compared.prev_trade_usd,
        growth_pct(compared.trade_usd, compared.prev_trade_usd) as yoy_pct,
        case when compared.prev_trade_usd is not null
            then presence_note(compared.trade_usd, compared.prev_trade_usd) end as presence_note,
    from compared
    inner join months_covered
        on months_covered.region_code = compared.region_code
        and months_covered.year = compared.year
    window by_region_year as (partition by compared.region_code, compared.breakdown, compared.year)
)

select * from final;

comment on view fct_trade_breakdown is 'Each region''s trade by partner economy and by HS chapter: exports, imports, share, rank and growth on the same months of the year before, from the trade marts. One row per region, breakdown, code and year.';
comment on column fct_trade_breakdown.region_code is 'Administrative code';
comment on column fct_trade_breakdown.breakdown is 'partner (code is an ISO alpha-3 economy) or hs_chapter (code is an HS chapter)';
comment on column fct_trade_breakdown.code is 'The partner''s ISO alpha-3 code or the HS chapter';
comment on column fct_trade_breakdown.year is 'Calendar year';
comment on column fct_trade_breakdown.months_covered is 'Months of customs detail the region has that year: 12 for a full year, 6 for January-June';
comment on column fct_trade_breakdown.months_from_january is 'True when those months run from January without a gap (1-N月)';
comment on column fct_trade_breakdown.exports_usd is 'Exports, US dollars';
comment on column fct_trade_breakdown.imports_usd is 'Imports, US dollars';
comment on column fct_trade_breakdown.trade_usd is 'Exports plus imports, US dollars';
comment on column fct_trade_breakdown.share_pct is 'Share of the region''s trade over the whole breakdown that year, percent';
comment on column fct_trade_breakdown.rank is 'Rank by trade within the region, breakdown and year, 1 = largest; null without trade this year';
comment on column fct_trade_breakdown.prev_trade_usd is 'Trade in the same months of each flow a year before, US dollars; null when the year before lacks one of those months';
comment on column fct_trade_breakdown.yoy_pct is 'Growth on the same months of the year before, percent; -100 for a code that stopped; null without trade then, or when the year before is not complete for those months';
comment on column fct_trade_breakdown.presence_note is 'new (新增: no trade in those months a year before) or ceased (由有到无: none this year); null otherwise';
