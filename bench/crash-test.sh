#!/usr/bin/env bash
# Crash test: is every acknowledged complaint stored exactly once when the app, then PostgreSQL, dies mid-stream?
#   1. builds the jar when it is missing or older than the sources;
#   2. starts its own PostgreSQL 15 in a temporary folder (fsync=on, synchronous_commit=on, full_page_writes=on) on a
#      free port, as the postgres OS user when run as root, and the app on it with the prod profile (a master key,
#      no demo data) on another free port;
#   3. round "app": WORKERS clients submit complaints, each with its own Idempotency-Key (bench/CrashLoad.java), and
#      retry a failed request with the same key; after KILL_AFTER seconds and MIN_BEFORE acknowledgements the app's
#      JVM gets kill -9 and is started again on the same database; the load goes on for AFTER seconds once it answers;
#   4. round "postgres": the same, but the PostgreSQL postmaster gets kill -9 and is started again (crash recovery);
#      the app is NOT restarted: its connection pool must find the server again by itself;
#   5. after each round: every acknowledged key is submitted again and must get the same reference and receipt, and
#      the database must hold each acknowledged reference, and exactly one case per key it recorded;
#   6. prints a table (a row per round) and exits non-zero if anything acknowledged was lost or stored twice, if a key
#      was never acknowledged (the app did not recover), or if the crash was not felt at all.
# Usage: bench/crash-test.sh   (environment: WORKERS=8 KILL_AFTER=5 MIN_BEFORE=30 AFTER=6 JAVA_HOME=...
#        PG_BIN=/usr/lib/postgresql/15/bin)
set -euo pipefail

cd "$(dirname "$0")/.."
source bench/lib.sh
WORKERS="${WORKERS:-8}"
KILL_AFTER="${KILL_AFTER:-5}"
AFTER="${AFTER:-6}"
MIN_BEFORE="${MIN_BEFORE:-30}"
for tool in psql curl ss; do
    command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done
BEGAN=$(date +%s)

bench_build_jar

WORK=$(mktemp -d /tmp/custodes-crash.XXXXXX)
source bench/standalone-pg.sh
APP_PID=""
CLIENT_PID=""

stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        for _ in $(seq 1 40); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
}
cleanup() {
    local status=$?
    if [[ $status -ne 0 ]]; then
        echo "Failed (status $status); the end of the app's and PostgreSQL's logs:" >&2
        tail -30 "$WORK"/app*.log "$WORK/pg.log" 2>/dev/null >&2 || true
    fi
    if [[ -n "$CLIENT_PID" ]] && kill -0 "$CLIENT_PID" 2>/dev/null; then kill "$CLIENT_PID" 2>/dev/null || true; fi
    stop_app
    standalone_pg_stop
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- PostgreSQL ---------------------------------------------------------------------------------------------------
standalone_pg_create "crash-$RANDOM$RANDOM"

# ---- the app ------------------------------------------------------------------------------------------------------
PORT=$(bench_free_port)
BASE="http://127.0.0.1:$PORT"
MASTER_KEY=$(head -c 32 /dev/urandom | base64)
APP_STARTS=0
start_app() {
    APP_STARTS=$((APP_STARTS + 1))
    SPRING_PROFILES_ACTIVE=prod CUSTODES_MASTER_KEY="$MASTER_KEY" CUSTODES_DEMO=false PORT="$PORT" \
    CUSTODES_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/custodes" CUSTODES_DB_USER=custodes CUSTODES_DB_PASSWORD="$PG_PASSWORD" \
        "$JAVA" -jar "$JAR" --custodes.complaint.submissions-per-client-per-hour=100000000 \
        --spring.lifecycle.timeout-per-shutdown-phase=5s --logging.level.root=WARN \
        >"$WORK/app-$APP_STARTS.log" 2>&1 &
    APP_PID=$!
}
wait_ready() {
    for _ in $(seq 1 240); do
        if curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1; then return 0; fi
        kill -0 "$APP_PID" 2>/dev/null || { echo "The app stopped" >&2; return 1; }
        sleep 0.5
    done
    echo "The app did not become ready" >&2
    return 1
}
echo "PostgreSQL 15 on port $PG_PORT (data in $PGDATA); starting Custodes on port $PORT..."
start_app
wait_ready
CHILDREN=""

key_hash() { echo "sha256(convert_to('custodes/complaint-idempotency/' || $1, 'UTF8'))"; }
stored() { sql -d custodes -c "select count(*) from complaint.complaint_case where channel = 'API'"; }
now_ms() { date +%s%3N; }

# round NAME: runs the load, crashes NAME (app or postgres), recovers, verifies; appends a table row to $WORK/rows
round() {
    local name=$1 dir="$WORK/$1"
    mkdir -p "$dir"
    local baseline
    baseline=$(stored)
    echo "Round '$name': $WORKERS clients submitting..."
    "$JAVA" bench/CrashLoad.java submit "$dir" "$WORKERS" 150 "$BASE" >"$dir/client.out" 2>"$dir/client.err" &
    CLIENT_PID=$!
    # The crash comes after KILL_AFTER seconds and MIN_BEFORE acknowledgements (at most 60 s), so that it hits a
    # stream of requests rather than a warming-up app.
    local before killed_at recovered_at waited=0
    sleep "$KILL_AFTER"
    while before=$(grep -c . "$dir/acknowledged.tsv" || true); (( before < MIN_BEFORE && waited < 600 )); do
        sleep 0.1; waited=$((waited + 1))
    done
    killed_at=$(now_ms)
    if [[ "$name" == app ]]; then
        echo "  kill -9 of the app (pid $APP_PID) after $before acknowledgements; starting it again on the same database..."
        kill -9 "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
        start_app
        wait_ready
    else
        local postmaster
        postmaster=$(head -1 "$PGDATA/postmaster.pid")
        CHILDREN=$(pgrep -P "$postmaster" | tr '\n' ' ' || true)
        echo "  kill -9 of the PostgreSQL postmaster (pid $postmaster) after $before acknowledgements..."
        kill -9 "$postmaster"
        # Its backends notice the postmaster's death and exit; a new server may start only once they are gone.
        for _ in $(seq 1 100); do
            local alive=0
            for child in $CHILDREN; do kill -0 "$child" 2>/dev/null && alive=1; done
            [[ $alive == 0 ]] && break
            sleep 0.1
        done
        sleep 1
        echo "  starting PostgreSQL again (crash recovery); the app keeps running and must reconnect by itself..."
        standalone_pg_start
        for _ in $(seq 1 120); do
            curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
            sleep 0.5
        done
        kill -0 "$APP_PID" 2>/dev/null || { echo "The app died with PostgreSQL" >&2; exit 1; }
    fi
    recovered_at=$(now_ms)
    echo "  ready again after $(( (recovered_at - killed_at) / 1000 )) s; load goes on for ${AFTER} s"
    sleep "$AFTER"
    touch "$dir/stop"
    wait "$CLIENT_PID" || true
    CLIENT_PID=""
    local keys acknowledged abandoned refused retried connection_errors server_errors in_flight
    read -r keys acknowledged abandoned refused retried connection_errors server_errors in_flight <"$dir/client.out" \
        || { echo "The load client failed:" >&2; cat "$dir/client.err" >&2; exit 1; }
    local after_crash
    after_crash=$(awk -F'\t' -v t="$killed_at" '$4 > t' "$dir/acknowledged.tsv" | grep -c . || true)

    echo "  submitting each of the $acknowledged acknowledged keys again..."
    local same different failed
    read -r same different failed < <("$JAVA" bench/CrashLoad.java replay "$dir" "$BASE" 2>"$dir/replay.err")

    cut -f2 "$dir/acknowledged.tsv" >"$dir/references.txt"
    cut -f1 "$dir/acknowledged.tsv" >"$dir/acknowledged-keys.txt"
    local stored_now found recorded acknowledged_recorded
    stored_now=$(( $(stored) - baseline ))
    # The lists go into scratch tables beside the app's schemas (public), joined there and dropped. The server files a
    # key under sha256('custodes/complaint-idempotency/' || key) (complaint/intake/IdempotencyRecords).
    sql -d custodes -c "create table public.crash_sent (key text primary key)" \
        -c "create table public.crash_acknowledged (key text primary key)" \
        -c "create table public.crash_reference (reference text primary key)" \
        -c "\\copy public.crash_sent from '$dir/keys.txt'" \
        -c "\\copy public.crash_acknowledged from '$dir/acknowledged-keys.txt'" \
        -c "\\copy public.crash_reference from '$dir/references.txt'"
    found=$(sql -d custodes -c "select count(*) from public.crash_reference join complaint.complaint_case using (reference)")
    recorded=$(sql -d custodes -c "select count(*) from complaint.idempotency i join public.crash_sent s on i.key_hash = $(key_hash s.key)")
    acknowledged_recorded=$(sql -d custodes -c "select count(*) from complaint.idempotency i
        join public.crash_acknowledged a on i.key_hash = $(key_hash a.key)")
    sql -d custodes -c "drop table public.crash_sent, public.crash_acknowledged, public.crash_reference"
    local lost=$(( acknowledged - found ))
    # Each stored case of the round must have come with its key's record: a case beyond the recorded keys was filed
    # twice for one key (or without its record, so that a retry would file it again).
    local unkeyed=$(( stored_now - recorded ))
    local duplicated=$(( different + (unkeyed > 0 ? unkeyed : 0) ))
    local unacknowledged_stored=$(( recorded - acknowledged_recorded ))
    printf "$ROW" "$name" "$keys" "$acknowledged" "$after_crash" "$stored_now" "$lost" "$duplicated" \
        "$unacknowledged_stored" "$abandoned" "$retried" \
        "conn $connection_errors, 5xx $server_errors, 409 $in_flight; replay $same same, $failed failed; recovered in $(( (recovered_at - killed_at) / 1000 )) s" \
        >>"$WORK/rows"
    if (( lost > 0 || duplicated > 0 || failed > 0 || refused > 0 || abandoned > 0 || unkeyed < 0 || retried == 0 || after_crash == 0 )); then
        echo "  round '$name' FAILED: lost $lost, duplicated $duplicated, replay failures $failed, refused $refused," \
            "abandoned $abandoned, keys recorded without a case $(( unkeyed < 0 ? -unkeyed : 0 )), retried $retried," \
            "acknowledged after the crash $after_crash" >&2
        head -5 "$dir/client.err" "$dir/replay.err" >&2 || true
        FAILED=1
    fi
}

FAILED=0
ROW='%-9s %5s %12s %11s %6s %4s %10s %15s %11s %7s  %s\n'
: >"$WORK/rows"
round app
round postgres

echo
printf "$ROW" round keys acknowledged "after crash" stored lost duplicated "unacked, stored" "never acked" retried \
    "failed requests; replay; recovery"
cat "$WORK/rows"
echo "($WORKERS clients; kill -9 after ${KILL_AFTER} s of load and at least $MIN_BEFORE acknowledgements; ${AFTER} s of load after recovery; took $(( $(date +%s) - BEGAN )) s)"
if [[ $FAILED != 0 ]]; then
    echo "FAILED" >&2
    exit 1
fi
echo "PASSED: every acknowledged submission is stored exactly once"
