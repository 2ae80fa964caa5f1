-- One row per run of a scheduled job on the node that won its ShedLock lock, so operators can see when each job
-- last ran and where, and a two-node test can prove that no run happened twice. Rows older than a week are pruned.
create table platform.job_run (
    id          bigint generated always as identity primary key,
    job_name    varchar(64)  not null,
    node        varchar(255) not null,
    started_at  timestamptz  not null,
    finished_at timestamptz
);
create index job_run_job_started_idx on platform.job_run (job_name, started_at);
