-- Only in the kit's tests: something for the probe resources to create and update.
create table probe_thing (
    id      uuid         primary key,
    name    varchar(100) not null,
    version bigint       not null
);
