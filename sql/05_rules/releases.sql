-- releases: which version of a figure stands, written once: the latest release, then the file's
-- precedence; load order (vintage) never decides.
--   release_rank(status)  = the round of a release, earliest first: 快报 1, 初步核算 2, 初步核实 3,
--                           最终核实 4, 年报 4 (the yearbook prints the verified figure), 修订 5
--                           (a revision, e.g. after a census); 0 when the source does not say
--   Versions of one figure are ordered by: release_rank, highest first (a later round supersedes
--   an earlier one, whatever the dates); within a round the later release date, a version
--   without a date after every dated one; then precedence, highest first. The versions sharing
--   the first place must agree (within their rounding): a contradiction there is a conflict,
--   and the figure is withheld (待核实) rather than settled by a tie rule. A file that does not
--   say its round ranks below every stated round.
--   release_mark_zh(status) = the mark printed beside a figure not yet verified: 快报, or 初步
--                           for 初步核算 and 初步核实; null for a verified figure or an unknown round
create or replace macro release_rank(status) as
    case status
        when '快报' then 1
        when '初步核算' then 2
        when '初步核实' then 3
        when '最终核实' then 4
        when '年报' then 4
        when '修订' then 5
        else 0
    end;

create or replace macro release_mark_zh(status) as
    case
        when status = '快报' then '快报'
        when status in ('初步核算', '初步核实') then '初步'
    end;

create or replace macro release_mark_en(status) as
    case
        when status = '快报' then 'flash'
        when status in ('初步核算', '初步核实') then 'preliminary'
    end;

comment on macro release_rank is 'Release rule: the round of a release, earliest first: 快报 1, 初步核算 2, 初步核实 3, 最终核实 and 年报 4, 修订 5; 0 unknown';
comment on macro release_mark_zh is 'Release rule: 快报 or 初步 beside a figure not yet verified';
comment on macro release_mark_en is 'Release rule: flash or preliminary beside a figure not yet verified';
