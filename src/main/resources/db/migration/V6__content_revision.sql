-- A counter that every content change increments in its own transaction. Each instance of
-- the application compares it with the revision its cached pages were rendered at, so a
-- change is visible on the next request everywhere.
create table content_revision (
    id       integer primary key,
    revision bigint  not null
);
insert into content_revision (id, revision) values (1, 0);
