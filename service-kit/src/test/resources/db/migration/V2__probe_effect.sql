-- Only in the kit's tests: the effect of a consumed event, to count effects under redelivery.
create table probe_effect (
    event_id varchar(100) not null,
    name     varchar(100) not null
);
