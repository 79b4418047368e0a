-- Browsers that signed in successfully (OWASP device cookies): failures from elsewhere never
-- slow them. A device is trusted while its account keeps the session stamp it was given with.
create table trusted_device (
    key_hash      varchar(64)  primary key,
    username      varchar(100) not null,
    session_stamp bigint       not null,
    created_at    timestamp with time zone not null,
    last_used_at  timestamp with time zone not null
);
create index trusted_device_username on trusted_device (username);
create index trusted_device_last_used_at on trusted_device (last_used_at);
