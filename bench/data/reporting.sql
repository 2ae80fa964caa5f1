-- The self-assessment scenarios' data (needs the demo indicator library: start the app with the demo data on):
-- :companies company organisations (public.bench_company), five yearly campaigns, a report per company per campaign,
-- an answer to every answerable indicator of each report shaped by its answer type, section scores, and :users company
-- users (the demo password) plus one whose draft receives the questionnaire uploads (public.bench_user). Set-based
-- INSERT ... SELECT throughout, so that millions of answers take a minute or two.
set work_mem = '256MB';
create temp table lib as select id from framework.library_version order by number desc limit 1;
insert into organisation.organisation (id, version, kind, legal_name, short_name, country_of_registration,
    countries_of_operation, services, created_at, updated_at)
select gen_random_uuid(), 0, 'COMPANY', 'Bench Security ' || lpad(n::text, 5, '0') || ' Ltd', 'Bench ' || n, 'GB',
    array['GB', 'KE'], array['STATIC_GUARDING'], now(), now()
from generate_series(1, :companies) n;
create table public.bench_company as
select id, legal_name, row_number() over (order by legal_name) as n
from organisation.organisation where legal_name like 'Bench Security %';

-- Five yearly campaigns: four closed, this year's open (it began a fortnight ago).
insert into reporting.campaign (id, year, title, library_id, opens_on, deadline, grace_days, created_at)
select gen_random_uuid(), y, 'Bench self-assessment ' || y, (select id from lib),
    case when y = extract(year from current_date) then current_date - 14 else make_date(y, 7, 1) end,
    case when y = extract(year from current_date) then current_date + 60 else make_date(y, 9, 30) end,
    14, now()
from generate_series(extract(year from current_date)::int - 4, extract(year from current_date)::int) y;

-- Past years' reports accepted; this year's submitted by four companies in five, the fifth still a draft.
insert into reporting.report (organisation_id, id, campaign_id, company_name, status, submitted_on, late, accepted_on,
    satisfactory)
select b.id, gen_random_uuid(), c.id, b.legal_name,
    case when c.opens_on > current_date - 30 then (case when b.n % 5 = 0 then 'DRAFT' else 'SUBMITTED' end) else 'ACCEPTED' end,
    case when c.opens_on > current_date - 30 and b.n % 5 = 0 then null else least(c.deadline - (b.n % 40)::int + 3, current_date) end,
    b.n % 40 < 3,
    case when c.opens_on > current_date - 30 then null else c.deadline + 30 end,
    case when c.opens_on > current_date - 30 then null else b.n % 11 <> 0 end
from public.bench_company b cross join reporting.campaign c where c.title like 'Bench self-assessment %';

-- An answer to every answerable indicator, shaped by its answer type and varied by a hash of report and code.
insert into reporting.answer (organisation_id, report_id, indicator_code, value, updated_at)
select r.organisation_id, r.id, i.code,
    case i.answer_type
        when 'YES_NO' then case when h < 88 then 'YES' else 'NO' end
        when 'YES_PARTLY_NO_NA' then case when h < 60 then 'YES' when h < 85 then 'PARTLY' when h < 95 then 'NO' else 'NA' end
        when 'SINGLE_CHOICE' then i.choices -> (h % jsonb_array_length(i.choices)) ->> 'code'
        when 'MULTIPLE_CHOICE' then (i.choices -> 0 ->> 'code') || ';'
            || (i.choices -> (1 + h % (jsonb_array_length(i.choices) - 1)) ->> 'code')
        when 'WHOLE_NUMBER' then greatest(coalesce(i.min_value, 0), least(coalesce(i.max_value, 1000000), h * 7))::text
        when 'PERCENTAGE' then (40 + h % 61)::text
        when 'DATE' then make_date(c.year, 1 + h % 12, 1 + h % 28)::text
        when 'SHORT_TEXT' then case when h < 50 then 'Head of compliance' else 'Compliance officer' end
        when 'LONG_TEXT' then 'Our procedure is reviewed every year by the board and explained to every guard during'
            || ' induction and refresher training; incidents are logged and analysed each quarter (' || h || ').'
        when 'TABLE' then '[{"country":"Kenya","personnel":"' || (20 + h) || '","checked_on":"' || c.year
            || '-03-15","compliant":"' || case when h < 90 then 'YES' else 'NO' end || '"}]'
    end,
    now()
from reporting.report r
join reporting.campaign c on c.id = r.campaign_id
join public.bench_company b on b.id = r.organisation_id
cross join lateral (select * from framework.indicator where library_id = c.library_id and answer_type <> 'EVIDENCE_FILE') i
cross join lateral (select abs(hashtext(r.id::text || i.code)) % 100 as h) x
order by r.organisation_id, r.id, i.code;

insert into reporting.section_score (organisation_id, report_id, section_code, score)
select r.organisation_id, r.id, s.code, 40 + abs(hashtext(r.id::text || s.code)) % 61
from reporting.report r
join reporting.campaign c on c.id = r.campaign_id
join public.bench_company b on b.id = r.organisation_id
join framework.questionnaire_section s on s.library_id = c.library_id
where r.status <> 'DRAFT';

-- Company users (the demo company password) for USERS companies, half with a draft this year, half submitted; and
-- one more for the company whose draft receives the uploads, emptied so the first upload fills it from nothing.
create table public.bench_user as
select b.id as organisation_id, gen_random_uuid() as account_id, 'bench-' || b.n || '@bench.example' as email,
    false as uploads
from public.bench_company b where b.n % 10 in (3, 5) order by b.n limit :users;
insert into public.bench_user
select b.id, gen_random_uuid(), 'bench-upload-' || b.n || '@bench.example', true
from public.bench_company b where b.n % 10 = 0 order by b.n desc limit 1;
insert into identity.account (id, version, organisation_id, email, display_name, password_hash, created_at)
select u.account_id, 0, u.organisation_id, u.email, 'Bench user ' || u.email,
    (select password_hash from identity.account where email = 'company@custodes.example'), now()
from public.bench_user u;
insert into identity.account_role (account_id, role) select account_id, 'COMPANY_REPRESENTATIVE' from public.bench_user;
delete from reporting.answer a using reporting.report r, reporting.campaign c, public.bench_user u
where u.uploads and r.organisation_id = u.organisation_id and c.id = r.campaign_id
  and c.opens_on > current_date - 30 and a.organisation_id = r.organisation_id and a.report_id = r.id;
analyze;
