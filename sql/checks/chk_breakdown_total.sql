-- chk_breakdown_total: a division of a region's trade (by trade mode, by enterprise type) whose
-- lines do not sum to the region's trade of the month.
-- severity: error. Each division's lines, 未注明 included, sum the same customs detail as the
-- total; a difference beyond 0.01 亿美元 (1,000,000 US dollars, the last place bulletins print)
-- means the marts were summed from different detail, and no line of the division can be printed.
with division_sums as (
    select
        region_code,
        breakdown,
        year,
        month,
        flow,
        sum(value_usd) as lines_usd,
    from fct_trade_monthly_breakdown
    where breakdown in ('trade_mode', 'enterprise_type')
    group by all
),

compared as (
    select
        division_sums.*,
        totals.value_usd as total_usd,
    from division_sums
    inner join fct_trade_monthly as totals
        on totals.region_code = division_sums.region_code
        and totals.year = division_sums.year
        and totals.month = division_sums.month
        and totals.flow = division_sums.flow
),

failing as (
    select
        region_code,
        case flow when 'export' then 'trade_export' when 'import' then 'trade_import' else 'trade_total' end
            as indicator_code,
        year,
        printf('%s %d年%d月 %s 各项合计 %.2f 亿美元，与总值 %.2f 亿美元相差 %.2f 亿美元', breakdown, year, month, flow,
               lines_usd / 1e8, total_usd / 1e8, (lines_usd - total_usd) / 1e8) as message,
        printf('%s %d-%02d %s: the lines sum to %.2f, the total is %.2f (100 million USD), %.2f apart', breakdown,
               year, month, flow, lines_usd / 1e8, total_usd / 1e8, (lines_usd - total_usd) / 1e8) as message_en,
    from compared
    where abs(lines_usd - total_usd) > 1e6
)

select * from failing
