-- The full care and support plan (issue 5). Its sections are value objects of one plan, always read,
-- changed and versioned together: JSON beside the columns that lists filter on and rules enforce.
alter table care_plan
    add column assessment_ids           jsonb not null default '[]' check (jsonb_typeof(assessment_ids) = 'array'),
    add column period_start             date,
    add column period_end               date,
    add column about_me                 jsonb check (about_me is null or jsonb_typeof(about_me) = 'object'),
    add column strengths                jsonb not null default '[]' check (jsonb_typeof(strengths) = 'array'),
    add column needs                    jsonb not null default '[]' check (jsonb_typeof(needs) = 'array'),
    add column goals                    jsonb not null default '[]' check (jsonb_typeof(goals) = 'array'),
    add column coordinator              jsonb check (coordinator is null or jsonb_typeof(coordinator) = 'object'),
    -- The coordinator's user name, for ?coordinator= (always coordinator->>'userId').
    add column coordinator_id           varchar(200),
    add column care_team                jsonb not null default '[]' check (jsonb_typeof(care_team) = 'array'),
    add column contingency_plans        jsonb not null default '[]' check (jsonb_typeof(contingency_plans) = 'array'),
    add column agreement                jsonb check (agreement is null or jsonb_typeof(agreement) = 'object'),
    -- Set from the budget-service's events, never through the API.
    add column budget                   jsonb check (budget is null or jsonb_typeof(budget) = 'object'),
    add column reviews                  jsonb not null default '[]' check (jsonb_typeof(reviews) = 'array'),
    add column next_review_due          date,
    -- The due date a CarePlanReviewDue / CarePlanReviewOverdue was published for: each is published once.
    add column review_due_published     date,
    add column review_overdue_published date,
    add column activated_at             timestamptz,
    add column status_reason            varchar(2000),
    add column updated_at               timestamptz,
    add constraint care_plan_period check (period_end is null or period_start is null or period_end >= period_start),
    add constraint care_plan_status_known
        check (status in ('DRAFT', 'ACTIVE', 'UNDER_REVIEW', 'CLOSED', 'ENTERED_IN_ERROR')),
    -- A plan in force always has a review due.
    add constraint care_plan_in_force_has_review
        check (status not in ('ACTIVE', 'UNDER_REVIEW') or (next_review_due is not null and activated_at is not null));

update care_plan set updated_at = created_at where updated_at is null;
alter table care_plan alter column updated_at set not null;

-- One person, one plan in force: the database refuses a second, however the requests race.
create unique index care_plan_one_in_force on care_plan (nhs_number) where status in ('ACTIVE', 'UNDER_REVIEW');

drop index care_plan_nhs_number_idx;
create index care_plan_person_idx on care_plan (nhs_number, created_at, id);
create index care_plan_coordinator_idx on care_plan (coordinator_id, created_at, id) where coordinator_id is not null;
-- The review job's scan: plans in force by the date their review falls due.
create index care_plan_review_due_idx on care_plan (next_review_due) where status in ('ACTIVE', 'UNDER_REVIEW');
