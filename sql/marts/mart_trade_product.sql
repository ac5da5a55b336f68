-- mart_trade_product: customs detail summed by region, HS code prefix of a product group, year,
-- month and flow.
-- grain: one row per region_code, hs_prefix, year, month, flow, for every prefix that is a
-- member of a product group (`product_prefixes`, from reference/trade_group_member.csv) and
-- has trade.
-- A detail line counts under each of its prefixes that is a member (8471 and 84 where both
-- are, in different groups); within a group no member lies under another, so a group's total
-- counts a line once. Which prefixes belong to a group in a month is the fact's to apply
-- (fct_trade_monthly_breakdown), so that last year is summed over this month's members.
-- Built by the nightly's marts step from `detail`, the current customs detail files, whenever
-- they, the reference files or this query change, and stored in the lake as
-- lake_mart_trade_product (see stg_trade_product).

with detail_rows as (
    select * from detail
),

code_sums as (
    -- one row per HS code first: far fewer rows to give prefixes to than detail lines
    select
        region_code,
        hs_code,
        cast(year as integer) as year,
        month,
        flow,
        sum(value_usd) as value_usd,
        count(*) as records,
        max(vintage) as vintage,
    from detail_rows
    group by all
),

code_prefixes as (
    select
        *,
        unnest(list_distinct([left(hs_code, 2), left(hs_code, 4), left(hs_code, 6), left(hs_code, 8),
            left(hs_code, 10)])) as hs_prefix,
    from code_sums
),

prefix_sums as (
    select
        region_code,
        hs_prefix,
        year,
        month,
        flow,
        sum(value_usd) as value_usd,
        cast(sum(records) as bigint) as records,
        max(vintage) as vintage,
    from code_prefixes
    semi join product_prefixes
        on product_prefixes.hs_prefix = code_prefixes.hs_prefix
    group by all
)

select * from prefix_sums
