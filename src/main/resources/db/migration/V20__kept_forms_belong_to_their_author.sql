-- A form posted after its session expired is kept only for the member of staff who was signed
-- in on that browser (recorded at sign-in, below), and handed back only to them: forms kept
-- before this belonged to nobody known, and are dropped.
delete from kept_form;
alter table kept_form add column username varchar(100);
alter table kept_form alter column username set not null;
create index kept_form_username on kept_form (username);

-- The browsers staff signed in from: a random key in an HttpOnly cookie, stored here hashed
-- (SHA-256), naming its owner for a week after the sign-in.
create table staff_browser (
    key_hash     varchar(64)  primary key,
    username     varchar(100) not null,
    signed_in_at timestamp with time zone not null
);
create index staff_browser_signed_in_at on staff_browser (signed_in_at);
