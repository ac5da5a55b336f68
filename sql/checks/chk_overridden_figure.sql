-- chk_overridden_figure: a figure two files of one load carry, settled by their precedence.
-- severity: warn. The file whose mapping gives the higher precedence wins (stg_observation
-- keeps its figure); the office should know the other file said something else.
with current_rows as (
    select *, coalesce(precedence, 0) as file_precedence from lake_observation
),

contested as (
    select
        region_code,
        indicator_code,
        year,
        month,
        vintage,
        string_agg(source_file || ':' || source_line || ' (precedence ' || file_precedence || ')', ', '
                   order by file_precedence desc, source_file, source_line) as places,
    from current_rows
    group by region_code, indicator_code, year, month, vintage
    having count(distinct file_precedence) > 1
),

failing as (
    select
        'warn' as severity,
        region_code,
        indicator_code,
        year,
        printf('%s %d年%s 出现在多个文件中,按优先级采用第一个:%s', indicator_code, year,
               coalesce(month || '月', ''), places) as message,
        printf('%s %d%s is in several files; the first, by precedence, stands: %s', indicator_code, year,
               coalesce(' month ' || month, ''), places) as message_en,
    from contested
)

select * from failing
