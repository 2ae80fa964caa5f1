insert into identity.role_permission (role, permission) values
    ('SECRETARIAT_ADMIN', 'framework:read'),
    ('SECRETARIAT_ADMIN', 'framework:manage'),
    ('SECRETARIAT_OFFICER', 'framework:read'),
    ('SECRETARIAT_OFFICER', 'framework:manage'),
    ('BOARD_MEMBER', 'framework:read'),
    ('COMPANY_REPRESENTATIVE', 'framework:read'),
    ('CSO_REPRESENTATIVE', 'framework:read'),
    ('STATE_REPRESENTATIVE', 'framework:read'),
    ('CERTIFICATION_BODY_AUDITOR', 'framework:read'),
    ('CLIENT', 'framework:read'),
    ('OBSERVER', 'framework:read');
