-- Resource history (service kit): every version of every resource, as the API showed it, with who made
-- the change and how. Append-only, like the audit trail.
create table resource_version (
    resource_type  varchar(50)   not null,
    resource_id    uuid          not null,
    version        bigint        not null,
    action         varchar(40)   not null,
    changed_at     timestamptz   not null,
    changed_by     varchar(200)  not null,
    organisation   varchar(50),
    snapshot       jsonb         not null check (jsonb_typeof(snapshot) = 'object'),
    primary key (resource_type, resource_id, version)
);

create function resource_version_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'resource versions are append-only: % is not allowed', tg_op;
end;
$$;

create trigger resource_version_no_update_or_delete before update or delete on resource_version
    for each row execute function resource_version_is_append_only();
create trigger resource_version_no_truncate before truncate on resource_version
    for each statement execute function resource_version_is_append_only();

revoke update, delete, truncate on resource_version from public;
revoke update, delete, truncate on resource_version from current_user;
