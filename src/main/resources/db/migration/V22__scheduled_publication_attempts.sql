-- Failed tries of a scheduled publication: after a few, it is given up and shown to staff.
alter table content_draft add column attempts integer not null default 0;
