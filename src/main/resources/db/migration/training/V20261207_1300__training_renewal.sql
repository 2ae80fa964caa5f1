-- Recurrent training: once a completion expires the person takes the course again, possibly the same version, so a
-- person may hold several completions of one version (at most one current, which the application checks).
do $$
declare
    name text;
begin
    select c.conname into name from pg_constraint c
    where c.conrelid = 'training.completion'::regclass and c.contype = 'u';
    if name is not null then
        execute format('alter table training.completion drop constraint %I', name);
    end if;
end $$;

create index completion_learner_course on training.completion (organisation_id, learner_id, course_id, completed_on);
