-- Which part of its element a record is, for an element whose parts a record names (norms-1a:
-- 'party' 机关党建工作汇报 or 'mass' 群团工作汇报). Records filed before are left null and count as
-- the element's first part (docs/decisions/0002-records-without-a-part.md).
alter table activity_record add column part varchar(32);
