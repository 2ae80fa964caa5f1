-- Who may apply, review, decide and read membership matters.
insert into identity.role_permission (role, permission) values
    ('COMPANY_REPRESENTATIVE', 'membership:apply'),
    ('CSO_REPRESENTATIVE', 'membership:apply'),
    ('STATE_REPRESENTATIVE', 'membership:apply'),
    ('OBSERVER', 'membership:apply'),
    ('SECRETARIAT_ADMIN', 'membership:review'),
    ('SECRETARIAT_OFFICER', 'membership:review'),
    ('SECRETARIAT_ADMIN', 'membership:read'),
    ('SECRETARIAT_OFFICER', 'membership:read'),
    ('BOARD_MEMBER', 'membership:read'),
    ('BOARD_MEMBER', 'membership:decide')
on conflict do nothing;
