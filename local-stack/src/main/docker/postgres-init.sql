-- docker-compose: one login role and one database per service, as the embedded run creates them.
-- Development passwords; a real deployment takes them from its secret store.
create role assessment login password 'assessment';
create database assessment owner assessment;
create role careplan login password 'careplan';
create database careplan owner careplan;
create role budget login password 'budget';
create database budget owner budget;
create role carer login password 'carer';
create database carer owner carer;
create role timeline login password 'timeline';
create database timeline owner timeline;
