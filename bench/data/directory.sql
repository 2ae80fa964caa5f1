-- The verification scenario's data: :companies companies in the directory's read tables, each CERTIFIED_MEMBER with a
-- three-step standing history. The companies are public.bench_company (id, legal_name, n) when bench/data/reporting.sql
-- made them first as organisations (so both scenarios share them), or made here.
create table if not exists public.bench_company as
select gen_random_uuid() as id, 'Bench Security ' || lpad(n::text, 5, '0') || ' Ltd' as legal_name, n::bigint as n
from generate_series(1, :companies) n;

insert into directory.company (organisation_id, legal_name, short_name, search_text, country_of_registration,
    countries_of_operation, services, website, standing, standing_since, corrective_action_open, current_period_from, updated_at)
select b.id, b.legal_name, 'Bench ' || b.n, lower(b.legal_name), 'GB', array['GB', 'KE'],
    array['STATIC_GUARDING'], null, 'CERTIFIED_MEMBER', date '2025-06-01', false, date '2025-06-01', now()
from public.bench_company b;

insert into directory.standing_period (organisation_id, valid_from, standing, standing_since, corrective_action_open)
select b.id, p.valid_from, p.standing, p.valid_from, false
from public.bench_company b,
    (values (date '2023-01-15', 'APPLICANT'), (date '2023-09-01', 'MEMBER'), (date '2025-06-01', 'CERTIFIED_MEMBER')) p(valid_from, standing);

analyze directory.company;
analyze directory.standing_period;
