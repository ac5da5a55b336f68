-- dim_trade_group_member: which partner economies belong to each market group and which HS
-- code prefixes to each product group, and over which days, from
-- data/reference/trade_group_member.csv.
-- grain: one row per group_code, member and span of membership.
-- A member counts in a month when it was a member on the month's first day: the United Kingdom,
-- a member of the EU through 31 January 2020, counts in January 2020 and not from February.
-- materialized: table
create or replace view dim_trade_group_member as

with members as (
    select * from lake_trade_group_member
),

final as (
    select
        group_code,
        member,
        cast(valid_from as date) as valid_from,
        cast(valid_to as date) as valid_to,
        note,
    from members
)

select * from final;

comment on view dim_trade_group_member is 'The members of each trade group and the days they belonged to it; a member counts in a month when it was a member on the month''s first day. One row per group, member and span of membership.';
comment on column dim_trade_group_member.group_code is 'Group code, from dim_trade_group';
comment on column dim_trade_group_member.member is 'A market group''s partner economy (ISO alpha-3), or a product group''s HS code prefix (8471: every code under it)';
comment on column dim_trade_group_member.valid_from is 'First day of membership; null: a member from the start';
comment on column dim_trade_group_member.valid_to is 'Last day of membership; null: a member still';
comment on column dim_trade_group_member.note is 'Why the membership starts or ends when it does';
