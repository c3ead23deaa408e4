-- Direct payments (Care and Support (Direct Payments) Regulations 2014; NHS direct payments for PHBs):
-- how much is paid, how often, to whom, into what account, and when it is next reviewed.
alter table budget_component
    add column direct_payment              jsonb check (direct_payment is null or jsonb_typeof(direct_payment) = 'object'),
    -- The review the job announces, and the due date it was announced for (once per due date).
    add column dp_next_review_due          date,
    add column dp_review_due_published     date,
    add constraint budget_component_direct_payment_only_for_dp
        check (direct_payment is null or management = 'DIRECT_PAYMENT'),
    add constraint budget_component_dp_review_with_details
        check (dp_next_review_due is null or direct_payment is not null);

create index budget_component_dp_review_idx on budget_component (dp_next_review_due) where dp_next_review_due is not null;
