-- Back-office sessions live in the database (Spring Session JDBC), so that any instance
-- behind a load balancer serves any signed-in member of staff. Schema of Spring Session's
-- schema-postgresql.sql; bytea is understood by H2 as well.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Scheduled jobs (notification outbox, purges, scheduled publishing) run on one instance
-- at a time: ShedLock's table.
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pk primary key (name)
);

-- The contact form's per-client limit, shared by every instance: Bucket4j's table for its
-- select-for-update proxy manager (state serialized by Bucket4j; expires_at in epoch ms).
create table contact_rate_bucket (
    id         varchar(64) primary key,
    state      bytea,
    expires_at bigint
);
