-- Idempotency-Key (service kit): the first answer to a POST, kept with a hash of its request, written in
-- the same transaction as the POST's effect. Keys belong to the caller that sent them.
create table idempotency_key (
    principal     varchar(200) not null,
    key           varchar(200) not null,
    request_hash  char(64)     not null,
    status        int          not null,
    location      varchar(1000),
    etag          varchar(100),
    body          text,
    created_at    timestamptz  not null,
    expires_at    timestamptz  not null,
    primary key (principal, key)
);

create index idempotency_key_expires_idx on idempotency_key (expires_at);
