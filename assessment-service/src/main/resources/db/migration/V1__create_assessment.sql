-- The walking skeleton's assessment: enough to exercise the service end to end.
create table assessment (
    id           uuid        primary key,
    nhs_number   varchar(10) not null check (nhs_number ~ '^[0-9]{10}$'),
    type         varchar(40) not null,
    status       varchar(30) not null,
    created_at   timestamptz not null,
    version      bigint      not null
);

create index assessment_nhs_number_idx on assessment (nhs_number);
