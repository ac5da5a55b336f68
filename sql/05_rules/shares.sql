-- shares: a part against a whole, in percent, written once.
--   ratio_pct(part, whole)           = part / whole * 100, noise_free (exact to 9 places; rounded
--                                      once, where printed); null when whole is 0 or missing
--   share_pct(part, whole)           = ratio_pct where the whole is positive: a share of a total
--                                      (of the province, of trade) or of a target level
--   completion_pct(actual, target)   = share_pct(actual level, the level the target asks for): 完成率,
--                                      "完成年度目标的94.2%"; two rates are never divided
--   contribution_pct(part_change, total_change)
--                                    = ratio_pct: 贡献率, the part's share of the total's change;
--                                      null when the total did not change
--   pull_pp(part_change, total_prev) = share_pct: 拉动, points of the total's growth the part gave
--   published_share(pct)             = a share rounded once to 2 places, half away from zero, as
--                                      shares of a whole print (占全国的0.07%), in decimal arithmetic
create or replace macro ratio_pct(part, whole) as
    case when whole <> 0 then noise_free(part / whole * 100) end;

create or replace macro share_pct(part, whole) as
    case when whole > 0 then ratio_pct(part, whole) end;

create or replace macro completion_pct(actual_level, target_level) as share_pct(actual_level, target_level);

create or replace macro contribution_pct(part_change, total_change) as ratio_pct(part_change, total_change);

create or replace macro pull_pp(part_change, total_prev) as share_pct(part_change, total_prev);

create or replace macro published_share(pct) as cast(round(cast(pct as decimal(38, 9)), 2) as double);

comment on macro ratio_pct is 'Share rule: part / whole * 100, exact to 9 places; null when whole is zero';
comment on macro share_pct is 'Share rule: part / whole * 100, exact to 9 places, for a positive whole';
comment on macro completion_pct is 'Share rule: 完成率, the actual level / the level the target asks for * 100';
comment on macro contribution_pct is 'Share rule: 贡献率, a part''s change / the total''s change * 100';
comment on macro published_share is 'Share rule: a share rounded once to 2 places, as shares of a whole print';
comment on macro pull_pp is 'Share rule: 拉动, a part''s change / the total''s previous level * 100, in points';
