-- chk_required_columns: figures that carry nothing, and rows missing what they must have.
-- severity: error. A figure row needs a value or a published rate; a target needs a value;
-- every lake row needs its source file and line. Loads reject such rows; this guards the
-- lake against files loaded by other means. Rows are judged as loaded, before a conflict
-- withholds a figure's value (chk_unique_observation reports those).
with figures as (
    select * from lake_observation
),

targets as (
    select * from stg_target
),

failing as (
    select
        region_code,
        indicator_code,
        year,
        printf('%s:%d:既无数值也无增速', source_file, source_line) as message,
        printf('%s:%d: neither a value nor a published rate', source_file, source_line) as message_en,
    from figures
    where value is null and reported_yoy_pct is null
    union all
    select
        region_code,
        indicator_code,
        year,
        printf('%s:%d:目标缺少数值或类型', source_file, source_line),
        printf('%s:%d: the target has no value or no kind', source_file, source_line),
    from targets
    where value is null or kind is null
    union all
    select
        region_code,
        indicator_code,
        year,
        '缺少来源文件或行号',
        'a figure without its source file or line',
    from figures
    where source_file is null or source_line is null
)

select * from failing
