-- The latest accepted self-assessment of each company, as the reporting module reported it. The Affiliate rule
-- (a member past its certification deadline may become an affiliate) needs it to have been satisfactory.
create table membership.self_assessment_result (
    organisation_id uuid        primary key,   -- owned by organisation: referenced by id, no FK by design
    year            int         not null,
    satisfactory    boolean     not null,
    accepted_on     date        not null,
    recorded_at     timestamptz not null
);
