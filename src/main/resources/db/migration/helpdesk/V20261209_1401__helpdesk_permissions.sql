-- Who asks the secretariat for help (companies, civil society, states) and who answers (the secretariat).
insert into identity.role_permission (role, permission) values
    ('COMPANY_REPRESENTATIVE', 'helpdesk:ask'),
    ('CSO_REPRESENTATIVE', 'helpdesk:ask'),
    ('STATE_REPRESENTATIVE', 'helpdesk:ask'),
    ('SECRETARIAT_OFFICER', 'helpdesk:answer'),
    ('SECRETARIAT_ADMIN', 'helpdesk:answer')
on conflict do nothing;
