-- Lockout and throttling of password sign-ins (identity.Lockouts): an account's consecutive failures and
-- until when it is locked, kept in the database so every instance sees the same lock; why an attempt
-- ended as it did; and an index to count one address's recent failures.
alter table app_user add column failed_sign_ins integer not null default 0;
alter table app_user add column locked_until timestamp with time zone;
alter table sign_in add column outcome varchar(16);
create index sign_in_address on sign_in (address, at);
