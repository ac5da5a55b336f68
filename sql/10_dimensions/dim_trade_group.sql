-- dim_trade_group: the groups that customs breakdowns report together: markets (欧盟, 东盟,
-- RCEP其他成员国, 美国…) and products (农产品), from data/reference/trade_group.csv.
-- grain: one row per group_code.
-- materialized: table
create or replace view dim_trade_group as

with groups as (
    select * from lake_trade_group
),

final as (
    select
        group_code,
        kind,
        name_zh,
        name_en,
        source,
    from groups
)

select * from final;

comment on view dim_trade_group is 'Groups reported together in customs breakdowns, markets (欧盟, 东盟, RCEP…) and products (农产品); their members by date are in dim_trade_group_member. One row per group.';
comment on column dim_trade_group.group_code is 'Group code, e.g. eu';
comment on column dim_trade_group.kind is 'market (the members are partner economies) or product (the members are HS code prefixes)';
comment on column dim_trade_group.name_zh is 'Chinese name, e.g. 欧盟';
comment on column dim_trade_group.name_en is 'English name';
comment on column dim_trade_group.source is 'Where the membership and its dates are taken from';
