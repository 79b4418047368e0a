-- Saves of drafts are versions too: the history says which versions were published.
alter table revision add column kind varchar(20) default 'PUBLISHED' not null;
