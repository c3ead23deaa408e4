-- A consent changes once (its withdrawal): the version makes two withdrawals at once one success and one
-- 412, instead of two CarerConsentWithdrawn events.
alter table carer_consent add column version bigint not null default 0;
