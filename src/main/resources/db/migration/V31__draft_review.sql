-- A contributor's draft proposed for review, and a reviewer's answer when sent back.
alter table content_draft add column proposed_by varchar(60);
alter table content_draft add column proposed_at timestamp with time zone;
alter table content_draft add column review_note varchar(2000);
alter table content_draft add column reviewed_by varchar(60);
