-- The walking skeleton's carer: enough to exercise the service end to end. Unlike the people they care
-- for, carers may have no NHS number on record, so the name is kept and the NHS number is optional.
create table carer (
    id           uuid         primary key,
    name         varchar(200) not null check (length(trim(name)) > 0),
    nhs_number   varchar(10)  check (nhs_number ~ '^[0-9]{10}$'),
    status       varchar(30)  not null,
    created_at   timestamptz  not null,
    version      bigint       not null
);

create index carer_nhs_number_idx on carer (nhs_number);
