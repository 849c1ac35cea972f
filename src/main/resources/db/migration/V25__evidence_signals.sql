-- Evidence integrity signals: what a photo looks like (a 64-bit difference hash) and when its camera says
-- it was taken (Exif DateTimeOriginal, the camera's local time), computed once per evidence file at upload,
-- or on first look for files stored before this version. The signals themselves are computed when asked,
-- so they follow every edit of a record. A row per JPEG/PNG file; a null hash: the picture could not be
-- read or is one flat tone; a null capture time: no Exif date.
create table evidence_print (
    evidence_id bigint primary key references evidence (id) on delete cascade,
    year_id     bigint not null references assessment_year (id),
    dhash       bigint,
    captured_at timestamp,
    computed_at timestamp with time zone not null
);

-- a record's page compares its photos with the year's hashes and looks its files' digests up
create index evidence_print_year on evidence_print (year_id);
create index evidence_sha256 on evidence (sha256);
