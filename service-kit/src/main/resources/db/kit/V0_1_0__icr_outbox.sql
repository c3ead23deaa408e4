-- The transactional outbox (service kit). Every service gets this table in its own schema.
-- Kit migrations are numbered 0.x so they sort before a service's own; Flyway runs with out-of-order
-- enabled, so a kit migration added later still applies to a service that is at V7.
-- Column names follow Debezium's outbox event router (id, aggregatetype, aggregateid, type, payload),
-- so a CDC relay could replace ours; topic and message_key say where and under which key it goes.
create table outbox (
    id            uuid         primary key,
    seq           bigint       generated always as identity unique,
    aggregatetype varchar(100) not null,
    aggregateid   varchar(100) not null,
    type          varchar(200) not null,
    topic         varchar(200) not null,
    message_key   varchar(100) not null,
    payload       jsonb        not null,
    occurred_at   timestamptz  not null,
    published_at  timestamptz
);

-- The relay reads unpublished rows in write order; the purge finds old published ones.
create index outbox_unpublished_idx on outbox (seq) where published_at is null;
create index outbox_published_idx on outbox (published_at) where published_at is not null;
