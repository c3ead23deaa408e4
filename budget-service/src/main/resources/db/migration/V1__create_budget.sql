-- The walking skeleton's budget: enough to exercise the service end to end.
create table budget (
    id           uuid        primary key,
    nhs_number   varchar(10) not null check (nhs_number ~ '^[0-9]{10}$'),
    status       varchar(30) not null,
    created_at   timestamptz not null,
    version      bigint      not null
);

create index budget_nhs_number_idx on budget (nhs_number);
