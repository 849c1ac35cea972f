-- 等保 level 3 security audit: every audit entry carries its outcome and a SHA-256 hash chain
-- (entry_hash covers the entry's content and previous_hash, the entry before it). Rows written
-- before this migration, or in bulk by the generator, are chained ("sealed") in id order by the
-- next append or at startup; audit_head names the last sealed entry and is the lock that keeps two
-- writers from forking the chain (SELECT ... FOR UPDATE inside the writer's transaction).
alter table audit_event add column outcome varchar(16) default 'ok' not null;
alter table audit_event add column previous_hash char(64);
alter table audit_event add column entry_hash char(64);
create index audit_event_time on audit_event (occurred_at, id);
create index audit_event_actor on audit_event (actor, id);

create table audit_head (
    id        integer primary key,
    last_id   bigint,
    last_hash char(64),
    constraint audit_head_single check (id = 1)
);
insert into audit_head (id, last_id, last_hash) values (1, null, null);

-- the audit administrator (审计管理员): reads and exports the audit log, nothing else
alter table app_user drop constraint app_user_role;
alter table app_user add constraint app_user_role check (role in ('ADMIN', 'REVIEWER', 'REPORTER', 'LEADER', 'AUDITOR'));
