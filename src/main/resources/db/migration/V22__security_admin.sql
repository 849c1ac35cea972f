-- 三员分立 (等保 level 3): the security administrator (安全管理员) keeps lockouts, second factors, sessions
-- and tokens; the system administrator (ADMIN) keeps accounts, units and years; the audit
-- administrator (AUDITOR) reads the audit. An account the system administrator makes (or changes) into
-- a security or audit administrator cannot sign in until a security administrator confirms it, so no
-- one person can give themselves a second administrative role.
alter table app_user drop constraint app_user_role;
alter table app_user add constraint app_user_role
    check (role in ('ADMIN', 'REVIEWER', 'REPORTER', 'LEADER', 'AUDITOR', 'SECURITY'));
alter table app_user add column awaiting_confirmation boolean default false not null;
