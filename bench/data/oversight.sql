-- The oversight ranking scenario's data: the :companies bench companies (public.bench_company, made by
-- bench/data/reporting.sql, or made here with their organisations) as members, 50,000 observations about them,
-- 2,500 open concerns and 5,000 findings on those concerns. Corrective actions do not exist on this branch, so none are
-- made. Set-based INSERT ... SELECT throughout. Sealed text is filler bytes: the ranking only counts rows.
set bench.companies = :companies;
do $$
begin
    if to_regclass('public.bench_company') is null then
        create table public.bench_company as
        select gen_random_uuid() as id, 'Bench Security ' || lpad(n::text, 5, '0') || ' Ltd' as legal_name, n::bigint as n
        from generate_series(1, current_setting('bench.companies')::int) n;
        insert into organisation.organisation (id, version, kind, legal_name, short_name, country_of_registration,
            countries_of_operation, services, created_at, updated_at)
        select id, 0, 'COMPANY', legal_name, 'Bench ' || n, 'GB', array['GB', 'KE'], array['STATIC_GUARDING'], now(), now()
        from public.bench_company;
    end if;
end $$;

insert into membership.membership (organisation_id, version, pillar, status, joined_on, certification_deadline)
select id, 0, 'COMPANY', case when n % 3 = 0 then 'CERTIFIED_MEMBER' else 'MEMBER' end, date '2024-01-15',
    current_date + (n % 400)::int - 100
from public.bench_company on conflict do nothing;

create temp table reporter as
select id from organisation.organisation where kind = 'CIVIL_SOCIETY' order by legal_name limit 1;

insert into monitoring.observation (id, reference, reporter_organisation, source_type, company_id, company_description,
    observed_on, country, category, code_paragraphs, reliability, credibility, wrapped_key, sealed_text, status,
    recorded_at)
select gen_random_uuid(), 'BENCH-OBS-' || g, (select id from reporter), 'CIVIL_SOCIETY_FIELD', b.id, b.legal_name,
    current_date - (g % 500)::int, 'KE', 'USE_OF_FORCE', array[31], 'B', 'TWO', decode(md5(g::text), 'hex'),
    decode(md5('text' || g), 'hex'), case when g % 4 = 0 then 'LINKED' else 'NEW' end, now()
from generate_series(1, 50000) g
join public.bench_company b on b.n = (g % (select count(*) from public.bench_company)) + 1;

insert into monitoring.concern (id, reference, company_id, category, origin, summary, code_paragraphs, stage, opened_on)
select gen_random_uuid(), 'BENCH-CON-' || g, b.id, 'PERSONNEL_MISCONDUCT', 'OBSERVATION', 'Bench concern ' || g,
    array[31], case when g % 2 = 0 then 'DIALOGUE' else 'IDENTIFIED' end, current_date - (g % 200)::int
from generate_series(1, 2500) g
join public.bench_company b on b.n = (g * 7 % (select count(*) from public.bench_company)) + 1;

insert into monitoring.finding (id, reference, concern_id, company_id, code_paragraph, severity, statement, evidence,
    recorded_on, response)
select gen_random_uuid(), 'BENCH-FND-' || c.reference || '-' || k, c.id, c.company_id, 31,
    (array['CRITICAL', 'MAJOR', 'MINOR', 'OBSERVATION'])[1 + (k % 4)], 'Bench finding', 'Bench evidence',
    c.opened_on, 'AWAITING'
from monitoring.concern c, generate_series(1, 2) k
where c.reference like 'BENCH-CON-%';

analyze monitoring.observation;
analyze monitoring.concern;
analyze monitoring.finding;
analyze membership.membership;
