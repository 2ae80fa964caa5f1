-- Courses, authored once and translated per item. A course keeps every version; what a person completed names the
-- version, so a new version changes nothing that was completed.
create schema if not exists training;

create table training.course (
    course_id       uuid primary key,
    code            text not null unique,
    source_language text not null,
    current_version int not null,
    version         bigint not null default 0
);

create table training.course_version (
    course_id         uuid not null references training.course,
    course_version    int not null,
    pass_mark         int not null check (pass_mark between 1 and 100),
    attempts_allowed  int not null check (attempts_allowed >= 1),
    validity_months   int,
    created_at        timestamptz not null,
    primary key (course_id, course_version)
);

create table training.course_module (
    course_id      uuid not null,
    course_version int not null,
    module_id      uuid not null,
    position       int not null,
    questions_drawn int not null check (questions_drawn >= 0),
    primary key (course_id, course_version, module_id),
    foreign key (course_id, course_version) references training.course_version
);

create table training.lesson (
    course_id      uuid not null,
    course_version int not null,
    lesson_id      uuid not null,
    module_id      uuid not null,
    position       int not null,
    primary key (course_id, course_version, lesson_id),
    foreign key (course_id, course_version, module_id) references training.course_module
);

create table training.question (
    course_id      uuid not null,
    course_version int not null,
    question_id    uuid not null,
    module_id      uuid not null,
    kind           text not null check (kind in ('SINGLE', 'MULTIPLE', 'TRUE_FALSE')),
    position       int not null,
    primary key (course_id, course_version, question_id),
    foreign key (course_id, course_version, module_id) references training.course_module
);

create table training.answer_option (
    course_id      uuid not null,
    course_version int not null,
    option_id      uuid not null,
    question_id    uuid not null,
    position       int not null,
    correct        boolean not null,
    primary key (course_id, course_version, option_id),
    foreign key (course_id, course_version, question_id) references training.question
);

-- Every text of a course version is one item (course title, module title, lesson body, question, option, feedback),
-- written in the source language and translated per language; a missing translation falls back to the source.
create table training.text_item (
    course_id      uuid not null,
    course_version int not null,
    item_key       text not null,
    language       text not null,
    body           text not null,
    primary key (course_id, course_version, item_key, language),
    foreign key (course_id, course_version) references training.course_version
);

-- Read-aloud audio and other media uploaded by the secretariat for an item, each with its plain-text alternative.
create table training.media (
    media_id       uuid primary key,
    course_id      uuid not null,
    course_version int not null,
    item_key       text not null,
    language       text not null,
    content_type   text not null,
    content        bytea not null,
    text_alternative text not null,
    unique (course_id, course_version, item_key, language),
    foreign key (course_id, course_version) references training.course_version
);

-- A version is published per language, and only once that language's translation is complete.
create table training.publication (
    course_id      uuid not null,
    course_version int not null,
    language       text not null,
    published_at   timestamptz not null,
    primary key (course_id, course_version, language),
    foreign key (course_id, course_version) references training.course_version
);
