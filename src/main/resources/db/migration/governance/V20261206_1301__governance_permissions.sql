-- Who reads the Board's work, who drafts and administers it (secretariat), who votes (directors).
insert into identity.role_permission (role, permission) values
    ('SECRETARIAT_ADMIN', 'governance:read'),
    ('SECRETARIAT_OFFICER', 'governance:read'),
    ('BOARD_MEMBER', 'governance:read'),
    ('SECRETARIAT_ADMIN', 'governance:administer'),
    ('SECRETARIAT_OFFICER', 'governance:administer'),
    ('BOARD_MEMBER', 'governance:vote')
on conflict do nothing;
