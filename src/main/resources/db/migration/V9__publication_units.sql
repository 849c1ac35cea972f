-- A publication keeps the rubric text it was scored with (so a frozen page never reads today's
-- rubric file) and one row per unit: its line (what the year's table, charts and diffs show) and its
-- sheet (what its scorecard shows: explanations, withholdings, 加分 cap, 行风评议, the records behind
-- each element). Published pages read these rows only; the documents stay for the API and `score`.
-- Publications from before V9 get their rows at start-up, from their documents.
alter table publication add column rubric_text text;
alter table publication alter column records_document drop not null;

create table publication_unit (
    publication_id bigint      not null references publication (id),
    unit_id        varchar(64) not null,
    position       integer     not null,
    line           text        not null,
    sheet          text        not null,
    primary key (publication_id, unit_id)
);
