-- mart_trade_category: customs detail summed by region and by trade mode or by enterprise type, year,
-- month and flow, in one pass over the detail.
-- grain: one row per source_file, region_code, dimension (trade_mode | enterprise_type), code,
-- year, month, flow; code is customs' code as the detail gives it, null where a file does not
-- give it.
-- Built by the nightly's marts step from `detail`, one current customs detail file at a time, the
-- step writing the file's name beside the sums as source_file, whenever the file or this query
-- change, and stored in the lake as lake_mart_trade_category (see stg_trade_category). Not a view
-- of the catalog: its rows are stored, and stg_ views read them, adding up the files.

with detail_rows as (
    select * from detail
),

category_sums as (
    select
        region_code,
        case when grouping(trade_mode) = 0 then 'trade_mode' else 'enterprise_type' end as dimension,
        case when grouping(trade_mode) = 0 then trade_mode else enterprise_type end as code,
        cast(year as integer) as year,
        month,
        flow,
        sum(value_usd) as value_usd,
        count(*) as records,
        max(vintage) as vintage,
    from detail_rows
    group by grouping sets (
        (region_code, trade_mode, year, month, flow),
        (region_code, enterprise_type, year, month, flow)
    )
)

select * from category_sums
