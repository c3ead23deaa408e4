-- The history moves to the service kit's resource_version table (db/kit V0_5_0), which every service
-- shares the shape of; the versions recorded so far move with it.
insert into resource_version (resource_type, resource_id, version, action, changed_at, changed_by, organisation, snapshot)
select 'assessment', assessment_id, version, action, changed_at, changed_by, organisation, snapshot
from assessment_version;

drop table assessment_version;
drop function assessment_version_is_append_only();
