-- growth: the rules of growth, written once and called by every view, check and report.
-- Every rate is in percent and exact: a view carries it to 9 places (noise_free), and it is
-- rounded once, to the places it is printed with, by published_rate here or by the reports as
-- they print it. Rounded to 2 places first and to 1 then, a rate of 1.0466 would print 1.1 where
-- the bureau prints 1.0.
--   noise_free(x)                 = x to 9 places: past them a binary double holds noise, not a
--                                   figure (0.76 held as 0.7599999999999998, 20 as 19.999999999999996)
--   growth_factor(pct)            = 1 + pct / 100: a rate as the factor it multiplies a level by
--   rate_from_factor(f)           = (f - 1) * 100: back from a factor to a rate
--   growth_pct(value, prev)       = rate_from_factor(value / prev), noise_free; null when prev is
--                                   missing, zero or negative, or value is negative: across a change
--                                   of sign no rate exists (由负转正 / 由正转负, see growth_note)
--   level_change(value, prev)     = value - prev (增量/增加/减少), in the levels' unit, noise_free
--   implied_prev_level(value, r)  = value / growth_factor(r): the previous level a published rate
--                                   implies; null for r <= -100
--   log_factor(r)                 = ln(growth_factor(r)): summed over years, exp() of the sum is the
--                                   chained growth index of several published rates
--   average_growth_pct(index, n)  = rate_from_factor(index ^ (1 / n)): average yearly growth over n
--                                   years of a growth index (levels: value / value n years before;
--                                   rates: the chained index); null unless the index is positive
--   cagr_pct(value, base, n)      = average_growth_pct(value / base, n) from two levels; null on a
--                                   missing, zero or negative base, or a negative value
--   compound_factor(g, years)     = growth_factor(g) ^ years: where g a year for years leads
--   rounding_tolerance(decimals)  = half a unit of a published figure's last decimal (0.05 for a
--                                   rate given as 16.1): how far a recomputed rate may differ
--   published_rate(pct)           = pct rounded once to 1 place, half away from zero, the precision
--                                   bureaus publish rates with: targets are judged and ranks given at
--                                   it (9.96% is published 10.0%); in decimal arithmetic, from the
--                                   rate noise_free, so that 1.45, which a double holds as
--                                   1.4499999999999999556, still rounds to 1.5
--   growth_rate_low(value, value_rounding, prev, prev_rounding), growth_rate_high(…)
--                                 = the lowest and highest rate two rounded levels allow: a level
--                                   printed 2.35 is anything from 2.345 to 2.355, so 2.35 -> 2.71
--                                   is +14.86% to +15.78% (interval arithmetic); a rounding left
--                                   null counts as exact
--   presence_note(value, prev)    = new (新增: nothing a period before) or ceased (由有到无: nothing
--                                   now), for the parts of a breakdown (partners, HS chapters)
--   growth_note(value, prev, rate) = why a growth figure reads as words: unchanged (持平: the rate
--                                   prints 0.0, or the level did not move), turned_positive (由负转正), turned_negative (由正转负), from_zero
--                                   (上年为零: no rate on a zero base); null when the rate speaks
create or replace macro noise_free(x) as round(x, 9);

create or replace macro growth_factor(pct) as 1 + pct / 100;

create or replace macro rate_from_factor(factor) as (factor - 1) * 100;

create or replace macro growth_pct(value, prev) as
    case when prev > 0 and value >= 0 then noise_free(rate_from_factor(value / prev)) end;

create or replace macro level_change(value, prev) as noise_free(value - prev);

create or replace macro implied_prev_level(value, rate) as
    case when rate > -100 then value / growth_factor(rate) end;

create or replace macro log_factor(rate) as
    case when rate > -100 then ln(growth_factor(rate)) end;

create or replace macro average_growth_pct(growth_index, years) as
    case when growth_index > 0 and years > 0 then noise_free(rate_from_factor(power(growth_index, 1.0 / years))) end;

create or replace macro cagr_pct(value, base, years) as
    case when base > 0 and value >= 0 then average_growth_pct(value / base, years) end;

create or replace macro compound_factor(pct, years) as power(growth_factor(pct), years);

create or replace macro rounding_tolerance(decimals) as 0.5 * power(10, -decimals);

create or replace macro published_rate(pct) as cast(round(cast(pct as decimal(38, 9)), 1) as double);

create or replace macro growth_note(value, prev, rate) as
    case
        when published_rate(rate) = 0 or value = prev then 'unchanged'
        when rate is not null then null
        when prev < 0 and value > 0 then 'turned_positive'
        when prev > 0 and value < 0 then 'turned_negative'
        when prev = 0 and value > 0 then 'from_zero'
        when prev < 0 and value < 0 then 'negative_both'
    end;

create or replace macro growth_rate_low(value, value_rounding, prev, prev_rounding) as
    growth_pct(value - coalesce(value_rounding, 0), prev + coalesce(prev_rounding, 0));

create or replace macro growth_rate_high(value, value_rounding, prev, prev_rounding) as
    growth_pct(value + coalesce(value_rounding, 0), prev - coalesce(prev_rounding, 0));

create or replace macro presence_note(value, prev) as
    case
        when coalesce(prev, 0) = 0 and value > 0 then 'new'
        when coalesce(value, 0) = 0 and prev > 0 then 'ceased'
    end;

create or replace macro growth_note_zh(note) as
    case note
        when 'unchanged' then '持平'
        when 'turned_positive' then '由负转正'
        when 'turned_negative' then '由正转负'
        when 'from_zero' then '上年为零'
        when 'negative_both' then '两年均为负'
        when 'new' then '新增'
        when 'ceased' then '由有到无'
    end;

create or replace macro growth_note_en(note) as
    case note
        when 'unchanged' then 'unchanged'
        when 'turned_positive' then 'turned positive'
        when 'turned_negative' then 'turned negative'
        when 'from_zero' then 'none a year before'
        when 'negative_both' then 'negative both years'
        when 'new' then 'new'
        when 'ceased' then 'ceased'
    end;

comment on macro noise_free is 'Growth rule: x to 9 places, where a binary double''s noise begins (0.76 held as 0.7599999999999998)';
comment on macro growth_factor is 'Growth rule: 1 + pct / 100, the factor a rate multiplies a level by';
comment on macro rate_from_factor is 'Growth rule: (factor - 1) * 100, the rate of a growth factor';
comment on macro growth_pct is 'Growth rule: (value / prev - 1) * 100, exact to 9 places (rounded once, where printed); null on a missing, zero or negative base or a negative value (no rate across a change of sign)';
comment on macro level_change is 'Growth rule: value - prev (增量), in the levels'' unit, exact to 9 places';
comment on macro implied_prev_level is 'Growth rule: value / (1 + rate / 100), the previous level a published rate implies; null for a rate of -100% or below';
comment on macro log_factor is 'Growth rule: ln(1 + rate / 100); exp of its sum over years chains published rates into a growth index';
comment on macro average_growth_pct is 'Growth rule: (index ^ (1 / years) - 1) * 100, exact to 9 places: the average yearly growth of a growth index';
comment on macro cagr_pct is 'Growth rule: average yearly growth from two levels years apart; null on a missing, zero or negative base';
comment on macro compound_factor is 'Growth rule: (1 + pct / 100) ^ years, the factor a yearly rate compounds to';
comment on macro rounding_tolerance is 'Growth rule: 0.5 * 10 ^ -decimals, half a unit of a published figure''s last decimal';
comment on macro published_rate is 'Growth rule: a rate rounded once to 1 place, as bureaus publish it; targets are judged and ranks given at this precision';
comment on macro growth_note is 'Growth rule: unchanged (the rate prints 0.0), turned_positive, turned_negative, from_zero or negative_both where no rate can be given; null when the rate speaks';
comment on macro growth_rate_low is 'Growth rule: the lowest rate two rounded levels allow (value - its rounding over prev + its rounding)';
comment on macro growth_rate_high is 'Growth rule: the highest rate two rounded levels allow (value + its rounding over prev - its rounding)';
comment on macro presence_note is 'Growth rule: new (nothing a period before) or ceased (nothing now), for a breakdown''s parts';
comment on macro growth_note_zh is 'Growth rule: the note as a bureau writes it: 持平, 由负转正, 由正转负, 上年为零, 两年均为负';
comment on macro growth_note_en is 'Growth rule: the note in English';
