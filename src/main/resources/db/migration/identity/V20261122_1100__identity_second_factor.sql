-- The authenticator (TOTP) of an account. The seed is encrypted with a key derived from the master key (AES-GCM,
-- bound to the account id); confirmed_at stays null until the user has proved their app shows the right codes.
create table identity.second_factor (
    account_id      uuid primary key references identity.account (id) on delete cascade,
    sealed_secret   bytea       not null,
    created_at      timestamptz not null,
    confirmed_at    timestamptz,
    last_used_step  bigint      not null default -1   -- the latest 30-second step accepted: older codes are replays
);

-- Recovery codes are stored as SHA-256 hashes only (they carry 80 random bits); each opens one sign-in.
create table identity.recovery_code (
    account_id uuid        not null references identity.account (id) on delete cascade,
    code_hash  char(64)    not null,
    used_at    timestamptz,
    primary key (account_id, code_hash)
);

-- Failed sign-in attempts in a row and lock-outs, in the database so that every node refuses a locked account.
create table identity.sign_in_lockout (
    account_id   uuid primary key references identity.account (id) on delete cascade,
    failures     int         not null default 0,
    lockouts     int         not null default 0,
    locked_until timestamptz
);
