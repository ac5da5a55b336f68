-- fct_trade_market_group: each region's trade with each market group (欧盟, 东盟, RCEP…) by
-- month and cumulative from January (1-N月), as a city's 外贸月报 prints it: value, growth on the
-- same period a year before, share of the region's trade and 拉动.
-- grain: one row per region_code, group_code, year, month, flow (export | import | total), for
-- every month the region has customs detail of that flow (total: of both flows) and the group
-- has members.
-- Like for like: a group's members are those of the month reported (a member counts in a month
-- when it was one on the month's first day, dim_trade_group_member), and the same month a year
-- before is summed over those same members. The EU of February 2020 is compared without the
-- United Kingdom in February 2019 too, as customs compares it.
-- Formulas (the rules of sql/05_rules/):
--   value_usd          = the members' trade in the month
--   prev_value_usd     = the same members' trade in the same month a year before; null when the
--                        region has no detail of that flow for that month
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
--                        growth the group gave
-- materialized: table
create or replace view fct_trade_market_group as

with partner_flows as (
    select region_code, partner_iso, year, month, flow, value_usd from stg_trade_partner
),

region_flows as (
    -- the months each region has detail of, by flow
    select region_code, year, month, flow from stg_trade_monthly
),

members as (
    select members.group_code, members.member, members.valid_from, members.valid_to
    from dim_trade_group_member as members
    inner join dim_trade_group as groups
        on groups.group_code = members.group_code
    where groups.kind = 'market'
),

month_members as (
    -- each month's members of each group, for every month a region has detail of
    select region_flows.region_code, region_flows.year, region_flows.month, region_flows.flow,
        members.group_code, members.member
    from region_flows
    inner join members
        on coalesce(members.valid_from, date '0001-01-01') <= make_date(region_flows.year, region_flows.month, 1)
        and coalesce(members.valid_to, date '9999-12-31') >= make_date(region_flows.year, region_flows.month, 1)
),

member_values as (
    select
        month_members.region_code, month_members.group_code, month_members.year, month_members.month,
        month_members.flow, month_members.member,
        coalesce(this_month.value_usd, 0) as value_usd,
        -- the year before counts only where the region has detail of it: no detail is no figure, not zero
        case when month_before.month is not null then coalesce(year_before.value_usd, 0) end as prev_value_usd,
    from month_members
    left join partner_flows as this_month
        on this_month.region_code = month_members.region_code
        and this_month.partner_iso = month_members.member
        and this_month.year = month_members.year
        and this_month.month = month_members.month
        and this_month.flow = month_members.flow
    left join region_flows as month_before
        on month_before.region_code = month_members.region_code
        and month_before.year = month_members.year - 1
        and month_before.month = month_members.month
        and month_before.flow = month_members.flow
    left join partner_flows as year_before
        on year_before.region_code = month_members.region_code
        and year_before.partner_iso = month_members.member
        and year_before.year = month_members.year - 1
        and year_before.month = month_members.month
        and year_before.flow = month_members.flow
),

group_flows as (
    select
        region_code, group_code, year, month, flow,
        count(*) as members,
        sum(value_usd) as value_usd,
        case when count(prev_value_usd) = count(*) then sum(prev_value_usd) end as prev_value_usd,
    from member_values
    group by all
),

group_totals as (
    -- exports and imports together, for a month with detail of both
    select
        region_code, group_code, year, month, 'total' as flow,
        max(members) as members,
        sum(value_usd) as value_usd,
        case when count(prev_value_usd) = 2 then sum(prev_value_usd) end as prev_value_usd,
    from group_flows
    group by region_code, group_code, year, month
    having count(*) = 2
),

groups_by_flow as (
    select * from group_flows
    union all by name
    select * from group_totals
),

groups_from_january as (
    select
        *,
        -- a month appears once per group, year and flow: as many rows as the month's number
        -- means every month from January has detail
        case when count(*) over from_january = month then sum(value_usd) over from_january end as ytd_value_usd,
        case when count(prev_value_usd) over from_january = month
            then sum(prev_value_usd) over from_january end as ytd_prev_value_usd,
    from groups_by_flow
    window from_january as (partition by region_code, group_code, year, flow order by month)
),

final as (
    select
        groups.region_code,
        groups.group_code,
        names.name_zh as group_name_zh,
        names.name_en as group_name_en,
        groups.year,
        groups.month,
        groups.flow,
        groups.members,
        groups.value_usd,
        groups.prev_value_usd,
        growth_pct(groups.value_usd, groups.prev_value_usd) as yoy_pct,
        share_pct(groups.value_usd, region.value_usd) as share_pct,
        groups.ytd_value_usd,
        groups.ytd_prev_value_usd,
        growth_pct(groups.ytd_value_usd, groups.ytd_prev_value_usd) as ytd_yoy_pct,
        share_pct(groups.ytd_value_usd, region.ytd_value_usd) as ytd_share_pct,
        pull_pp(groups.ytd_value_usd - groups.ytd_prev_value_usd, region.ytd_prev_value_usd) as ytd_pull_pp,
    from groups_from_january as groups
    inner join fct_trade_monthly as region
        on region.region_code = groups.region_code
        and region.year = groups.year
        and region.month = groups.month
        and region.flow = groups.flow
    inner join dim_trade_group as names
        on names.group_code = groups.group_code
)

select * from final;

comment on view fct_trade_market_group is 'Each region''s trade with each market group (欧盟, 东盟, RCEP…) by month and from January (1-N月): value, growth on the same period a year before over the same members, share and 拉动. One row per region, group, year, month and flow.';
comment on column fct_trade_market_group.region_code is 'Administrative code';
comment on column fct_trade_market_group.group_code is 'Market group, from dim_trade_group';
comment on column fct_trade_market_group.group_name_zh is 'The group''s Chinese name, e.g. 欧盟';
comment on column fct_trade_market_group.group_name_en is 'The group''s English name';
comment on column fct_trade_market_group.year is 'Calendar year';
comment on column fct_trade_market_group.month is 'Month 1-12: the month''s own figure, and January to it for the ytd_ columns';
comment on column fct_trade_market_group.flow is 'export, import, or total (exports plus imports, for a month with detail of both)';
comment on column fct_trade_market_group.members is 'Members of the group in the month (members on its first day)';
comment on column fct_trade_market_group.value_usd is 'Trade with the members in the month, US dollars';
comment on column fct_trade_market_group.prev_value_usd is 'Trade with the same members in the same month a year before, US dollars; null without detail for that month';
comment on column fct_trade_market_group.yoy_pct is 'Growth on the same month a year before, like for like, percent';
comment on column fct_trade_market_group.share_pct is 'Share of the region''s trade of the flow in the month, percent';
comment on column fct_trade_market_group.ytd_value_usd is 'Trade with the group from January to the month (1-N月), US dollars; null unless every month from January has detail';
comment on column fct_trade_market_group.ytd_prev_value_usd is 'The same months a year before, each over its month''s members, US dollars';
comment on column fct_trade_market_group.ytd_yoy_pct is 'Growth from January to the month on the same months a year before, like for like, percent';
comment on column fct_trade_market_group.ytd_share_pct is 'Share of the region''s trade of the flow from January to the month, percent';
comment on column fct_trade_market_group.ytd_pull_pp is '拉动: the group''s change from January to the month over the region''s trade of the flow in the same months a year before, percentage points';
