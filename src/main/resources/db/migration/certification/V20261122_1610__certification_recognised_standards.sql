-- The standards recognised by default, with the additional information items (Annex B) asked for each,
-- summarised in our own words. The secretariat edits them in the application.
insert into certification.standard (code, name, recognition_version, recognised_on, annex_b_items, active, version, updated_at)
values
    ('PSC1-2012', 'ANSI/ASIS PSC.1-2012', 'Recognition statement 2016', date '2016-11-01', array[
        'How the company identifies human-rights risks before it accepts a new contract or deployment',
        'Rules for the use of force and how personnel are trained and tested on them',
        'How grievances from personnel and third parties are received, investigated and answered',
        'Vetting records of personnel and subcontractors, including checks for past human-rights abuses'],
     true, 0, now()),
    ('ISO18788-2015', 'ISO 18788:2015', 'Recognition statement 2017', date '2017-09-01', array[
        'The human-rights risk assessment and how its results changed operations',
        'How incidents involving the use of force are reported to clients and authorities',
        'Measures that prevent sexual exploitation and abuse, and how they are monitored',
        'Employment practices: contracts, working hours, wages paid on time and freedom of association',
        'How the company selects, vets and oversees subcontractors against the Code'],
     true, 0, now()),
    ('ISO28007-1-2015', 'ISO 28007-1:2015', 'Recognition statement 2018', date '2018-06-01', array[
        'Rules for the use of force on board and the graduated response applied at sea',
        'How persons apprehended at sea are treated and handed over to authorities',
        'Storage, carriage and accounting of weapons and ammunition between voyages',
        'Rest hours, welfare and grievance access of embarked security teams'],
     true, 0, now());
