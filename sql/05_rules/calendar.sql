-- calendar: when a source's delivery for a period is due, and the day it is judged on.
--   calendar_as_of()                = the day the calendar is judged on: the nightly's run date
--                                     (the variable kaifang_as_of, set while the catalog is
--                                     built, so data_quality is as of the run) or, for a reader,
--                                     today
--   period_index(frequency, y, m)   = a period as one number: months since year 0 (monthly) or
--                                     the year (yearly), so periods count and compare as integers
--   period_year(frequency, i)       = the year of period i; period_month(frequency, i) its month
--                                     (null for yearly)
--   period_label(frequency, i)      = 2026-10 or 2026, as the calendar file writes periods
--   period_label_zh(frequency, i)   = 2026年10月 or 2026年, as a message prints it
--   period_of(frequency, label)     = the period index of a label the calendar file writes
--   period_due_date(frequency, i, due_month, due_day)
--                                   = monthly: day due_day of the month after the period;
--                                     yearly: day due_day of month due_month of the year after;
--                                     a day past the month's end is its last day (31 → 30 Nov)
--   beijing_date(ts)                = the calendar day in Beijing (UTC+8, no daylight saving) of
--                                     a UTC timestamp: a delivery loaded at 01:00 on the 21st in
--                                     Beijing arrived on the 21st, not on the 20th in UTC
--   is_loaded_on_time(arrived_on, due_date)
--                                   = loaded by the day after the deadline: kaifang knows when it
--                                     loaded a file, not when it was put in the folder, and a file
--                                     delivered on the due day is loaded by that night's run
create or replace macro calendar_as_of() as
    coalesce(try_cast(getvariable('kaifang_as_of') as date), current_date);

create or replace macro period_index(frequency, y, m) as
    case frequency when 'monthly' then y * 12 + m - 1 else y end;

create or replace macro period_year(frequency, i) as
    case frequency when 'monthly' then i // 12 else i end;

create or replace macro period_month(frequency, i) as
    case frequency when 'monthly' then i % 12 + 1 end;

create or replace macro period_label(frequency, i) as
    case frequency
        when 'monthly' then printf('%04d-%02d', period_year(frequency, i), period_month(frequency, i))
        else printf('%04d', period_year(frequency, i))
    end;

create or replace macro period_label_zh(frequency, i) as
    case frequency
        when 'monthly' then printf('%d年%d月', period_year(frequency, i), period_month(frequency, i))
        else printf('%d年', period_year(frequency, i))
    end;

create or replace macro period_of(frequency, label) as
    case frequency
        when 'monthly' then period_index('monthly', cast(label[1:4] as integer), cast(label[6:7] as integer))
        else cast(label as integer)
    end;

create or replace macro period_due_date(frequency, i, due_month, due_day) as
    case frequency
        when 'monthly' then make_date(
            (i + 1) // 12, (i + 1) % 12 + 1,
            least(due_day, day(last_day(make_date((i + 1) // 12, (i + 1) % 12 + 1, 1)))))
        else make_date(
            i + 1, due_month,
            least(due_day, day(last_day(make_date(i + 1, due_month, 1)))))
    end;

create or replace macro beijing_date(ts) as cast(ts + interval 8 hour as date);

create or replace macro is_loaded_on_time(arrived_on, due_date) as arrived_on <= due_date + interval 1 day;

comment on macro calendar_as_of is 'Calendar rule: the day sources are judged on: the nightly''s run date while the catalog is built, today for a reader';
comment on macro period_index is 'Calendar rule: a period as one integer: months since year 0 (monthly) or the year (yearly)';
comment on macro period_year is 'Calendar rule: the year of a period index';
comment on macro period_month is 'Calendar rule: the month of a monthly period index; null for yearly';
comment on macro period_label is 'Calendar rule: a period as the calendar file writes it: 2026-10, or 2026';
comment on macro period_due_date is 'Calendar rule: the day a period''s delivery is due: day due_day of the next month (monthly) or of month due_month of the next year (yearly), the month''s last day if shorter';
comment on macro period_label_zh is 'Calendar rule: a period as a message prints it: 2026年10月, or 2026年';
comment on macro period_of is 'Calendar rule: the period index of a label as the calendar file writes it (2026-10, or 2026)';
comment on macro is_loaded_on_time is 'Calendar rule: a delivery counts as on time when loaded by the day after its deadline (the night''s run after the due day)';
comment on macro beijing_date is 'Calendar rule: the day in Beijing (UTC+8) of a UTC timestamp';
