-- mart_trade_product: customs detail summed by region, HS code prefix of a product group, year,
-- month and flow.
-- grain: one row per source_file, region_code, hs_prefix, year, month, flow, for every prefix
-- that is a member of a product group (lake_trade_group_member, from
-- reference/trade_group_member.csv) and has trade.
-- A detail line counts under each of its prefixes that is a member (8471 and 84 where both
-- are, in different groups); within a group no member lies under another, so a group's total
-- counts a line once. Only lines in a chapter some prefix starts with are looked at: most
-- lines (machinery, electronics) are in none, and 10^7 lines cut to every prefix would cost
-- seconds. Which prefixes belong to a group in a month is the fact's to apply
-- (fct_trade_monthly_breakdown).
-- Built by the nightly's marts step from `detail`, one current customs detail file at a time, the
-- step writing the file's name beside the sums as source_file, whenever the file, the reference
-- files or this query change, and stored in the lake as lake_mart_trade_product (see
-- stg_trade_product).

with detail_rows as (
    select * from detail
),

product_prefixes as (
    -- every prefix that is ever a member of a product group; which months it belongs in is the
    -- fact's to apply
    select distinct members.member as hs_prefix
    from lake_trade_group_member as members
    inner join lake_trade_group as groups
        on groups.group_code = members.group_code
    where groups.kind = 'product'
),

prefix_lengths as (
    select distinct length(hs_prefix) as prefix_length from product_prefixes
),

chapters as (
    select distinct left(hs_prefix, 2) as hs_chapter from product_prefixes
),

candidate_lines as (
    -- the lines of the chapters some prefix starts with
    select * from detail_rows
    semi join chapters
        on chapters.hs_chapter = left(detail_rows.hs_code, 2)
),

line_prefixes as (
    -- each line cut to every length a prefix has
    select
        candidate_lines.*,
        left(candidate_lines.hs_code, prefix_lengths.prefix_length) as hs_prefix,
    from candidate_lines
    cross join prefix_lengths
    where length(candidate_lines.hs_code) >= prefix_lengths.prefix_length
),

prefix_sums as (
    select
        region_code,
        hs_prefix,
        cast(year as integer) as year,
        month,
        flow,
        sum(value_usd) as value_usd,
        count(*) as records,
        max(vintage) as vintage,
    from line_prefixes
    semi join product_prefixes
        on product_prefixes.hs_prefix = line_prefixes.hs_prefix
    group by all
)

select * from prefix_sums
