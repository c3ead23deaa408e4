-- The inbox (service kit): the events a consumer has processed, recorded in the same transaction as
-- their effect, so a redelivered event is recognised and changes nothing.
create table inbox (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    topic        varchar(200) not null,
    type         varchar(200),
    processed_at timestamptz  not null,
    primary key (consumer, event_id)
);
