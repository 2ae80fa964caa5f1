-- Dues invoices: the joining fee and the annual due by revenue band. Money is numeric with its currency.
create table membership.invoice (
    id                    uuid primary key,
    number                text          not null unique,
    organisation_id       uuid          not null,   -- owned by organisation: referenced by id, no FK by design
    kind                  text          not null check (kind in ('JOINING_FEE', 'ANNUAL_DUE')),
    year                  int           not null,
    amount                numeric(14,2) not null check (amount > 0),
    currency              char(3)       not null,
    revenue_band          text,
    issued_on             date          not null,
    due_on                date          not null,
    paid_on               date,
    non_payment_raised_on date          -- raised to the secretariat as a proposal to terminate; the Board decides
);
create index invoice_organisation_idx on membership.invoice (organisation_id, issued_on);
create unique index invoice_annual_uq on membership.invoice (organisation_id, year) where kind = 'ANNUAL_DUE';
