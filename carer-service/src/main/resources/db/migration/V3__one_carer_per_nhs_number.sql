-- One record per carer: two assessments naming the same carer, handled at once, or a carer recorded by
-- hand while an assessment names them, must not make two. A carer who has stopped caring keeps their old
-- record; caring again starts a new one.
create unique index carer_one_per_nhs_number on carer (nhs_number)
    where nhs_number is not null and status <> 'NO_LONGER_CARING';
