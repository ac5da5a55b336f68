-- targets: how a target and the progress towards it are judged, written once.
--   target_level(prev, g)         = prev * growth_factor(g): the level a growth target g asks for,
--                                   only where the level and the target share a basis (nominal)
--   gap_pp(rate, target)          = rate - target, 2 places: points above (+) or below (-) a target
--   target_status(gap_pp, completion, direction, tolerance_pp)
--                                 = attained | nearly | missed | pending. The measure is gap_pp for a
--                                   growth target, gap_pp(completion, 100) for a level target, the
--                                   completion given as printed (published_rate); for an
--                                   at-most target (控制在…以内) its sign turns. At or past the target:
--                                   attained (达标); short of it by no more than the tolerance of an
--                                   approximate target (…左右): nearly (基本达标); else missed (未达标);
--                                   no measure yet: pending (待核实)
--   elapsed_pct(month)            = month / 12 * 100: the share of the year gone by (序时进度);
--                                   1-2月 is one release, month 2
--   stock_progress_pct(now, year_start, target)
--                                 = (now - year_start) / (target - year_start) * 100: how far a stock
--                                   has come from last year-end towards its target; null unless the
--                                   target is above last year-end
--   pace_status(gap_pp, direction) = ahead | on_pace | behind against 序时进度, beyond 0.05 points;
--                                   for an at-most target, being over the pace is behind, and reads
--                                   超出控制进度 (under it: 低于控制进度)
create or replace macro target_level(prev_level, growth_target_pct) as prev_level * growth_factor(growth_target_pct);

create or replace macro gap_pp(rate, target) as round(rate - target, 2);

create or replace macro directed(measure, direction) as
    case when direction = 'at_most' then -measure else measure end;

create or replace macro target_status(gap, completion, direction, tolerance_pp) as
    case
        when coalesce(gap, completion) is null then 'pending'
        -- gap_pp, not a bare subtraction: 99.8 - 100 is -0.20000000000000284 in a double
        when directed(coalesce(gap, gap_pp(completion, 100)), direction) >= 0 then 'attained'
        when directed(coalesce(gap, gap_pp(completion, 100)), direction) >= -tolerance_pp then 'nearly'
        else 'missed'
    end;

create or replace macro target_status_zh(status) as
    case status
        when 'attained' then '达标'
        when 'nearly' then '基本达标'
        when 'missed' then '未达标'
        when 'pending' then '待核实'
    end;

create or replace macro elapsed_pct(month) as ratio_pct(month, 12);

create or replace macro stock_progress_pct(now, year_start, target) as
    case when target > year_start then ratio_pct(now - year_start, target - year_start) end;

create or replace macro pace_status(gap, direction) as
    case
        when gap is null then null
        when directed(gap, direction) > 0.05 then 'ahead'
        when directed(gap, direction) < -0.05 then 'behind'
        else 'on_pace'
    end;

create or replace macro pace_status_zh(status, direction) as
    case
        when status = 'on_pace' then '与序时进度持平'
        when direction = 'at_most' and status = 'ahead' then '低于控制进度'
        when direction = 'at_most' and status = 'behind' then '超出控制进度'
        when status = 'ahead' then '超序时进度'
        when status = 'behind' then '滞后于序时进度'
    end;

create or replace macro pace_status_en(status) as replace(status, '_', ' ');

comment on macro target_level is 'Target rule: prev * (1 + g / 100), the level a growth target asks for (nominal indicators only)';
comment on macro gap_pp is 'Target rule: rate - target in percentage points, 2 places';
comment on macro directed is 'Target rule: a measure signed so that above 0 is good: turned for an at-most target';
comment on macro target_status is 'Target rule: attained, nearly (within the tolerance of an approximate target), missed or pending, from gap_pp (growth) or gap_pp(completion as printed, 100) (level)';
comment on macro target_status_zh is 'Target rule: 达标, 基本达标, 未达标 or 待核实';
comment on macro elapsed_pct is 'Target rule: month / 12 * 100, the share of the year gone by (序时进度)';
comment on macro stock_progress_pct is 'Target rule: (now - last year-end) / (target - last year-end) * 100 for a stock';
comment on macro pace_status is 'Target rule: ahead, on_pace or behind the time-elapsed share, beyond 0.05 points';
comment on macro pace_status_en is 'Target rule: ahead, on pace or behind, in words';
comment on macro pace_status_zh is 'Target rule: 超序时进度, 与序时进度持平 or 滞后于序时进度; for a cap 低于控制进度 or 超出控制进度';
