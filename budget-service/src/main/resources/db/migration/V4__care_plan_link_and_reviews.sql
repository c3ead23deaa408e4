-- What this service knows of care plans, from the care plan topic only (it never reads another service's
-- tables): a budget is ACTIVE only while its plan is in force.
create table care_plan_state (
    care_plan_id  uuid        primary key,
    nhs_number    varchar(10) not null check (nhs_number ~ '^[0-9]{10}$'),
    status        varchar(20) not null check (status in ('ACTIVE', 'ENDED')),
    updated_at    timestamptz not null
);

create index care_plan_state_person_idx on care_plan_state (nhs_number) where status = 'ACTIVE';

alter table budget
    -- The plan whose closing suspended the budget: a plan that supersedes it takes the budget over and
    -- reactivates it; any other suspension is lifted only by the resume command.
    add column suspended_for_care_plan uuid,
    add constraint budget_suspended_for_plan_only_when_suspended
        check (suspended_for_care_plan is null or status = 'SUSPENDED');

create index budget_care_plan_idx on budget (care_plan_id) where care_plan_id is not null;

alter table budget_component
    -- Direct payment reviews: the last one, and (already) when the next is due, at most 12 months after it.
    add column dp_last_reviewed date,
    add constraint budget_component_dp_next_review_within_12_months
        check (dp_last_reviewed is null or (dp_next_review_due > dp_last_reviewed
                                             and dp_next_review_due <= dp_last_reviewed + interval '12 months')),
    -- Whether the projected underspend (more than 25 % of the allocation at the period's end, pro rata) has
    -- been announced for the current crossing; cleared when the projection recovers, so the next crossing is
    -- announced again.
    add column underspend_announced boolean not null default false;
