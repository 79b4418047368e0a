-- A back-office form posted after its session had expired: what was typed is kept here,
-- on disk, until its author signs in again and saves it (or gives it up); kept one day.
create table kept_form (
    id          varchar(40)  primary key,
    action_path varchar(500) not null,
    form_data   text         not null,
    kept_at     timestamp with time zone not null
);
create index kept_form_kept_at on kept_form (kept_at);
