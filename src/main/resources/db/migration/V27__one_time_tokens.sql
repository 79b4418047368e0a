-- Sign-in codes sent by e-mail (Spring Security's JdbcOneTimeTokenService), the second factor of
-- an administrator who signed in with her password.
create table one_time_tokens (
    token_value varchar(36) not null primary key,
    username    varchar(60) not null,
    expires_at  timestamp   not null
);
