-- fct_trade_monthly_breakdown: each region's trade broken down by trade mode (一般贸易, 加工贸易,
-- 保税物流…), by enterprise type (国有, 外商投资, 民营 企业…), by market group (欧盟, 东盟,
-- RCEP…) and by product group (农产品…), by month and from January (1-N月), as a city's 外贸月报
-- prints it: value, growth on the same period a year before, share of the region's trade and 拉动.
-- grain: one row per region_code, breakdown, item_code, year, month, flow (export | import |
-- total), for every month the region has customs detail of that flow (total: of both flows);
-- a market or product group only in months it has members.
-- What an item sums: a market group its members (a member counts in a month when it was one on
-- the month's first day, is_member_on), a product group the HS code prefixes that are
-- its members (stg_trade_product); a trade mode or enterprise type group the customs codes in
-- it (dim_trade_code), and not_given (未注明) the detail that gives no code. Trade modes and
-- enterprise types each divide the region's trade: their items sum to it.
-- One scope per period, as a release prints one: the month and January to it (1-N月) are both
-- summed over the members of month N, in the year and in the year before. The EU's 1-2月 2020 is
-- January and February without the United Kingdom, against the same months of 2019 without it,
-- as customs compares it. A product group's year before is summed over the codes that were its
-- members then: an HS version renames codes, not goods (3823.60 became 3824.60 in HS 1996).
-- A trade mode or enterprise type division is compared only where both periods give the code
-- for at least 95% of the trade (is_coded_enough): against a year of detail without codes every
-- coded line would seem to soar and 未注明 to collapse.
-- Formulas (the rules of sql/05_rules/):
--   value_usd          = the item's trade in the month
--   prev_value_usd     = the same members' or codes' trade in the same month a year before;
--                        null when the region has no detail of that flow for that month, or the
--                        division is not comparable
--   yoy_pct            = growth_pct(value_usd, prev_value_usd)
--   share_pct          = share_pct(value_usd, the region's trade of the flow in the month,
--                        fct_trade_monthly)
--   ytd_value_usd      = the members' trade from January to the month; null unless every one
--                        of those months has detail
--   ytd_prev_value_usd = the same members' trade in the same months a year before; null likewise
--   ytd_yoy_pct        = growth_pct(ytd_value_usd, ytd_prev_value_usd)
--   ytd_share_pct      = share_pct(ytd_value_usd, the region's trade of the flow, January to the month)
--   ytd_pull_pp        = pull_pp(ytd_value_usd - ytd_prev_value_usd, the region's trade of the
--                        flow in the same months a year before): the points of the region's
--                        growth the item gave
-- materialized: table
create or replace view fct_trade_monthly_breakdown as

with region_flows as (
    -- the months each region has detail of, by flow, and whether every month from January has:
    -- fct_trade_monthly gives a 1-N月 figure only then
    select region_code, year, month, flow, ytd_value_usd is not null as from_january,
    from fct_trade_monthly
    where flow <> 'total'
),

key_flows as (
    -- what items are summed from: trade by partner, by trade mode code and by enterprise type
    -- code ('' where the detail gives none), by HS prefix of a product group
    select region_code, 'partner' as key_kind, partner_iso as key, year, month, flow, value_usd
    from stg_trade_partner
    union all
    select region_code, dimension as key_kind, coalesce(code, '') as key, year, month, flow, value_usd
    from stg_trade_category
    union all
    select region_code, 'hs_prefix' as key_kind, hs_prefix as key, year, month, flow, value_usd
    from stg_trade_product
),

key_from_january as (
    -- each key's trade from January to each month it traded in
    select
        *,
        sum(value_usd) over (partition by region_code, key_kind, key, year, flow order by month) as ytd_usd,
    from key_flows
),

group_members as (
    -- a market group's members are partners, a product group's HS code prefixes
    select
        case groups.kind when 'market' then 'market_group' else 'product_group' end as breakdown,
        case groups.kind when 'market' then 'partner' else 'hs_prefix' end as key_kind,
        members.group_code, members.member, members.valid_from, members.valid_to,
    from dim_trade_group_member as members
    inner join dim_trade_group as groups
        on groups.group_code = members.group_code
),

category_codes as (
    select dimension, category_code, code from dim_trade_code
    union all
    -- detail without a code of the dimension, so that the items of a dimension sum to the whole
    select dimension, 'not_given' as category_code, '' as code
    from (select unnest(['trade_mode', 'enterprise_type']) as dimension)
),

item_keys as (
    -- the keys of each item in each month a region has detail of, and the side of the comparison
    -- each counts on: markets, the month's members on both sides; products, the members now for
    -- this year and the members then for the year before; trade modes and enterprise types, the
    -- same codes always
    select region_flows.region_code, region_flows.year, region_flows.month, region_flows.flow,
        group_members.breakdown, group_members.group_code as item_code,
        group_members.key_kind, group_members.member as key,
        case group_members.breakdown when 'market_group' then 'both' else 'this' end as side,
    from region_flows
    inner join group_members
        on is_member_on(group_members.valid_from, group_members.valid_to, make_date(region_flows.year, region_flows.month, 1))
    union all
    select region_flows.region_code, region_flows.year, region_flows.month, region_flows.flow,
        group_members.breakdown, group_members.group_code as item_code,
        group_members.key_kind, group_members.member as key,
        'before' as side,
    from region_flows
    inner join group_members
        on is_member_on(group_members.valid_from, group_members.valid_to,
            make_date(region_flows.year - 1, region_flows.month, 1))
    where group_members.breakdown = 'product_group'
    union all
    select region_flows.region_code, region_flows.year, region_flows.month, region_flows.flow,
        category_codes.dimension as breakdown, category_codes.category_code as item_code,
        category_codes.dimension as key_kind, category_codes.code as key,
        'both' as side,
    from region_flows
    cross join category_codes
),

key_values as (
    -- each key's figures on its side: the month, and January to the month (its latest
    -- cumulative figure up to then; none where it never traded)
    select
        item_keys.*,
        case when item_keys.side <> 'before' then coalesce(this_month.value_usd, 0) else 0 end as value_usd,
        case when item_keys.side <> 'this' then coalesce(year_before.value_usd, 0) else 0 end as prev_value_usd,
        case when item_keys.side <> 'before' then coalesce(this_ytd.ytd_usd, 0) else 0 end as ytd_value_usd,
        case when item_keys.side <> 'this' then coalesce(before_ytd.ytd_usd, 0) else 0 end as ytd_prev_value_usd,
    from item_keys
    left join key_flows as this_month
        on this_month.region_code = item_keys.region_code
        and this_month.key_kind = item_keys.key_kind
        and this_month.key = item_keys.key
        and this_month.year = item_keys.year
        and this_month.month = item_keys.month
        and this_month.flow = item_keys.flow
    left join key_flows as year_before
        on year_before.region_code = item_keys.region_code
        and year_before.key_kind = item_keys.key_kind
        and year_before.key = item_keys.key
        and year_before.year = item_keys.year - 1
        and year_before.month = item_keys.month
        and year_before.flow = item_keys.flow
    asof left join key_from_january as this_ytd
        on this_ytd.region_code = item_keys.region_code
        and this_ytd.key_kind = item_keys.key_kind
        and this_ytd.key = item_keys.key
        and this_ytd.year = item_keys.year
        and this_ytd.flow = item_keys.flow
        and this_ytd.month <= item_keys.month
    asof left join key_from_january as before_ytd
        on before_ytd.region_code = item_keys.region_code
        and before_ytd.key_kind = item_keys.key_kind
        and before_ytd.key = item_keys.key
        and before_ytd.year = item_keys.year - 1
        and before_ytd.flow = item_keys.flow
        and before_ytd.month <= item_keys.month
),

item_flows as (
    select
        key_values.region_code, key_values.breakdown, key_values.item_code, key_values.year, key_values.month,
        key_values.flow,
        count(*) filter (where key_values.key_kind = 'partner') as members,
        -- a product group exists in a month with members now; its year before alone is no line
        count(*) filter (where key_values.side <> 'before') as keys_now,
        sum(key_values.value_usd) as value_usd,
        -- no detail of the year before is no figure, not zero
        case when any_value(month_before.month) is not null then sum(key_values.prev_value_usd) end as prev_value_usd,
        case when any_value(this_period.from_january) then sum(key_values.ytd_value_usd) end as ytd_value_usd,
        case when any_value(month_before.from_january) then sum(key_values.ytd_prev_value_usd) end as ytd_prev_value_usd,
    from key_values
    inner join region_flows as this_period
        on this_period.region_code = key_values.region_code
        and this_period.year = key_values.year
        and this_period.month = key_values.month
        and this_period.flow = key_values.flow
    left join region_flows as month_before
        on month_before.region_code = key_values.region_code
        and month_before.year = key_values.year - 1
        and month_before.month = key_values.month
        and month_before.flow = key_values.flow
    group by all
    having keys_now > 0
),

item_totals as (
    -- exports and imports together, for a month with detail of both
    select
        region_code, breakdown, item_code, year, month, 'total' as flow,
        max(members) as members,
        sum(value_usd) as value_usd,
        case when count(prev_value_usd) = 2 then sum(prev_value_usd) end as prev_value_usd,
        case when count(ytd_value_usd) = 2 then sum(ytd_value_usd) end as ytd_value_usd,
        case when count(ytd_prev_value_usd) = 2 then sum(ytd_prev_value_usd) end as ytd_prev_value_usd,
    from item_flows
    group by region_code, breakdown, item_code, year, month
    having count(*) = 2
),

items_by_flow as (
    select * exclude (keys_now) from item_flows
    union all by name
    select * from item_totals
),

division_coverage as (
    -- whether a trade mode or enterprise type division gives the code for 95% of the trade, in
    -- each period compared
    select
        region_code, breakdown, year, month, flow,
        is_coded_enough(sum(value_usd) filter (where item_code = 'not_given'), sum(value_usd))
            and is_coded_enough(sum(prev_value_usd) filter (where item_code = 'not_given'), sum(prev_value_usd))
            as month_comparable,
        is_coded_enough(sum(ytd_value_usd) filter (where item_code = 'not_given'), sum(ytd_value_usd))
            and is_coded_enough(sum(ytd_prev_value_usd) filter (where item_code = 'not_given'), sum(ytd_prev_value_usd))
            as ytd_comparable,
    from items_by_flow
    where breakdown in ('trade_mode', 'enterprise_type')
    group by all
),

comparable_items as (
    select
        items.* exclude (prev_value_usd, ytd_prev_value_usd),
        case when coverage.month_comparable is not false then items.prev_value_usd end as prev_value_usd,
        case when coverage.ytd_comparable is not false then items.ytd_prev_value_usd end as ytd_prev_value_usd,
    from items_by_flow as items
    left join division_coverage as coverage
        on coverage.region_code = items.region_code
        and coverage.breakdown = items.breakdown
        and coverage.year = items.year
        and coverage.month = items.month
        and coverage.flow = items.flow
),

item_names as (
    select case kind when 'market' then 'market_group' else 'product_group' end as breakdown, group_code as item_code,
        name_zh, name_en
    from dim_trade_group
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
        -- a line without trade a year before has no rate: bulletins print 新增 (as for partners)
        case when items.prev_value_usd is not null then presence_note(items.value_usd, items.prev_value_usd) end
            as presence_note,
        share_pct(items.value_usd, region.value_usd) as share_pct,
        items.ytd_value_usd,
        items.ytd_prev_value_usd,
        growth_pct(items.ytd_value_usd, items.ytd_prev_value_usd) as ytd_yoy_pct,
        -- no 1-N月 figure over a missing month: trade unknown, not ceased
        case when items.ytd_prev_value_usd is not null and items.ytd_value_usd is not null
            then presence_note(items.ytd_value_usd, items.ytd_prev_value_usd) end as ytd_presence_note,
        share_pct(items.ytd_value_usd, region.ytd_value_usd) as ytd_share_pct,
        pull_pp(items.ytd_value_usd - items.ytd_prev_value_usd, region.ytd_prev_value_usd) as ytd_pull_pp,
    from comparable_items as items
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

comment on view fct_trade_monthly_breakdown is 'Each region''s trade by trade mode (一般贸易, 加工贸易…), by enterprise type (国有, 外商投资, 民营…), by market group (欧盟, 东盟, RCEP…) and by product group (农产品…), by month and from January (1-N月): value, growth on the same period a year before over the same members or codes, share and 拉动. One row per region, breakdown, item, year, month and flow.';
comment on column fct_trade_monthly_breakdown.region_code is 'Administrative code';
comment on column fct_trade_monthly_breakdown.breakdown is 'trade_mode, enterprise_type, market_group or product_group; the items of trade_mode and of enterprise_type each sum to the region''s trade';
comment on column fct_trade_monthly_breakdown.item_code is 'A market or product group (dim_trade_group), a group of customs codes (dim_trade_code.category_code), or not_given (未注明: detail without the code)';
comment on column fct_trade_monthly_breakdown.item_name_zh is 'Chinese name, e.g. 欧盟 or 加工贸易';
comment on column fct_trade_monthly_breakdown.item_name_en is 'English name';
comment on column fct_trade_monthly_breakdown.year is 'Calendar year';
comment on column fct_trade_monthly_breakdown.month is 'Month 1-12: the month''s own figure, and January to it for the ytd_ columns';
comment on column fct_trade_monthly_breakdown.flow is 'export, import, or total (exports plus imports, for a month with detail of both)';
comment on column fct_trade_monthly_breakdown.members is 'Members of a market group in the month (members on its first day); null for other breakdowns';
comment on column fct_trade_monthly_breakdown.value_usd is 'Trade of the item in the month, US dollars';
comment on column fct_trade_monthly_breakdown.prev_value_usd is 'Trade of the same members or codes in the same month a year before, US dollars; null without detail for that month, or for a trade mode or enterprise type division whose code is given for less than 95% of the trade in either month';
comment on column fct_trade_monthly_breakdown.yoy_pct is 'Growth on the same month a year before, like for like, percent';
comment on column fct_trade_monthly_breakdown.presence_note is 'new (新增: no trade in the same month a year before) or ceased (由有到无: none this month); null otherwise, and where the year before is not comparable';
comment on column fct_trade_monthly_breakdown.share_pct is 'Share of the region''s trade of the flow in the month, percent';
comment on column fct_trade_monthly_breakdown.ytd_value_usd is 'Trade of the item from January to the month (1-N月), over the members of the month, US dollars; null unless every month from January has detail';
comment on column fct_trade_monthly_breakdown.ytd_prev_value_usd is 'The same months a year before, over the same members (a product group: the codes that were its members then), US dollars';
comment on column fct_trade_monthly_breakdown.ytd_yoy_pct is 'Growth from January to the month on the same months a year before, like for like, percent';
comment on column fct_trade_monthly_breakdown.ytd_presence_note is 'new (新增) or ceased (由有到无) from January to the month against the same months a year before; null otherwise, and where a missing month leaves 1-N月 unknown';
comment on column fct_trade_monthly_breakdown.ytd_share_pct is 'Share of the region''s trade of the flow from January to the month, percent';
comment on column fct_trade_monthly_breakdown.ytd_pull_pp is '拉动: the item''s change from January to the month over the region''s trade of the flow in the same months a year before, percentage points';
