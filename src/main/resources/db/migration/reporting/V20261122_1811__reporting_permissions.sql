insert into identity.role_permission (role, permission) values
    ('COMPANY_REPRESENTATIVE', 'reporting:fill'),
    ('SECRETARIAT_ADMIN', 'reporting:review'),
    ('SECRETARIAT_ADMIN', 'reporting:read'),
    ('SECRETARIAT_ADMIN', 'reporting:manage'),
    ('SECRETARIAT_OFFICER', 'reporting:review'),
    ('SECRETARIAT_OFFICER', 'reporting:read'),
    ('SECRETARIAT_OFFICER', 'reporting:manage'),
    ('BOARD_MEMBER', 'reporting:read');
