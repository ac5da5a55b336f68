-- chk_overridden_figure: a figure two files of the same release carry with different values,
-- settled by their precedence.
-- severity: warn. The file whose mapping gives the higher precedence wins (stg_observation
-- keeps its figure); the office should know the other file said something else. A later
-- release replacing an earlier one is a revision, not reported here.
with current_rows as (
    select
        *,
        coalesce(precedence, 0) as file_precedence,
        rank() over (
            partition by region_code, indicator_code, year, month
            order by release_rank(release_status) desc, released desc nulls last
        ) as release_place,
    from lake_observation
),

contested as (
    select
        region_code,
        indicator_code,
        year,
        month,
        string_agg(source_file || ':' || source_line || ' (precedence ' || file_precedence || ')', ', '
                   order by file_precedence desc, source_file, source_line) as places,
    from current_rows
    where release_place = 1
    group by region_code, indicator_code, year, month
    having count(distinct file_precedence) > 1
        and count(distinct {'value': value, 'rate': reported_yoy_pct}) > 1
),

failing as (
    select
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
