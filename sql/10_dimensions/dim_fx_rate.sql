-- dim_fx_rate: yearly average yuan per US dollar (central parity, as the statistics bureau's
-- yearly communiqués state it), from data/reference/fx_rate.csv.
-- grain: one row per year.
-- materialized: table
create or replace view dim_fx_rate as

with rates as (
    select * from lake_fx_rate
),

final as (
    select
        year,
        cny_per_usd,
        source,
        note,
    from rates
)

select * from final;

comment on view dim_fx_rate is 'Yearly average exchange rate, yuan per US dollar. One row per year.';
comment on column dim_fx_rate.year is 'Calendar year';
comment on column dim_fx_rate.cny_per_usd is 'Yearly average central parity: CNY for one USD';
comment on column dim_fx_rate.source is 'Publication the rate is taken from';
comment on column dim_fx_rate.note is 'How the rate differs from the World Bank''s (WDI PA.NUS.FCRF) beyond rounding, and why';
