-- dim_trade_code: customs' codes of trade mode (贸易方式) and enterprise type (企业性质), with the
-- groups bulletins report them in (一般贸易, 加工贸易, 保税物流; 国有, 外商投资, 民营 企业), from
-- data/reference/trade_code.csv.
-- grain: one row per dimension and code.
-- materialized: table
create or replace view dim_trade_code as

with codes as (
    select * from lake_trade_code
),

final as (
    select
        dimension,
        code,
        name_zh,
        name_en,
        category_code,
        category_zh,
        category_en,
        source,
    from codes
)

select * from final;

comment on view dim_trade_code is 'Customs'' codes of trade mode (贸易方式) and enterprise type (企业性质), each with the group bulletins report it in. One row per dimension and code.';
comment on column dim_trade_code.dimension is 'trade_mode or enterprise_type';
comment on column dim_trade_code.code is 'Customs'' code, e.g. 10 (一般贸易) or 6 (私营企业)';
comment on column dim_trade_code.name_zh is 'Chinese name';
comment on column dim_trade_code.name_en is 'English name';
comment on column dim_trade_code.category_code is 'The group bulletins report the code in: general, processing, bonded_logistics, other; state, foreign_invested, private, other';
comment on column dim_trade_code.category_zh is 'The group''s Chinese name, e.g. 加工贸易';
comment on column dim_trade_code.category_en is 'The group''s English name';
comment on column dim_trade_code.source is 'Where the codes and their groups are taken from';
