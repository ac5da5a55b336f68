-- chk_unique_observation: the same figure more than once in one vintage and precedence.
-- severity: error. Two rows of the same load, in one file or in files of equal precedence,
-- claim the same region, indicator and period; the warehouse cannot tell which is right.
-- The message names every line.
with current_rows as (
    select * from lake_observation
),

duplicates as (
    select
        region_code,
        indicator_code,
        year,
        month,
        string_agg(source_file || ':' || source_line, ', ' order by source_file, source_line) as places,
        count(*) as copies,
    from current_rows
    group by region_code, indicator_code, year, month, vintage, coalesce(precedence, 0)
    having count(*) > 1
),

failing as (
    select
        'error' as severity,
        region_code,
        indicator_code,
        year,
        printf('%s %d年%s 重复 %d 次:%s', indicator_code, year,
               coalesce(month || '月', ''), copies, places) as message,
        printf('%s %d%s appears %d times: %s', indicator_code, year,
               coalesce(' month ' || month, ''), copies, places) as message_en,
    from duplicates
)

select * from failing
