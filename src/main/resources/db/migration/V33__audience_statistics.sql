-- First-party audience statistics, without cookies: aggregates only. No IP address, user
-- agent or full referring URL is ever stored.

-- Views, visitors and entries per day and public page.
create table audience_page_day (
    on_day   date         not null,
    path     varchar(300) not null,
    views    bigint       not null default 0,
    visitors bigint       not null default 0,
    entries  bigint       not null default 0,
    primary key (on_day, path)
);

-- Views per day of a referring site (its host name only) and of a class of device.
create table audience_source_day (
    on_day date         not null,
    kind  varchar(20)  not null check (kind in ('REFERRER', 'DEVICE', 'FILTER')),
    name  varchar(200) not null,
    views bigint       not null default 0,
    primary key (on_day, kind, name)
);

-- Today's salt, shared by the instances, and today's salted visitor hashes, so that a
-- visitor counts once whichever instance she reaches. Both are deleted once the day is
-- over: a hash can then no longer be linked to anyone.
create table audience_salt (
    on_day date  primary key,
    salt   bytea not null
);
create table audience_visit (
    on_day  date         not null,
    path    varchar(300) not null,
    visitor bigint       not null,
    primary key (on_day, path, visitor)
);

-- Public addresses that answered 404: from old sites, printed brochures, other sites' links.
create table broken_address (
    path          varchar(300) primary key,
    referrer_host varchar(200),
    hits          bigint       not null default 0,
    first_seen    timestamp with time zone not null,
    last_seen     timestamp with time zone not null,
    ignored       boolean      not null default false
);
create index broken_address_last_seen on broken_address (last_seen);
