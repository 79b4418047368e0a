-- The bin ("Corbeille"): a deleted item stays in its table, hidden from visitors and
-- from the back office's lists, with when and by whom it was deleted. Its children
-- (a department's sections and their items, a category's tools, a project's image) are
-- left untouched, so that restoring the item brings them back with it. Items binned more
-- than 30 days ago are purged; the foreign keys then remove the children.
alter table milestone add column binned_at timestamp with time zone;
alter table milestone add column binned_by varchar(60);
alter table department add column binned_at timestamp with time zone;
alter table department add column binned_by varchar(60);
alter table department_section add column binned_at timestamp with time zone;
alter table department_section add column binned_by varchar(60);
alter table section_item add column binned_at timestamp with time zone;
alter table section_item add column binned_by varchar(60);
alter table team_role add column binned_at timestamp with time zone;
alter table team_role add column binned_by varchar(60);
alter table tool_category add column binned_at timestamp with time zone;
alter table tool_category add column binned_by varchar(60);
alter table tool add column binned_at timestamp with time zone;
alter table tool add column binned_by varchar(60);
alter table project add column binned_at timestamp with time zone;
alter table project add column binned_by varchar(60);
