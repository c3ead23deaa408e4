-- The carer's own record (issue 7): who they are, whom they care for, their carer's assessments, their
-- support plan with its emergency plan, and what they consent to share with whom.
alter table carer
    add column date_of_birth     date,
    add column phone             varchar(30),
    add column email             varchar(200),
    add column address           varchar(500),
    add column employment        varchar(30) check (employment in ('EMPLOYED_FULL_TIME', 'EMPLOYED_PART_TIME',
                                     'SELF_EMPLOYED', 'NOT_IN_WORK', 'RETIRED', 'IN_EDUCATION', 'UNABLE_TO_WORK')),
    add column identified_via    varchar(20) not null default 'SELF'
                                 check (identified_via in ('GP', 'HOSPITAL', 'ASSESSMENT', 'SELF', 'VCSE')),
    -- The people this carer cares for: [{caredForNhsNumber, relationship, livesWith, hoursPerWeek, since,
    -- carePlanId, assessmentId, assessmentCarerId}], queried by cared-for person through the GIN index.
    add column caring_for        jsonb not null default '[]' check (jsonb_typeof(caring_for) = 'array'),
    add column support_plan      jsonb check (support_plan is null or jsonb_typeof(support_plan) = 'object'),
    add column status_reason     varchar(2000),
    add column updated_at        timestamptz,
    add constraint carer_status_known check (status in ('IDENTIFIED', 'ASSESSMENT_OFFERED', 'ASSESSED', 'SUPPORTED',
                                                        'NO_LONGER_CARING'));

update carer set updated_at = created_at where updated_at is null;
alter table carer alter column updated_at set not null;

create index carer_caring_for_idx on carer using gin (caring_for jsonb_path_ops);
create index carer_created_idx on carer (created_at, id);

-- A carer's assessment (Care Act s10): OFFERED (the duty to offer it), IN_PROGRESS, COMPLETED with the
-- reg 3 determination the service computed, or DECLINED by the carer.
create table carer_assessment (
    id             uuid         primary key,
    carer_id       uuid         not null references carer (id),
    status         varchar(20)  not null check (status in ('OFFERED', 'IN_PROGRESS', 'COMPLETED', 'DECLINED')),
    findings       jsonb        check (findings is null or jsonb_typeof(findings) = 'object'),
    determination  jsonb        check (determination is null or jsonb_typeof(determination) = 'object'),
    eligible       boolean,
    offered_at     timestamptz  not null,
    completed_at   timestamptz,
    completed_by   varchar(200),
    version        bigint       not null,
    constraint carer_assessment_completed_has_decision check (
        (status = 'COMPLETED') = (determination is not null and eligible is not null and completed_at is not null))
);

create index carer_assessment_carer_idx on carer_assessment (carer_id, offered_at);

-- Consent to share (UK GDPR, common law duty of confidentiality): what, with whom, why, for how long.
create table carer_consent (
    id                    uuid          primary key,
    carer_id              uuid          not null references carer (id),
    categories            varchar(200)  not null,
    recipient             varchar(20)   not null check (recipient in ('CARE_TEAM', 'GP_PRACTICE', 'CARERS_SERVICE')),
    -- CARE_TEAM: whose care team (the cared-for person's NHS number); otherwise the organisation (ODS code).
    cared_for_nhs_number  varchar(10)   check (cared_for_nhs_number ~ '^[0-9]{10}$'),
    organisation          varchar(10)   check (organisation ~ '^[A-Z0-9]{3,10}$'),
    purpose               varchar(500)  not null,
    valid_from            date          not null,
    valid_until           date,
    status                varchar(20)   not null check (status in ('ACTIVE', 'WITHDRAWN')),
    recorded_by           varchar(200)  not null,
    recorded_at           timestamptz   not null,
    withdrawn_by          varchar(200),
    withdrawn_at          timestamptz,
    withdrawal_reason     varchar(2000),
    constraint carer_consent_names_recipient check (
        (recipient = 'CARE_TEAM' and cared_for_nhs_number is not null) or (recipient <> 'CARE_TEAM' and organisation is not null)),
    constraint carer_consent_period check (valid_until is null or valid_until >= valid_from),
    constraint carer_consent_withdrawal check ((status = 'WITHDRAWN') = (withdrawn_at is not null))
);

create index carer_consent_carer_idx on carer_consent (carer_id);
create index carer_consent_cared_for_idx on carer_consent (cared_for_nhs_number) where status = 'ACTIVE';
