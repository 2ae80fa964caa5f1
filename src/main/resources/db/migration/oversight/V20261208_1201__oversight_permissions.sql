-- Who sees the ranking (the secretariat and the Board; companies never), who recomputes it on demand and keeps the
-- country-risk list (the secretariat).
insert into identity.role_permission (role, permission) values
    ('SECRETARIAT_ADMIN', 'oversight:ranking'),
    ('SECRETARIAT_OFFICER', 'oversight:ranking'),
    ('BOARD_MEMBER', 'oversight:ranking'),
    ('SECRETARIAT_ADMIN', 'oversight:administer'),
    ('SECRETARIAT_OFFICER', 'oversight:administer')
on conflict do nothing;
