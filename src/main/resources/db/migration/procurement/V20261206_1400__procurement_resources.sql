create schema if not exists procurement;

-- The resources library: guidance, toolkits, case studies and templates, with their links per language.
-- link_languages and link_urls run in parallel (one link per language).
create table procurement.resource (
    id              uuid        primary key,
    version         bigint      not null,
    kind            text        not null check (kind in ('GUIDANCE', 'TOOLKIT', 'CASE_STUDY', 'TEMPLATE', 'PRINCIPLES')),
    title           text        not null check (length(title) between 1 and 300),
    summary         text        not null,
    publisher       text        not null,
    year            integer     not null,
    audiences       text[]      not null check (cardinality(audiences) > 0),
    topics          text[]      not null,
    code_paragraphs integer[]   not null,
    link_languages  text[]      not null check (cardinality(link_languages) > 0),
    link_urls       text[]      not null check (cardinality(link_urls) = cardinality(link_languages)),
    external        boolean     not null,
    published       boolean     not null,
    updated_at      timestamptz not null
);

create index resource_published_year on procurement.resource (published, year desc, title);

insert into identity.role_permission (role, permission) values
    ('SECRETARIAT_ADMIN', 'procurement:manage-resources'),
    ('SECRETARIAT_OFFICER', 'procurement:manage-resources')
on conflict do nothing;

-- The resources the body lists for clients: metadata and links only, summaries in our own words.
insert into procurement.resource (id, version, kind, title, summary, publisher, year, audiences, topics, code_paragraphs,
    link_languages, link_urls, external, published, updated_at) values
('4f6d2a10-5b1e-4c3a-9a51-0c1e7b2a1001', 0, 'GUIDANCE',
 'Legislative Guidance Tool for States to Regulate Private Military and Security Companies',
 'Recommended content for national laws on private military and security companies, organised by regulatory challenge and illustrated with good practice from several regions; also useful to clients who want their procurement to follow recognised good practice.',
 'DCAF and the Swiss Federal Department of Foreign Affairs', 2016,
 '{STATES,CLIENTS,CIVIL_SOCIETY}', '{REGULATION,PROCUREMENT}', '{}',
 '{en,fr,es,ar}',
 '{https://www.dcaf.ch/legislative-guidance-tool-states-regulate-private-military-and-security-companies-0,https://businessandsecurity.dcaf.ch/en/tools-private-security-governance,https://businessandsecurity.dcaf.ch/en/tools-private-security-governance,https://businessandsecurity.dcaf.ch/en/tools-private-security-governance}',
 true, true, now()),
('4f6d2a10-5b1e-4c3a-9a51-0c1e7b2a1002', 0, 'TOOLKIT',
 'Addressing Security and Human Rights Challenges in Complex Environments (third edition)',
 'A practical toolkit of good practices for companies operating where security and human rights risks are high, covering work with public security forces, private security providers and communities.',
 'DCAF and the International Committee of the Red Cross', 2016,
 '{CLIENTS,COMPANIES}', '{COMPLEX_ENVIRONMENTS,HUMAN_RIGHTS_DUE_DILIGENCE,COMMUNITY_RELATIONS,PROCUREMENT}', '{29,30,31,32}',
 '{en}', '{https://www.securityhumanrightshub.org/toolkit}',
 true, true, now()),
('4f6d2a10-5b1e-4c3a-9a51-0c1e7b2a1003', 0, 'GUIDANCE',
 'Recommendations for Hiring Private Security Providers',
 'Checklists, good practices and performance indicators for corporate clients across the five stages of hiring a private security provider, from the call for bids to the end of the contract.',
 'DCAF, ICRC, Socios Perú and PeaceNexus', 2016,
 '{CLIENTS}', '{PROCUREMENT,CONTRACT_MANAGEMENT,HUMAN_RIGHTS_DUE_DILIGENCE}', '{45,50,55,63}',
 '{en,es}',
 '{https://www.voluntaryprinciples.org/resource/recommendations-for-hiring-private-security-providers/,https://www.voluntaryprinciples.org/resource/recommendations-for-hiring-private-security-providers/}',
 true, true, now()),
('4f6d2a10-5b1e-4c3a-9a51-0c1e7b2a1004', 0, 'CASE_STUDY',
 'Putting Private Security Regulation into Practice: Sharing Good Practices on Procurement and Contracting 2015–2016',
 'A study of how states and international organisations buy private security services: the instruments that apply, the stages of a procurement and good practices drawn from case studies.',
 'DCAF', 2016,
 '{STATES,CLIENTS}', '{PROCUREMENT,CONTRACT_MANAGEMENT,REGULATION}', '{}',
 '{en}', '{https://www.dcaf.ch/putting-private-security-regulation-practice-sharing-good-practices-procurement-and-contracting}',
 true, true, now()),
('4f6d2a10-5b1e-4c3a-9a51-0c1e7b2a1005', 0, 'GUIDANCE',
 'Engaging Private Security Providers: A Guideline for Non-Governmental Organisations',
 'Helps humanitarian organisations decide when, how and on what terms to use private security providers, for both training-type and guarding-type services; updated in 2015.',
 'European Interagency Security Forum (EISF)', 2011,
 '{CLIENTS,CIVIL_SOCIETY}', '{PROCUREMENT,COMPLEX_ENVIRONMENTS}', '{}',
 '{en}', '{https://reliefweb.int/report/world/engaging-private-security-providers-guideline-non-governmental-organisations}',
 true, true, now()),
('4f6d2a10-5b1e-4c3a-9a51-0c1e7b2a1006', 0, 'PRINCIPLES',
 'Voluntary Principles on Security and Human Rights',
 'Principles that guide extractive companies in keeping their operations safe while respecting human rights, including risk assessment and relations with public and private security.',
 'Voluntary Principles Initiative', 2000,
 '{CLIENTS,COMPANIES,STATES,CIVIL_SOCIETY}', '{HUMAN_RIGHTS_DUE_DILIGENCE,USE_OF_FORCE,COMMUNITY_RELATIONS}', '{29,30,31,32}',
 '{en}', '{https://www.voluntaryprinciples.org/}',
 true, true, now());
