-- Who records observations (civil society, states, clients and the secretariat), who reads monitoring (the
-- secretariat and the Board), who handles it (the secretariat), who refers a concern to the Board (the Executive
-- Director, that is the secretariat's administrator), and who answers for a company (its representatives).
insert into identity.role_permission (role, permission) values
    ('CSO_REPRESENTATIVE', 'monitoring:observe'),
    ('STATE_REPRESENTATIVE', 'monitoring:observe'),
    ('CLIENT', 'monitoring:observe'),
    ('SECRETARIAT_OFFICER', 'monitoring:observe'),
    ('SECRETARIAT_ADMIN', 'monitoring:observe'),
    ('SECRETARIAT_OFFICER', 'monitoring:read'),
    ('SECRETARIAT_ADMIN', 'monitoring:read'),
    ('BOARD_MEMBER', 'monitoring:read'),
    ('SECRETARIAT_OFFICER', 'monitoring:handle'),
    ('SECRETARIAT_ADMIN', 'monitoring:handle'),
    ('SECRETARIAT_ADMIN', 'monitoring:refer'),
    ('COMPANY_REPRESENTATIVE', 'monitoring:respond')
on conflict do nothing;
