-- Failed sign-ins, counted per client address and per user name (whether or not an account
-- has that name, so that the answers never tell), with an atomic update shared by every
-- instance. They replace the per-account lock, which anyone could set off.
create table login_failure (
    subject         varchar(200) primary key,
    failures        integer      not null,
    last_failure_at timestamp with time zone not null
);
create index login_failure_last_failure_at on login_failure (last_failure_at);

alter table staff_user drop column failed_attempts;
alter table staff_user drop column locked_until;

-- Moves on when an account's open sessions must end (deactivated, demoted, password reset).
alter table staff_user add column session_stamp bigint not null default 0;
