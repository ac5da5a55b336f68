-- membership: who belongs to a group on a day, and when a division is coded enough to compare.
--   is_member_on(valid_from, valid_to, day) = the day lies in [valid_from, valid_to]; a null end
--                                             is open. A member counts in a month when it was one
--                                             on the month's first day
--   uncoded_limit_pct()                     = 5: the percent of a division's trade that may lack
--                                             its code (未注明), as reports' notes print it
--   is_coded_enough(not_given, whole)       = at most uncoded_limit_pct() of a division's trade
--                                             lacks its code: only then is the division compared
--                                             with another period
create or replace macro is_member_on(valid_from, valid_to, day) as
    coalesce(valid_from, date '0001-01-01') <= day and coalesce(valid_to, date '9999-12-31') >= day;

create or replace macro uncoded_limit_pct() as 5;

create or replace macro is_coded_enough(not_given, whole) as coalesce(not_given, 0) <= uncoded_limit_pct() / 100.0 * whole;

comment on macro is_member_on is 'Membership rule: the day lies between valid_from and valid_to, a null end open';
comment on macro uncoded_limit_pct is 'Membership rule: the percent of a division''s trade that may lack its code (未注明) for it to be compared';
comment on macro is_coded_enough is 'Membership rule: at most 5% of a division''s trade lacks its code (未注明), so it can be compared';
