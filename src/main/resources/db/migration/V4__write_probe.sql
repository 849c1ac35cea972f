-- The health check rewrites this one row: a database that cannot take a write reports DOWN.
-- Its CHECK … IN constraint is of the kind H2 2.4.240 broke (docs/decisions/0001-h2-version.md).
create table write_probe (
    id        integer primary key,
    probed_at timestamp with time zone not null,
    constraint write_probe_single_row check (id in (1))
);
insert into write_probe (id, probed_at) values (1, current_timestamp);
