#!/usr/bin/env bash
# Two-node test: two app instances on one PostgreSQL share the load; one dies (kill -9) under load.
#   1. builds the jar when it is missing or older than the sources;
#   2. starts its own PostgreSQL 15 in a temporary folder on a free port (as the postgres OS user when run as root),
#      then node 1 (with the demo data) and node 2 on it, each on a free port, with every cron job every
#      SLOT seconds (its lock kept SLOT / 2 s after a run, custodes.scheduling.cron-lock-at-least-for: a node whose
#      trigger comes later than that may repeat a firing, and a run later than that may make the next firing be
#      skipped) and the fixed-delay jobs every 2 s (their properties), so that jobs run often in a short test;
#   3. bench/CrashLoad.java signs company@custodes.example in through the form (the form read on node 1, posted to
#      node 2) and asks for /workspace alternately on each node with that one session cookie; other clients submit
#      complaints alternately to each node, each with its own Idempotency-Key, a failed request retried with the
#      same key on the other node;
#   4. before the load, one client sends 25 requests to each node's verification API in turn: the two nodes share one
#      bucket of RATE_LIMIT requests a minute, so together they allow no more than one node would;
#   5. after BEFORE seconds node 2 gets kill -9; the load goes on for AFTER seconds on node 1 alone;
#   6. checks: every acknowledged complaint is stored exactly once (each key submitted again must get the same
#      receipt; one case per recorded key); the session answered on both nodes, then on node 1 after the kill, never
#      sent to the sign-in page; in platform.job_run no two runs of a job overlap, and each cron job ran exactly
#      once in every slot of the test (a slot whose lock was still held by a run that died with node 2 is counted
#      apart: ShedLock frees it only at lockAtMostFor);
#   7. prints the tables and exits non-zero on any failure.
# Usage: bench/two-node-test.sh   (environment: WORKERS=6 BEFORE=25 AFTER=25 SLOT=10 RATE_LIMIT=30 JAVA_HOME=...
#        PG_BIN=/usr/lib/postgresql/15/bin)
set -euo pipefail

cd "$(dirname "$0")/.."
source bench/lib.sh
WORKERS="${WORKERS:-6}"
BEFORE="${BEFORE:-25}"
AFTER="${AFTER:-25}"
SLOT="${SLOT:-10}"
RATE_LIMIT="${RATE_LIMIT:-30}"
(( SLOT >= 2 )) || { echo "SLOT must be at least 2 seconds" >&2; exit 1; }
EMAIL=company@custodes.example
PASSWORD=Demo-Custodes-2026
NAME="James Okafor"
for tool in psql curl ss; do
    command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done
BEGAN=$(date +%s)

bench_build_jar

WORK=$(mktemp -d /tmp/custodes-two-node.XXXXXX)
source bench/standalone-pg.sh
NODE_PIDS=()
CLIENT_PIDS=()

cleanup() {
    local status=$?
    if [[ $status -ne 0 ]]; then
        echo "Failed (status $status); the end of the nodes' and PostgreSQL's logs:" >&2
        # What the session saw on each node (outcome, status), then the logs.
        awk -F'\t' '{ n[$2 "\t" $3 "\t" $4]++ } END { for (k in n) print "  node " k "\t" n[k] }' \
            "$WORK/session/session.tsv" 2>/dev/null >&2 || true
        grep -h -B2 -A12 'ERROR' "$WORK"/node-*.log 2>/dev/null | head -60 >&2 || true
        for dump in "$WORK"/threads-*.txt; do
            [[ -f "$dump" ]] || continue
            echo "$dump: request and scheduler threads not waiting for work" >&2
            awk '/^"/ { name = $0 } /java.lang.Thread.State/ { state = $2 } /^\tat / && name != "" { print name " " state " " $0; name = "" }' \
                "$dump" | grep -E 'http-nio|scheduling|task-' | grep -vE 'parkNanos|park\(|Unsafe.park|epoll|accept' | head -20 >&2 || true
        done
        tail -15 "$WORK"/node-*.log "$WORK/pg.log" 2>/dev/null >&2 || true
    fi
    for pid in "${CLIENT_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${NODE_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${NODE_PIDS[@]}"; do
        for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$pid" 2>/dev/null || true
    done
    standalone_pg_stop
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- PostgreSQL ---------------------------------------------------------------------------------------------------
standalone_pg_create "two-node-$RANDOM$RANDOM"

# ---- two nodes ----------------------------------------------------------------------------------------------------
MASTER_KEY=$(head -c 32 /dev/urandom | base64)
PORTS=("$(bench_free_port)" "$(bench_free_port)")
while [[ "${PORTS[0]}" == "${PORTS[1]}" ]]; do PORTS[1]=$(bench_free_port); done
URLS=("http://127.0.0.1:${PORTS[0]}" "http://127.0.0.1:${PORTS[1]}")
CRON="*/$SLOT * * * * *"
start_node() { # number demo
    local n=$1
    CUSTODES_MASTER_KEY="$MASTER_KEY" CUSTODES_DEMO="$2" PORT="${PORTS[$((n - 1))]}" \
    CUSTODES_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/custodes" CUSTODES_DB_USER=custodes CUSTODES_DB_PASSWORD="$PG_PASSWORD" \
        "$JAVA" -jar "$JAR" --custodes.complaint.submissions-per-client-per-hour=100000000 \
        "--custodes.directory.rate-limit.per-minute=$RATE_LIMIT" \
        "--custodes.reporting.deadlines-cron=$CRON" "--custodes.certification.cycle-cron=$CRON" \
        "--custodes.membership.non-payment-job-cron=$CRON" "--custodes.membership.deadline-job-cron=$CRON" \
        "--custodes.directory.due-standings-cron=$CRON" "--custodes.complaint.retention-cron=$CRON" \
        "--custodes.scheduling.cron-lock-at-least-for=PT$((SLOT / 2))S" \
        --custodes.notification.relay-delay=PT2S --custodes.directory.webhooks.delivery-interval=PT2S \
        --spring.lifecycle.timeout-per-shutdown-phase=5s --logging.level.root=WARN \
        >"$WORK/node-$n.log" 2>&1 &
    NODE_PIDS+=($!)
}
wait_ready() { # number
    local n=$1
    for _ in $(seq 1 360); do
        if curl -fs "${URLS[$((n - 1))]}/actuator/health/readiness" >/dev/null 2>&1; then return 0; fi
        kill -0 "${NODE_PIDS[$((n - 1))]}" 2>/dev/null || { echo "Node $n stopped" >&2; return 1; }
        sleep 0.5
    done
    echo "Node $n did not become ready" >&2
    return 1
}
echo "PostgreSQL 15 on port $PG_PORT; starting node 1 (demo data) on port ${PORTS[0]}..."
start_node 1 true
wait_ready 1
# Node 2 starts once node 1 has migrated the database and loaded the demo data, as a second node joins in production.
echo "Starting node 2 on port ${PORTS[1]}..."
start_node 2 false
wait_ready 2
BOTH_UP=$(date +%s%3N)
NODE1="${NODE_PIDS[0]}"
NODE2="${NODE_PIDS[1]}"

# ---- one rate limit for both nodes ----------------------------------------------------------------------------------
# The verification API allows RATE_LIMIT requests a minute per client. 25 requests to each node in turn from one
# client: in-memory buckets would allow all 50; the shared bucket allows RATE_LIMIT, plus what refills meanwhile and
# the one per cent (at least one request) each node may take before it tells the database (an approximate bucket).
LIMIT_STARTED=$(date +%s%3N)
LIMIT_OK=(0 0)
LIMIT_REFUSED=0
for i in $(seq 0 49); do
    node=$(( i % 2 ))
    status=$(curl -s -o /dev/null -w '%{http_code}' "${URLS[$node]}/api/v1/verify/00000000-0000-0000-0000-000000000000")
    if [[ "$status" == "429" ]]; then LIMIT_REFUSED=$(( LIMIT_REFUSED + 1 )); else LIMIT_OK[$node]=$(( LIMIT_OK[$node] + 1 )); fi
done
LIMIT_MS=$(( $(date +%s%3N) - LIMIT_STARTED ))
LIMIT_ALLOWED=$(( LIMIT_OK[0] + LIMIT_OK[1] ))
TOLERANCE=$(( RATE_LIMIT / 100 > 1 ? RATE_LIMIT / 100 : 1 ))
LIMIT_BOUND=$(( RATE_LIMIT + (LIMIT_MS * RATE_LIMIT + 59999) / 60000 + 2 * TOLERANCE ))

# ---- load, and the kill -------------------------------------------------------------------------------------------
mkdir -p "$WORK/session" "$WORK/submit"
echo "Load on both nodes: a signed-in session alternating between them, $WORKERS complaint clients..."
"$JAVA" bench/CrashLoad.java session "$WORK/session" 300 "$EMAIL" "$PASSWORD" "$NAME" "${URLS[0]}" "${URLS[1]}" \
    >"$WORK/session/client.out" 2>"$WORK/session/client.err" &
CLIENT_PIDS+=($!)
"$JAVA" bench/CrashLoad.java submit "$WORK/submit" "$WORKERS" 300 "${URLS[0]}" "${URLS[1]}" \
    >"$WORK/submit/client.out" 2>"$WORK/submit/client.err" &
CLIENT_PIDS+=($!)
# The countdown starts once both clients are at work (a source-file Java client takes seconds to compile on a busy
# machine): the session answered on each node and a complaint was acknowledged.
AT_WORK=0
for _ in $(seq 1 900); do
    if [[ -s "$WORK/submit/acknowledged.tsv" && -s "$WORK/session/session.tsv" ]] \
        && awk -F'\t' '$3 == "ok" { seen[$2] = 1 } END { exit !(seen[0] && seen[1]) }' "$WORK/session/session.tsv"; then
        AT_WORK=1
        break
    fi
    for pid in "${CLIENT_PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || { cat "$WORK"/*/client.err >&2; exit 1; }; done
    sleep 0.1
done
if (( AT_WORK == 0 )); then
    # Not yet at work on both nodes after the wait: keep what each node's threads were doing for the report.
    echo "The session has not been answered on both nodes yet; thread dumps of both nodes kept for the report." >&2
    for n in 1 2; do
        timeout 20 "$JAVA_HOME/bin/jcmd" "${NODE_PIDS[$((n - 1))]}" Thread.print >"$WORK/threads-$n.txt" 2>&1 || true
    done
fi
sleep "$BEFORE"
KILLED_AT=$(date +%s%3N)
echo "kill -9 of node 2 (pid $NODE2); the load goes on on node 1 for ${AFTER} s..."
kill -9 "$NODE2"
wait "$NODE2" 2>/dev/null || true
sleep "$AFTER"
STOPPED_AT=$(date +%s%3N)
touch "$WORK/session/stop" "$WORK/submit/stop"
for pid in "${CLIENT_PIDS[@]}"; do wait "$pid" || true; done
CLIENT_PIDS=()
FAILED=0
fail() { echo "FAILED: $*" >&2; FAILED=1; }

# ---- 1. nothing acknowledged lost, nothing stored twice -----------------------------------------------------------
read -r KEYS ACKNOWLEDGED ABANDONED REFUSED RETRIED CONNECTION_ERRORS SERVER_ERRORS IN_FLIGHT <"$WORK/submit/client.out" \
    || { echo "The complaint client failed:" >&2; cat "$WORK/submit/client.err" >&2; exit 1; }
read -r SAME DIFFERENT REPLAY_FAILED < <("$JAVA" bench/CrashLoad.java replay "$WORK/submit" "${URLS[0]}" 2>"$WORK/submit/replay.err")
cut -f2 "$WORK/submit/acknowledged.tsv" >"$WORK/submit/references.txt"
cut -f1 "$WORK/submit/acknowledged.tsv" >"$WORK/submit/acknowledged-keys.txt"
BY_NODE=$(awk -F'\t' '{ n[$6]++ } END { printf "%d %d", n[0], n[1] }' "$WORK/submit/acknowledged.tsv")
AFTER_KILL=$(awk -F'\t' -v t="$KILLED_AT" '$4 > t' "$WORK/submit/acknowledged.tsv" | grep -c . || true)
key_hash() { echo "sha256(convert_to('custodes/complaint-idempotency/' || $1, 'UTF8'))"; }
sql -d custodes -c "create table public.two_node_sent (key text primary key)" \
    -c "create table public.two_node_acknowledged (key text primary key)" \
    -c "create table public.two_node_reference (reference text primary key)" \
    -c "\\copy public.two_node_sent from '$WORK/submit/keys.txt'" \
    -c "\\copy public.two_node_acknowledged from '$WORK/submit/acknowledged-keys.txt'" \
    -c "\\copy public.two_node_reference from '$WORK/submit/references.txt'"
STORED=$(sql -d custodes -c "select count(*) from complaint.complaint_case where channel = 'API'")
FOUND=$(sql -d custodes -c "select count(*) from public.two_node_reference join complaint.complaint_case using (reference)")
RECORDED=$(sql -d custodes -c "select count(*) from complaint.idempotency i join public.two_node_sent s on i.key_hash = $(key_hash s.key)")
ACKNOWLEDGED_RECORDED=$(sql -d custodes -c "select count(*) from complaint.idempotency i
    join public.two_node_acknowledged a on i.key_hash = $(key_hash a.key)")
sql -d custodes -c "drop table public.two_node_sent, public.two_node_acknowledged, public.two_node_reference"
LOST=$(( ACKNOWLEDGED - FOUND ))
UNKEYED=$(( STORED - RECORDED ))
DUPLICATED=$(( DIFFERENT + (UNKEYED > 0 ? UNKEYED : 0) ))
(( LOST == 0 && DUPLICATED == 0 && REPLAY_FAILED == 0 && REFUSED == 0 && ABANDONED == 0 && UNKEYED >= 0 )) \
    || fail "complaints: lost $LOST, duplicated $DUPLICATED, replay failures $REPLAY_FAILED, refused $REFUSED, never acknowledged $ABANDONED"
(( AFTER_KILL > 0 )) || fail "no complaint was acknowledged after node 2 died"

# ---- 2. the session lives on both nodes, then on the survivor -----------------------------------------------------
[[ -s "$WORK/session/session.tsv" ]] || { echo "The session client failed:" >&2; cat "$WORK/session/client.err" >&2; exit 1; }
session_count() { # node before|after outcome
    awk -F'\t' -v t="$KILLED_AT" -v n="$1" -v w="$2" -v o="$3" \
        '$2 == n && $3 == o && ((w == "before" && $1 < t) || (w == "after" && $1 > t)) { c++ } END { print c + 0 }' \
        "$WORK/session/session.tsv"
}
S1_BEFORE=$(session_count 0 before ok); S2_BEFORE=$(session_count 1 before ok)
S1_AFTER=$(session_count 0 after ok); S2_AFTER_DOWN=$(session_count 1 after down)
SIGNED_OUT=$(awk -F'\t' '$3 == "signed-out"' "$WORK/session/session.tsv" | grep -c . || true)
# Requests in flight on node 2 when it died may fail (down); any other failure counts.
SESSION_ERRORS=$(awk -F'\t' -v t="$KILLED_AT" '$3 == "error" || ($3 == "down" && ($2 == 0 || $1 < t - 1000))' \
    "$WORK/session/session.tsv" | grep -c . || true)
(( S1_BEFORE > 0 && S2_BEFORE > 0 )) || fail "the session was not served by both nodes before the kill"
(( S1_AFTER > 0 )) || fail "the session did not continue on node 1 after the kill"
(( SIGNED_OUT == 0 && SESSION_ERRORS == 0 )) || fail "the session was sent to sign-in $SIGNED_OUT times, failed $SESSION_ERRORS times"

# ---- 3. each scheduled job ran once per slot, never twice at once -------------------------------------------------
node_name="case when node like '$NODE1@%' then 1 when node like '$NODE2@%' then 2 else 0 end"
# A run left open by node 2's death ended at the latest when node 2 did.
run_end="coalesce(finished_at, case when node like '$NODE2@%' then to_timestamp($KILLED_AT / 1000.0) else clock_timestamp() end)"
OVERLAPS=$(sql -d custodes -F $'\t' -c "
    with runs as (select id, job_name, started_at, $run_end as ended_at from platform.job_run)
    select a.job_name, count(*) from runs a join runs b on a.job_name = b.job_name and a.id < b.id
        and b.started_at < a.ended_at and a.started_at < b.ended_at group by a.job_name")
# Cron slots from the first whole slot after both nodes were up to the last whole slot before the load stopped.
FIRST_SLOT=$(( BOTH_UP / 1000 / SLOT + 1 ))
LAST_SLOT=$(( STOPPED_AT / 1000 / SLOT - 1 ))
CRON_JOBS="'reporting.campaign-deadlines','certification-cycle','membership.non-payment','membership.certification-deadline','directory-due-standings','complaint-retention'"
sql -d custodes -F $'\t' -c "
    with slots as (select s from generate_series($FIRST_SLOT, $LAST_SLOT) s),
         jobs as (select unnest(array[$CRON_JOBS]) as job_name),
         counts as (select j.job_name, s.s, (select count(*) from platform.job_run r where r.job_name = j.job_name
                        and floor(extract(epoch from r.started_at) / $SLOT) = s.s) as runs,
                    -- the job's lock still held by a run that died with node 2
                    exists (select 1 from platform.job_run r join platform.shedlock l on l.name = r.job_name
                        where r.job_name = j.job_name and r.finished_at is null and r.node like '$NODE2@%'
                        and to_timestamp(s.s * $SLOT) >= r.started_at and to_timestamp(s.s * $SLOT) < l.lock_until) as blocked
                    from jobs j cross join slots s)
    select job_name, count(*), count(*) filter (where runs = 1), count(*) filter (where runs > 1),
        count(*) filter (where runs = 0 and not blocked), count(*) filter (where runs = 0 and blocked)
    from counts group by job_name order by job_name" >"$WORK/slots.tsv"
sql -d custodes -F $'\t' -c "
    select job_name, count(*) filter (where $node_name = 1), count(*) filter (where $node_name = 2),
        count(*) filter (where finished_at is null)
    from platform.job_run group by job_name order by job_name" >"$WORK/runs.tsv"

# ---- the tables ---------------------------------------------------------------------------------------------------
echo
echo "complaints"
printf '  %-42s %s\n' "keys sent" "$KEYS" \
    "acknowledged (by node 1 / node 2)" "$ACKNOWLEDGED (${BY_NODE% *} / ${BY_NODE#* })" \
    "acknowledged after node 2 died" "$AFTER_KILL" \
    "stored" "$STORED" \
    "lost" "$LOST" \
    "duplicated" "$DUPLICATED" \
    "unacknowledged but stored" "$(( RECORDED - ACKNOWLEDGED_RECORDED ))" \
    "never acknowledged" "$ABANDONED" \
    "retried requests (conn / 5xx / 409)" "$RETRIED ($CONNECTION_ERRORS / $SERVER_ERRORS / $IN_FLIGHT)" \
    "replayed: same receipt / other / failed" "$SAME / $DIFFERENT / $REPLAY_FAILED"
printf "%s\n" "session ($EMAIL, one cookie on both nodes)"
printf '  %-42s %s\n' "200 with the user's name, before the kill" "node 1: $S1_BEFORE, node 2: $S2_BEFORE" \
    "200 with the user's name, after the kill" "node 1: $S1_AFTER (node 2 down: $S2_AFTER_DOWN)" \
    "sent to sign-in / other failures" "$SIGNED_OUT / $SESSION_ERRORS"
echo "rate limit shared by the nodes (verification API, $RATE_LIMIT a minute per client)"
printf '  %-42s %s\n' "sent (25 to each node, in turn)" "50 in $LIMIT_MS ms" \
    "allowed (node 1 / node 2)" "$LIMIT_ALLOWED (${LIMIT_OK[0]} / ${LIMIT_OK[1]}); at most $LIMIT_BOUND (refill, $TOLERANCE per node)" \
    "refused with 429" "$LIMIT_REFUSED"
(( LIMIT_ALLOWED <= LIMIT_BOUND )) || fail "the two nodes allowed $LIMIT_ALLOWED requests, more than one node's $LIMIT_BOUND"
(( LIMIT_ALLOWED >= RATE_LIMIT )) || fail "the two nodes allowed $LIMIT_ALLOWED requests, fewer than the limit of $RATE_LIMIT"
echo "scheduled jobs (every cron job every $SLOT s; $(( LAST_SLOT - FIRST_SLOT + 1 )) slots checked)"
printf '  %-36s %8s %8s %6s %8s %8s %8s %8s %8s\n' "job" "node 1" "node 2" "open" "slots" "once" "twice+" "missed" "blocked"
while IFS=$'\t' read -r job n1 n2 open; do
    slot_line=$(awk -F'\t' -v j="$job" '$1 == j { printf "%s\t%s\t%s\t%s\t%s", $2, $3, $4, $5, $6 }' "$WORK/slots.tsv")
    if [[ -n "$slot_line" ]]; then
        IFS=$'\t' read -r slots once twice missed blocked <<<"$slot_line"
    else
        slots="-"; once="-"; twice="-"; missed="-"; blocked="-"
    fi
    printf '  %-36s %8s %8s %6s %8s %8s %8s %8s %8s\n' "$job" "$n1" "$n2" "$open" "$slots" "$once" "$twice" "$missed" "$blocked"
done <"$WORK/runs.tsv"
echo "  overlapping runs of one job: ${OVERLAPS:-none}"
[[ -z "$OVERLAPS" ]] || fail "runs of one job overlapped: $OVERLAPS"
TWICE=$(awk -F'\t' '{ s += $4 } END { print s + 0 }' "$WORK/slots.tsv")
MISSED=$(awk -F'\t' '{ s += $5 } END { print s + 0 }' "$WORK/slots.tsv")
CRON_RUNS=$(awk -F'\t' '{ s += $3 } END { print s + 0 }' "$WORK/slots.tsv")
if (( TWICE > 0 )); then
    fail "$TWICE job slots ran more than once:"
    sql -d custodes -F $'\t' -c "
        select job_name, floor(extract(epoch from started_at) / $SLOT)::bigint as slot, $node_name as node,
            to_char(started_at, 'HH24:MI:SS.MS'), to_char(finished_at, 'HH24:MI:SS.MS')
        from platform.job_run r where job_name in ($CRON_JOBS) and (select count(*) from platform.job_run o where o.job_name = r.job_name
            and floor(extract(epoch from o.started_at) / $SLOT) = floor(extract(epoch from r.started_at) / $SLOT)) > 1
        order by job_name, started_at" | sed 's/^/    /' >&2
fi
(( MISSED == 0 )) || fail "$MISSED job slots did not run"
(( CRON_RUNS > 0 )) || fail "no cron job ran in the test"
for job in notification.outbox-relay directory-webhook-delivery; do
    grep -q "^$job"$'\t' "$WORK/runs.tsv" || fail "$job never ran"
done
echo "(kill -9 of node 2 after ${BEFORE} s of load; ${AFTER} s more on node 1; took $(( $(date +%s) - BEGAN )) s)"
if [[ $FAILED != 0 ]]; then
    echo "FAILED" >&2
    exit 1
fi
echo "PASSED: nothing acknowledged lost, the session lived on, each job ran once per slot, one rate limit for both nodes"
