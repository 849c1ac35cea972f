-- The engine now reads the rubric as revised on 2026-12-01 (parts of norms-1a and study-3b, 加倍倒扣 as twice
-- the claim, false claims beside true facts, one deduction per baseline item): each standing's stored facts
-- (the unit's entry of the scoring document) and totals were written under the first reading. Standings are
-- derived data: emptied here, they are built again from the rows when the platform starts (StandingsAtStart).
delete from unit_standing;
delete from standing_generation;
