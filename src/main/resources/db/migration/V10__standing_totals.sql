-- Each standing also keeps what the unit's own facts score to, computed in the same transaction as
-- the facts: 党建分, 加分 (after the cap), serious deductions, total, the stars awarded and their count.
-- What depends on other units (业绩优's 行风评议 pool, 双优, 先进, rank) is not stored: it is computed
-- from the year's standings. Standings are derived data: they are emptied here and built again from
-- the rows when the platform starts (StandingsAtStart), so every row has its totals.
delete from unit_standing;
delete from standing_generation;
alter table unit_standing add column party_score numeric(7, 2) not null;
alter table unit_standing add column bonus numeric(7, 2) not null;
alter table unit_standing add column serious_deductions numeric(7, 2) not null;
alter table unit_standing add column total numeric(7, 2) not null;
alter table unit_standing add column star_count integer not null;
alter table unit_standing add column stars_awarded varchar(200) not null;
