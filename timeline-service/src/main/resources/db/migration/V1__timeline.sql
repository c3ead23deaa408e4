-- Every domain event about a person, as it was published, in the order it happened. Filled from the four
-- services' topics through the kit's inbox, so a redelivered event is one entry (and event_id is unique).
create table timeline_entry (
    id           uuid         primary key,
    event_id     varchar(200) not null unique,
    nhs_number   varchar(10)  not null check (nhs_number ~ '^[0-9]{10}$'),
    topic        varchar(200) not null,
    type         varchar(200) not null,
    source       varchar(500),
    subject      varchar(200),
    occurred_at  timestamptz  not null,
    data         jsonb        not null,
    recorded_at  timestamptz  not null
);

-- A person's timeline, oldest first, a page at a time (the kit's keyset cursor: time, then id).
create index timeline_entry_person_idx on timeline_entry (nhs_number, occurred_at, id);
