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
        printf('%d年%d月%s按%s各项合计 %.2f 亿美元，与总值 %.2f 亿美元相差 %.2f 亿美元：各汇总表不是由同一批海关明细汇总的。'
               || '请再次运行 ./kaifang nightly（明细或 sql/marts/ 有变动时会重新汇总）；仍不一致时请报告', year, month,
               case flow when 'export' then '出口' when 'import' then '进口' else '进出口' end,
               case breakdown when 'trade_mode' then '贸易方式' else '企业性质' end,
               lines_usd / 1e8, total_usd / 1e8, (lines_usd - total_usd) / 1e8) as message,
        printf('%d-%02d %s by %s: the lines sum to %.2f, the total is %.2f (100 million USD), %.2f apart: the marts'
               || ' were not summed from the same customs detail. Run ./kaifang nightly again (the marts are summed'
               || ' anew when the detail or sql/marts/ changes); report it if it stays',
               year, month, case flow when 'total' then 'trade' else flow || 's' end, replace(breakdown, '_', ' '),
               lines_usd / 1e8, total_usd / 1e8, (lines_usd - total_usd) / 1e8) as message_en,
    from compared
    where abs(lines_usd - total_usd) > 1e6
)

select * from failing
