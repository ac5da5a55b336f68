-- chk_unique_observation: a figure whose versions of the same release and precedence disagree.
-- severity: error. Two rows (in one file, or in files of the same release and precedence)
-- give the same region, indicator and period different values; the warehouse cannot tell
-- which is right, so the figure is withheld (待核实: stg_observation.is_withheld) until the
-- source is fixed. The message names every line. Rows that agree are one figure, not an error.
with figures as (
    select * from stg_observation
    where is_withheld
),

failing as (
    select
        region_code,
        indicator_code,
        year,
        printf('%s %d年%s 同一发布的数值不一致,暂不公布(待核实):%s', indicator_code, year,
               coalesce(month || '月', ''), conflict_lines) as message,
        printf('%s %d%s has disagreeing values of the same release and precedence, withheld: %s',
               indicator_code, year, coalesce(' month ' || month, ''), conflict_lines) as message_en,
    from figures
)

select * from failing
