-- chk_unique_target: the same target more than once in one vintage.
-- severity: error. The warehouse cannot tell which target was set; the message names every line.
-- A yearly target and a plan target for the same final year are different targets.
with current_rows as (
    select * from lake_target
),

duplicates as (
    select
        region_code,
        indicator_code,
        year,
        kind,
        plan_start,
        string_agg(source_file || ':' || source_line, ', ' order by source_file, source_line) as places,
        count(*) as copies,
    from current_rows
    group by region_code, indicator_code, year, kind, plan_start, vintage
    having count(*) > 1
),

failing as (
    select
        region_code,
        indicator_code,
        year,
        printf('%s %d年目标(%s)重复 %d 次:%s', indicator_code, year, kind, copies, places) as message,
        printf('%s %d target (%s) appears %d times: %s', indicator_code, year, kind, copies, places) as message_en,
    from duplicates
)

select * from failing
