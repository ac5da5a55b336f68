-- fct_trade_monthly_breakdown: each region's trade broken down by market group (欧盟, 东盟,
-- RCEP…), by trade mode (一般贸易, 加工贸易, 保税物流…) and by enterprise type (国有, 外商投资,
-- 民营 企业…), by month and from January (1-N月), as a city's 外贸月报 prints it: value, growth
-- on the same period a year before, share of the region's trade and 拉动.
-- grain: one row per region_code, breakdown, item_code, year, month, flow (export | import |
-- total), for every month the region has customs detail of that flow (total: of both flows);
-- a market group only in months it has members.
-- What an item sums: a market group its members of the month (a member counts in a month when
-- it was one on the month's first day, dim_trade_group_member); a trade mode or enterprise type
-- group the customs codes in it (dim_trade_code), and not_given (未注明) the detail that gives no
-- code. Trade modes and enterprise types each divide the region's trade: their items sum to it.
-- Like for like: the same month a year before is summed over the same members or codes. The EU
-- of February 2020 is compared without the United Kingdom in February 2019 too, as customs
-- compares it.
-- Formulas (the rules of sql/05_rules/):
--   value_usd          = the item's trade in the month
--   prev_value_usd     = the same members' or codes' trade in the same month a year before;
--                        null when the region has no detail of that flow for that month
--   yoy_pct            = growth_pct(value_usd, prev_value_usd)
--   share_pct          = share_pct(value_usd, the region's trade of the flow in the month,
--                        fct_trade_monthly)
--   ytd_value_usd      = value_usd summed over January to the month; null unless every one of
--                        those months has detail
--   ytd_prev_value_usd = prev_value_usd summed likewise; null when one of them is null
--   ytd_yoy_pct        = growth_pct(ytd_value_usd, ytd_prev_value_usd)
--   ytd_share_pct      = share_pct(ytd_value_usd, the region's trade of the flow, January to the month)
--   ytd_pull_pp        = pull_pp(ytd_value_usd - ytd_prev_value_usd, the region's trade of the
--                        flow in the same months a year before): the points of the region's
--                        growth the item gave
-- materialized: table
create or replace view fct_trade_monthly_breakdown as

with region_flows as (
    -- the months each region has detail of, by flow
    select region_code, year, month, flow from stg_trade_monthly
),

key_flows as (
    -- what items are summed from: trade by partner, by trade mode code and by enterprise type
    -- code ('' where the detail gives none)
    select region_code, 'partner' as key_kind, partner_iso as key, year, month, flow, value_usd
    from stg_trade_partner
    union all
    select region_code, dimension as key_kind, coalesce(code, '') as key, year, month, flow, value_usd
    from stg_trade_category
),

group_members as (
    select members.group_code, members.member, members.valid_from, members.valid_to
    from dim_trade_group_member as members
    inner join dim_trade_group as groups
        on groups.group_code = members.group_code
    where groups.kind = 'market'
),

category_codes as (
    select dimension, category_code, code from dim_trade_code
    union all
    -- detail without a code of the dimension, so that the items of a dimension sum to the whole
    select dimension, 'not_given' as category_code, '' as code
    from (select unnest(['trade_mode', 'enterprise_type']) as dimension)
),

item_keys as (
    -- each month's keys of each item, for every month a region has detail of
    select region_flows.region_code, region_flows.year, region_flows.month, region_flows.flow,
        'market_group' as breakdown, group_members.group_code as item_code,
        'partner' as key_kind, group_members.member as key,
    from region_flows
    inner join group_members
        on coalesce(group_members.valid_from, date '0001-01-01') <= make_date(region_flows.year, region_flows.month, 1)
        and coalesce(group_members.valid_to, date '9999-12-31') >= make_date(region_flows.year, region_flows.month, 1)
    union all
    select region_flows.region_code, region_flows.year, region_flows.month, region_flows.flow,
        category_codes.dimension as breakdown, category_codes.category_code as item_code,
        category_codes.dimension as key_kind, category_codes.code as key,
    from region_flows
    cross join category_codes
),

key_values as (
    select
        item_keys.region_code, item_keys.breakdown, item_keys.item_code, item_keys.year, item_keys.month,
        item_keys.flow, item_keys.key_kind, item_keys.key,
        coalesce(this_month.value_usd, 0) as value_usd,
        -- the year before counts only where the region has detail of it: no detail is no figure, not zero
        case when month_before.month is not null then coalesce(year_before.value_usd, 0) end as prev_value_usd,
    from item_keys
    left join key_flows as this_month
        on this_month.region_code = item_keys.region_code
        and this_month.key_kind = item_keys.key_kind
        and this_month.key = item_keys.key
        and this_month.year = item_keys.year
        and this_month.month = item_keys.month
        and this_month.flow = item_keys.flow
    left join region_flows as month_before
        on month_before.region_code = item_keys.region_code
        and month_before.year = item_keys.year - 1
        and month_before.month = item_keys.month
        and month_before.flow = item_keys.flow
    left join key_flows as year_before
        on year_before.region_code = item_keys.region_code
        and year_before.key_kind = item_keys.key_kind
        and year_before.key = item_keys.key
        and year_before.year = item_keys.year - 1
        and year_before.month = item_keys.month
        and year_before.flow = item_keys.flow
),

item_flows as (
    select
        region_code, breakdown, item_code, year, month, flow,
        count(*) filter (where key_kind = 'partner') as members,
        sum(value_usd) as value_usd,
        case when count(prev_value_usd) = count(*) then sum(prev_value_usd) end as prev_value_usd,
    from key_values
    group by all
),

item_totals as (
    -- exports and imports together, for a month with detail of both
    select
        region_code, breakdown, item_code, year, month, 'total' as flow,
        max(members) as members,
        sum(value_usd) as value_usd,
        case when count(prev_value_usd) = 2 then sum(prev_value_usd) end as prev_value_usd,
    from item_flows
    group by region_code, breakdown, item_code, year, month
    having count(*) = 2
),

items_by_flow as (
    select * from item_flows
    union all by name
    select * from item_totals
),

items_from_january as (
    select
        *,
        -- a month appears once per item, year and flow: as many rows as the month's number
        -- means every month from January has detail
        case when count(*) over from_january = month then sum(value_usd) over from_january end as ytd_value_usd,
        case when count(prev_value_usd) over from_january = month
            then sum(prev_value_usd) over from_january end as ytd_prev_value_usd,
    from items_by_flow
    window from_january as (partition by region_code, breakdown, item_code, year, flow order by month)
),

item_names as (
    select 'market_group' as breakdown, group_code as item_code, name_zh, name_en from dim_trade_group
    union all
    select distinct dimension, category_code, category_zh, category_en from dim_trade_code
    union all
    select 'trade_mode', 'not_given', '贸易方式未注明', 'Trade mode not given'
    union all
    select 'enterprise_type', 'not_given', '企业性质未注明', 'Enterprise type not given'
),

final as (
    select
        items.region_code,
        items.breakdown,
        items.item_code,
        item_names.name_zh as item_name_zh,
        item_names.name_en as item_name_en,
        items.year,
        items.month,
        items.flow,
        case when items.breakdown = 'market_group' then items.members end as members,
        items.value_usd,
        items.prev_value_usd,
        growth_pct(items.value_usd, items.prev_value_usd) as yoy_pct,
        share_pct(items.value_usd, region.value_usd) as share_pct,
        items.ytd_value_usd,
        items.ytd_prev_value_usd,
        growth_pct(items.ytd_value_usd, items.ytd_prev_value_usd) as ytd_yoy_pct,
        share_pct(items.ytd_value_usd, region.ytd_value_usd) as ytd_share_pct,
        pull_pp(items.ytd_value_usd - items.ytd_prev_value_usd, region.ytd_prev_value_usd) as ytd_pull_pp,
    from items_from_january as items
    inner join fct_trade_monthly as region
        on region.region_code = items.region_code
        and region.year = items.year
        and region.month = items.month
        and region.flow = items.flow
    inner join item_names
        on item_names.breakdown = items.breakdown
        and item_names.item_code = items.item_code
)

select * from final;

comment on view fct_trade_monthly_breakdown is 'Each region''s trade by market group (欧盟, 东盟, RCEP…), by trade mode (一般贸易, 加工贸易…) and by enterprise type (国有, 外商投资, 民营…), by month and from January (1-N月): value, growth on the same period a year before over the same members or codes, share and 拉动. One row per region, breakdown, item, year, month and flow.';
comment on column fct_trade_monthly_breakdown.region_code is 'Administrative code';
comment on column fct_trade_monthly_breakdown.breakdown is 'market_group, trade_mode or enterprise_type; the items of trade_mode and of enterprise_type each sum to the region''s trade';
comment on column fct_trade_monthly_breakdown.item_code is 'A market group (dim_trade_group), a group of customs codes (dim_trade_code.category_code), or not_given (未注明: detail without the code)';
comment on column fct_trade_monthly_breakdown.item_name_zh is 'Chinese name, e.g. 欧盟 or 加工贸易';
comment on column fct_trade_monthly_breakdown.item_name_en is 'English name';
comment on column fct_trade_monthly_breakdown.year is 'Calendar year';
comment on column fct_trade_monthly_breakdown.month is 'Month 1-12: the month''s own figure, and January to it for the ytd_ columns';
comment on column fct_trade_monthly_breakdown.flow is 'export, import, or total (exports plus imports, for a month with detail of both)';
comment on column fct_trade_monthly_breakdown.members is 'Members of a market group in the month (members on its first day); null for other breakdowns';
comment on column fct_trade_monthly_breakdown.value_usd is 'Trade of the item in the month, US dollars';
comment on column fct_trade_monthly_breakdown.prev_value_usd is 'Trade of the same members or codes in the same month a year before, US dollars; null without detail for that month';
comment on column fct_trade_monthly_breakdown.yoy_pct is 'Growth on the same month a year before, like for like, percent';
comment on column fct_trade_monthly_breakdown.share_pct is 'Share of the region''s trade of the flow in the month, percent';
comment on column fct_trade_monthly_breakdown.ytd_value_usd is 'Trade of the item from January to the month (1-N月), US dollars; null unless every month from January has detail';
comment on column fct_trade_monthly_breakdown.ytd_prev_value_usd is 'The same months a year before, each over its month''s members or codes, US dollars';
comment on column fct_trade_monthly_breakdown.ytd_yoy_pct is 'Growth from January to the month on the same months a year before, like for like, percent';
comment on column fct_trade_monthly_breakdown.ytd_share_pct is 'Share of the region''s trade of the flow from January to the month, percent';
comment on column fct_trade_monthly_breakdown.ytd_pull_pp is '拉动: the item''s change from January to the month over the region''s trade of the flow in the same months a year before, percentage points';
