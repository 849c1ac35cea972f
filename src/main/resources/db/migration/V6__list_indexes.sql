-- Lists are filtered, sorted and paged in the database (the review queue: a year's records in one state,
-- the longest waiting first, optionally of one unit; a whole year's records, the latest activity first). See docs/paging.md for the plans these serve.
create index activity_record_queue on activity_record (year_id, state, submitted_at, id);
create index activity_record_unit_queue on activity_record (year_id, unit_id, state, submitted_at, id);
create index activity_record_year_latest on activity_record (year_id, activity_date, id);
create index activity_record_year_submitted on activity_record (year_id, submitted_at desc nulls last, id desc);
