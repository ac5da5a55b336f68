-- dim_indicator: the indicators kaifang tracks, from data/reference/indicator.csv.
-- grain: one row per indicator_code.
-- unit is the display unit leaders read (亿美元, 亿元, 家); values are stored in base_unit
-- (USD, CNY or the count unit), and display value = stored value / unit_factor.
-- caliber_zh/en state the 口径 where the name alone could mislead: MOFCOM's 实际利用外资 and
-- the balance-of-payments FDI net inflows are two indicators with two codes, never one.
-- national_code is the national series of the same 口径 a region is set against
-- (fct_national_comparison): the indicator itself unless reference/indicator.csv names another.
-- materialized: table
create or replace view dim_indicator as

with indicators as (
    select * from lake_indicator
),

final as (
    select
        indicator_code,
        name_zh,
        name_en,
        domain,
        unit,
        base_unit,
        unit_factor,
        kind,
        growth_basis,
        caliber_zh,
        caliber_en,
        national_code,
        cast(source_line - 1 as integer) as display_order,
    from indicators
)

select * from final;

comment on view dim_indicator is 'Indicators: official Chinese and English names, display unit, kind and growth basis. One row per indicator.';
comment on column dim_indicator.indicator_code is 'Indicator code, e.g. fdi_actual (实际利用外资)';
comment on column dim_indicator.name_zh is 'Official Chinese name';
comment on column dim_indicator.name_en is 'English name';
comment on column dim_indicator.domain is 'trade, inward_investment, outbound_investment, macro or exchange';
comment on column dim_indicator.unit is 'Display unit leaders read, e.g. 亿美元';
comment on column dim_indicator.base_unit is 'Unit of stored values: USD, CNY or the count unit';
comment on column dim_indicator.unit_factor is 'Base units in one display unit (1e8 for 亿美元, 1 for counts)';
comment on column dim_indicator.kind is 'flow (in a period), stock (at a point in time) or count';
comment on column dim_indicator.display_order is 'Position in reference/indicator.csv: the order reports list indicators in';
comment on column dim_indicator.growth_basis is 'nominal, or real where official growth is at comparable prices (GDP)';
comment on column dim_indicator.caliber_zh is '口径 in Chinese: what the figure counts and who compiles it; null where the name says it all';
comment on column dim_indicator.caliber_en is '口径 in English';
comment on column dim_indicator.national_code is 'The national indicator of the same 口径 this one is set against; the indicator itself unless declared';
