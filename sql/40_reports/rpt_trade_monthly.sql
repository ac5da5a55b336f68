-- rpt_trade_monthly: a region's 外贸进出口情况 from January to each month (1-N月), as a city's
-- 外贸月报 prints it: the region's trade, then by trade mode, by enterprise type, by market group
-- and by product group, in 亿美元, with growth on the same months a year before, share of the region's trade
-- and 拉动.
-- grain: one row per region_code, year, month, breakdown, item (the region's total, a trade
-- mode or enterprise type group, a market group or a product group), for every month whose
-- 1-N月 figure the customs detail gives.
-- Figures are fct_trade_monthly's and fct_trade_monthly_breakdown's; this view only pivots the
-- flows into columns and shows 亿美元.
-- materialized: table
create or replace view rpt_trade_monthly as

with region_flows as (
    select
        region_code, year, month, 'total' as breakdown, 'total' as item_code,
        '进出口总值' as item_name_zh, 'Total trade' as item_name_en,
        cast(null as integer) as members, flow, ytd_value_usd, ytd_yoy_pct,
        cast(null as varchar) as ytd_presence_note, 100.0 as ytd_share_pct,
        -- a total's 拉动 on itself is its growth again: bulletins leave the cell blank
        cast(null as double) as ytd_pull_pp,
    from fct_trade_monthly
),

breakdown_flows as (
    select
        region_code, year, month, breakdown, item_code, item_name_zh, item_name_en,
        members, flow, ytd_value_usd, ytd_yoy_pct, ytd_presence_note, ytd_share_pct, ytd_pull_pp,
    from fct_trade_monthly_breakdown
),

items as (
    select * from region_flows
    union all by name
    select * from breakdown_flows
),

pivoted as (
    select
        region_code, year, month, breakdown, item_code, item_name_zh, item_name_en,
        max(members) as members,
        max(ytd_value_usd) filter (where flow = 'total') / 1e8 as trade_100m_usd,
        max(ytd_yoy_pct) filter (where flow = 'total') as trade_yoy_pct,
        max(ytd_presence_note) filter (where flow = 'total') as trade_presence_note,
        max(ytd_value_usd) filter (where flow = 'export') / 1e8 as exports_100m_usd,
        max(ytd_yoy_pct) filter (where flow = 'export') as exports_yoy_pct,
        max(ytd_presence_note) filter (where flow = 'export') as exports_presence_note,
        max(ytd_value_usd) filter (where flow = 'import') / 1e8 as imports_100m_usd,
        max(ytd_yoy_pct) filter (where flow = 'import') as imports_yoy_pct,
        max(ytd_presence_note) filter (where flow = 'import') as imports_presence_note,
        max(ytd_share_pct) filter (where flow = 'total') as share_pct,
        max(ytd_pull_pp) filter (where flow = 'total') as pull_pp,
    from items
    group by all
    having count(ytd_value_usd) > 0
),

latest_months as (
    select region_code, year, max(month) as month
    from pivoted
    where breakdown = 'total'
    group by all
),

detail_vintage as (
    select region_code, year, max(vintage) as vintage
    from stg_trade_monthly
    group by all
),

final as (
    select
        pivoted.region_code,
        pivoted.year,
        pivoted.month,
        latest_months.month is not null as is_latest_month,
        pivoted.breakdown,
        pivoted.item_code,
        pivoted.item_name_zh,
        pivoted.item_name_en,
        row_number() over (
            partition by pivoted.region_code, pivoted.year, pivoted.month
            order by list_position(['total', 'trade_mode', 'enterprise_type', 'market_group', 'product_group'], pivoted.breakdown),
                -- the residuals close a division, as bulletins print them: 其他贸易, 其他企业, then 未注明
                list_position(['other', 'not_given'], pivoted.item_code) nulls first,
                pivoted.trade_100m_usd desc nulls last, pivoted.item_code
        ) as display_order,
        pivoted.members,
        '亿美元' as unit,
        pivoted.trade_100m_usd,
        pivoted.trade_yoy_pct,
        growth_note_zh(pivoted.trade_presence_note) as trade_note_zh,
        growth_note_en(pivoted.trade_presence_note) as trade_note_en,
        pivoted.exports_100m_usd,
        pivoted.exports_yoy_pct,
        growth_note_zh(pivoted.exports_presence_note) as exports_note_zh,
        growth_note_en(pivoted.exports_presence_note) as exports_note_en,
        pivoted.imports_100m_usd,
        pivoted.imports_yoy_pct,
        growth_note_zh(pivoted.imports_presence_note) as imports_note_zh,
        growth_note_en(pivoted.imports_presence_note) as imports_note_en,
        pivoted.share_pct,
        pivoted.pull_pp,
        uncoded_limit_pct() as uncoded_limit_pct,
        detail_vintage.vintage,
    from pivoted
    left join latest_months
        on latest_months.region_code = pivoted.region_code
        and latest_months.year = pivoted.year
        and latest_months.month = pivoted.month
    left join detail_vintage
        on detail_vintage.region_code = pivoted.region_code
        and detail_vintage.year = pivoted.year
)

select * from final;

comment on view rpt_trade_monthly is 'A region''s 外贸进出口情况 from January to each month (1-N月): its trade, then by trade mode, enterprise type, market group and product group, in 亿美元 with growth on the same months a year before, share and 拉动. One row per region, year, month, breakdown and item.';
comment on column rpt_trade_monthly.region_code is 'Administrative code';
comment on column rpt_trade_monthly.year is 'Calendar year';
comment on column rpt_trade_monthly.month is 'The figures run from January to this month (1-N月)';
comment on column rpt_trade_monthly.is_latest_month is 'True for the latest month of the year with a 1-N月 figure: the one reports print';
comment on column rpt_trade_monthly.breakdown is 'total (the region''s own trade), trade_mode, enterprise_type, market_group or product_group';
comment on column rpt_trade_monthly.item_code is 'total, a group of customs codes (dim_trade_code.category_code, not_given for detail without the code), or a market or product group (dim_trade_group)';
comment on column rpt_trade_monthly.item_name_zh is 'The line''s Chinese label: 进出口总值, 加工贸易, 民营企业, 欧盟…';
comment on column rpt_trade_monthly.item_name_en is 'The line''s English label';
comment on column rpt_trade_monthly.display_order is 'Order of the lines: the total, then trade modes, enterprise types, market groups and product groups, each by trade, largest first, the residuals 其他 and then 未注明 last';
comment on column rpt_trade_monthly.members is 'Members of a market group in the month; null for other lines';
comment on column rpt_trade_monthly.unit is 'Unit of the amounts: 亿美元';
comment on column rpt_trade_monthly.trade_100m_usd is 'Exports plus imports, January to the month, 亿美元';
comment on column rpt_trade_monthly.trade_yoy_pct is 'Growth of trade on the same months a year before (a group: over the same members), percent';
comment on column rpt_trade_monthly.trade_note_zh is '新增 where the line had no trade in those months a year before, 由有到无 where it has none now; null otherwise';
comment on column rpt_trade_monthly.trade_note_en is 'new or ceased, as trade_note_zh';
comment on column rpt_trade_monthly.exports_100m_usd is 'Exports, January to the month, 亿美元';
comment on column rpt_trade_monthly.exports_yoy_pct is 'Growth of exports on the same months a year before, percent';
comment on column rpt_trade_monthly.exports_note_zh is '新增 where the line had no exports in those months a year before, 由有到无 where it has none now; null otherwise';
comment on column rpt_trade_monthly.exports_note_en is 'new or ceased, as exports_note_zh';
comment on column rpt_trade_monthly.imports_100m_usd is 'Imports, January to the month, 亿美元';
comment on column rpt_trade_monthly.imports_yoy_pct is 'Growth of imports on the same months a year before, percent';
comment on column rpt_trade_monthly.imports_note_zh is '新增 where the line had no imports in those months a year before, 由有到无 where it has none now; null otherwise';
comment on column rpt_trade_monthly.imports_note_en is 'new or ceased, as imports_note_zh';
comment on column rpt_trade_monthly.share_pct is 'Share of the region''s trade, percent (100 for the total)';
comment on column rpt_trade_monthly.pull_pp is '拉动: points of the region''s trade growth the line gave; null for the total';
comment on column rpt_trade_monthly.uncoded_limit_pct is 'The percent of a trade mode or enterprise type division that may be 未注明 for it to have growth (uncoded_limit_pct)';
comment on column rpt_trade_monthly.vintage is 'Latest vintage of the customs detail of the region and year (UTC)';
