-- The token buckets of the rate limits, shared by every node (Bucket4j's PostgreSQL proxy manager reads and writes
-- them under a row lock). The id names the purpose and the limit and holds the counted key only as an HMAC; the state
-- is Bucket4j's serialised bucket; expires_at (epoch milliseconds) is when the bucket would be full again.
create table platform.rate_limit_bucket (
    id         varchar(200) primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires_idx on platform.rate_limit_bucket (expires_at);
