insert into identity.role_permission (role, permission) values
    ('SECRETARIAT_ADMIN', 'certification:manage'),
    ('SECRETARIAT_ADMIN', 'certification:read'),
    ('SECRETARIAT_OFFICER', 'certification:manage'),
    ('SECRETARIAT_OFFICER', 'certification:read'),
    ('BOARD_MEMBER', 'certification:read'),
    ('CERTIFICATION_BODY_AUDITOR', 'certification:enter-certificates'),
    ('COMPANY_REPRESENTATIVE', 'certification:apply')
on conflict do nothing;
