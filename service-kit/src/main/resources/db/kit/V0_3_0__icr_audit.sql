-- The audit trail (service kit): who read or changed a person's data, when, why, and with what outcome.
-- Append-only: the service's own role may insert and read, never update, delete or truncate.
create table audit_record (
    id             uuid          primary key,
    occurred_at    timestamptz   not null,
    actor          varchar(200)  not null,
    roles          varchar(500)  not null,
    organisation   varchar(50),
    action         varchar(50)   not null,
    resource_type  varchar(50)   not null,
    resource_id    varchar(100),
    nhs_number     varchar(10),
    purpose        varchar(50)   not null,
    correlation_id varchar(100)  not null,
    method         varchar(10)   not null,
    path           varchar(500)  not null,
    status         int           not null,
    outcome        varchar(20)   not null
);

create index audit_record_nhs_number_idx on audit_record (nhs_number, occurred_at);
create index audit_record_correlation_idx on audit_record (correlation_id);

create function audit_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit records are append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_record_no_update_or_delete before update or delete on audit_record
    for each row execute function audit_record_is_append_only();
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_record_is_append_only();

-- Belt and braces: the privileges go too, so the service's role cannot even try.
revoke update, delete, truncate on audit_record from public;
revoke update, delete, truncate on audit_record from current_user;
