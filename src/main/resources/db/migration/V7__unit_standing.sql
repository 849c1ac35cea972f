-- Each unit's standing for a year: the facts the scoring engine reads for it (one unit of the scoring
-- input document, docs/scoring-io.md), kept current in the same transaction as every change of the
-- unit's approved records, roster, committee facts or flags. What is year-wide (行风评议, rank) is
-- computed from these rows, never from the records. A row per unit of the year, active or not.
create table unit_standing (
    year_id    bigint       not null references assessment_year (id),
    unit_id    bigint       not null references unit (id),
    facts      text         not null,
    facts_hash varchar(64)  not null,
    updated_at timestamp with time zone not null,
    primary key (year_id, unit_id)
);

-- Bumped in the same transaction as every change of a year's standings (or of the set of active
-- units), so an instance knows its scored year is stale with one small read. A year without a row
-- has no standings yet: they are built whole.
create table standing_generation (
    year_id    bigint primary key references assessment_year (id),
    generation bigint not null
);
