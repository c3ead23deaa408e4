-- The integrated personal budget (issue 6): its components, one per funding source, and an append-only
-- ledger in integer pence. A component's balance is derived from the ledger; the running balance kept on
-- the component is only a cache, updated in the same transaction as each entry and checked here:
-- it can never go below zero, whatever the concurrency.
alter table budget
    add column care_plan_id  uuid,
    add column period_start  date,
    add column period_end    date,
    add column status_reason varchar(2000),
    add column agreed_at     timestamptz,
    add column updated_at    timestamptz,
    add constraint budget_status_known check (status in ('INDICATIVE', 'AGREED', 'ACTIVE', 'SUSPENDED', 'CLOSED')),
    add constraint budget_period check (period_end is null or period_start is null or period_end >= period_start);

update budget set updated_at = created_at where updated_at is null;
alter table budget alter column updated_at set not null;

create table budget_component (
    id                           uuid         primary key,
    budget_id                    uuid         not null references budget (id),
    position                     int          not null,
    source                       varchar(40)  not null check (source in ('COUNCIL_SOCIAL_CARE', 'NHS_PERSONAL_HEALTH_BUDGET',
                                                                          'NHS_CONTINUING_HEALTHCARE', 'S117_AFTERCARE')),
    funder                       varchar(10)  not null check (funder ~ '^[A-Z0-9]{3,10}$'),
    allocated_pence              bigint       not null check (allocated_pence >= 0),
    management                   varchar(20)  not null check (management in ('NOTIONAL', 'THIRD_PARTY', 'DIRECT_PAYMENT')),
    -- A council component (Care Act s26): its allocation is the cost to the council of meeting the needs, which is
    -- the person's assessed contribution plus the council's share.
    cost_to_council_pence        bigint       check (cost_to_council_pence >= 0),
    assessed_contribution_pence  bigint       check (assessed_contribution_pence >= 0),
    council_share_pence          bigint       check (council_share_pence >= 0),
    -- The running balance and spend: caches of the ledger, written with each entry.
    balance_pence                bigint       not null default 0 check (balance_pence >= 0),
    spent_pence                  bigint       not null default 0,
    unique (budget_id, position),
    constraint budget_component_council_adds_up check (
        source <> 'COUNCIL_SOCIAL_CARE'
        or (cost_to_council_pence = assessed_contribution_pence + council_share_pence
            and cost_to_council_pence = allocated_pence))
);

create index budget_component_budget_idx on budget_component (budget_id);

create table ledger_entry (
    id                 uuid          primary key,
    budget_id          uuid          not null references budget (id),
    component_id       uuid          not null references budget_component (id),
    type               varchar(20)   not null check (type in ('ALLOCATION', 'SPEND', 'REFUND', 'REPAYMENT', 'ADJUSTMENT')),
    -- Signed: what the entry does to the component's balance (a spend is negative).
    amount_pence       bigint        not null check (amount_pence <> 0),
    occurred_on        date          not null,
    category           varchar(40),
    supplier           varchar(200),
    serves             varchar(200),
    reason             varchar(2000),
    balance_after_pence bigint       not null check (balance_after_pence >= 0),
    recorded_by        varchar(200)  not null,
    recorded_at        timestamptz   not null,
    constraint ledger_entry_sign check (
        (type in ('ALLOCATION', 'REFUND') and amount_pence > 0)
        or (type in ('SPEND', 'REPAYMENT') and amount_pence < 0)
        or type = 'ADJUSTMENT')
);

create index ledger_entry_budget_idx on ledger_entry (budget_id, recorded_at, id);
create index ledger_entry_component_idx on ledger_entry (component_id, recorded_at, id);

create function ledger_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'ledger entries are append-only: corrections are new entries (%)', tg_op;
end;
$$;

create trigger ledger_entry_no_update_or_delete before update or delete on ledger_entry
    for each row execute function ledger_entry_is_append_only();
create trigger ledger_entry_no_truncate before truncate on ledger_entry
    for each statement execute function ledger_entry_is_append_only();
