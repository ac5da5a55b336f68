-- stg_trade_flow: customs trade detail as loaded now.
-- grain: one row per year, month, region_code, partner_iso, hs_code, flow.
create or replace view stg_trade_flow as

with current_rows as (
    select * from lake_trade_flow
),

final as (
    select
        year,
        month,
        region_code,
        partner_iso,
        hs_code,
        left(hs_code, 2) as hs_chapter,
        flow,
        value_usd,
        quantity,
        trade_mode,
        enterprise_type,
        source_file,
        source_line,
        vintage,
    from current_rows
)

select * from final;

comment on view stg_trade_flow is 'Customs trade detail by month, region, partner and HS code. One row per record.';
comment on column stg_trade_flow.year is 'Calendar year';
comment on column stg_trade_flow.month is 'Month 1-12 (the month''s own figure, not cumulative)';
comment on column stg_trade_flow.region_code is 'Administrative code';
comment on column stg_trade_flow.partner_iso is 'Partner country, ISO alpha-3';
comment on column stg_trade_flow.hs_code is 'HS code, 2 to 10 digits';
comment on column stg_trade_flow.hs_chapter is 'HS chapter: the code''s first two digits';
comment on column stg_trade_flow.flow is 'export or import';
comment on column stg_trade_flow.value_usd is 'Value in US dollars';
comment on column stg_trade_flow.quantity is 'Quantity in the HS code''s unit';
comment on column stg_trade_flow.trade_mode is 'Customs'' 贸易方式 code, e.g. 10 (一般贸易), dim_trade_code; null where the file does not give it';
comment on column stg_trade_flow.enterprise_type is 'Customs'' 企业性质 code, e.g. 6 (私营企业), dim_trade_code; null where the file does not give it';
comment on column stg_trade_flow.source_file is 'Source file, relative to the data folder';
comment on column stg_trade_flow.source_line is 'Line of the row in the source file';
comment on column stg_trade_flow.vintage is 'When this version of the source file was loaded (UTC)';
