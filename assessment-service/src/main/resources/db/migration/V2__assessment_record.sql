-- The full assessment record (issue 4). The findings (contributors, outcomes, wellbeing, health needs,
-- named carers) are value objects of one assessment: always read, changed and versioned together, never
-- shared between assessments. They are kept as JSON arrays beside the columns that are filtered on, so a
-- read is one row and the history keeps whole snapshots.
alter table assessment
    add column method                  varchar(30),
    add column primary_support_reason  varchar(60),
    add column planned_date            date,
    add column started_at              timestamptz,
    add column completed_date          date,
    add column completed_at            timestamptz,
    add column status_reason           varchar(2000),
    add column what_matters_to_me      text,
    add column impairment_or_illness   boolean,
    add column contributors            jsonb not null default '[]' check (jsonb_typeof(contributors) = 'array'),
    add column outcomes                jsonb not null default '[]' check (jsonb_typeof(outcomes) = 'array'),
    add column wellbeing               jsonb not null default '[]' check (jsonb_typeof(wellbeing) = 'array'),
    add column health_needs            jsonb not null default '[]' check (jsonb_typeof(health_needs) = 'array'),
    add column carers                  jsonb not null default '[]' check (jsonb_typeof(carers) = 'array'),
    -- Computed by the service at completion, never typed in; an assessor's override is kept beside it.
    add column eligibility             jsonb check (eligibility is null or jsonb_typeof(eligibility) = 'object'),
    add column eligible                boolean,
    add column updated_at              timestamptz;

update assessment set updated_at = created_at where updated_at is null;
alter table assessment alter column updated_at set not null;

alter table assessment
    add constraint assessment_status_known
        check (status in ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'ENTERED_IN_ERROR')),
    -- A completed assessment always carries its determination, and only a completed one (or one later
    -- marked entered in error) can have one.
    add constraint assessment_completed_has_eligibility
        check (status <> 'COMPLETED' or (eligibility is not null and completed_at is not null)),
    add constraint assessment_eligibility_only_when_completed
        check (eligibility is null or completed_at is not null),
    add constraint assessment_eligible_with_eligibility
        check ((eligibility is null) = (eligible is null));

-- Lists are by person, optionally by status and type, in creation order (the cursor's order).
drop index assessment_nhs_number_idx;
create index assessment_person_idx on assessment (nhs_number, created_at, id);

-- Every version of every assessment, as the API showed it, with who made the change and how.
create table assessment_version (
    assessment_id  uuid          not null references assessment (id),
    version        bigint        not null,
    action         varchar(30)   not null,
    changed_at     timestamptz   not null,
    changed_by     varchar(200)  not null,
    organisation   varchar(50),
    snapshot       jsonb         not null check (jsonb_typeof(snapshot) = 'object'),
    primary key (assessment_id, version)
);

-- Existing assessments get their current state as their first recorded version.
insert into assessment_version (assessment_id, version, action, changed_at, changed_by, snapshot)
select id, version, 'MIGRATED', created_at, 'migration',
       jsonb_build_object('id', id, 'nhsNumber', nhs_number, 'type', type, 'status', status, 'version', version)
from assessment;

create function assessment_version_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'assessment versions are append-only: % is not allowed', tg_op;
end;
$$;

create trigger assessment_version_no_update_or_delete before update or delete on assessment_version
    for each row execute function assessment_version_is_append_only();
