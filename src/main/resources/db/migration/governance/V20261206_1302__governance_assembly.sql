-- The General Assembly: meetings (pillar meetings, then the plenary), their agenda with motions, notice and minutes.
create table governance.assembly (
    id                  uuid primary key,
    kind                text        not null check (kind in ('ORDINARY', 'EXTRAORDINARY')),
    title               text        not null,
    pillar_meetings_at  timestamptz not null,
    plenary_at          timestamptz not null check (plenary_at > pillar_meetings_at),
    place               text,
    online_link         text,
    notice_sent_at      timestamptz,
    minutes             text,
    minutes_approved_at uuid references governance.assembly (id),
    version             bigint      not null default 0,
    check (place is not null or online_link is not null)
);

create index assembly_plenary on governance.assembly (plenary_at);

create table governance.agenda_item (
    assembly_id     uuid not null references governance.assembly (id),
    position        int  not null,
    title           text not null,
    document_link   text,
    motion          text,
    mover_id        uuid,
    seconder_id     uuid,
    primary key (assembly_id, position),
    check (motion is null or mover_id is not null)
);

-- Members' representatives see the assemblies they are convened to.
insert into identity.role_permission (role, permission) values
    ('COMPANY_REPRESENTATIVE', 'governance:attend'),
    ('CSO_REPRESENTATIVE', 'governance:attend'),
    ('STATE_REPRESENTATIVE', 'governance:attend'),
    ('OBSERVER', 'governance:attend')
on conflict do nothing;
