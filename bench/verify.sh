#!/usr/bin/env bash
# Benchmarks the signed verification endpoint against the trivial /api/v1/ping on loopback:
#   1. builds the jar when it is missing or older than the sources;
#   2. starts the app on a free port with a fresh embedded PostgreSQL data folder and no demo data;
#   3. inserts COMPANIES companies with a three-step standing history into the directory's read tables;
#   4. finds the peak throughput of ping and of verify (rotating over every company id) with wrk;
#   5. measures p50/p99 of verify at half its peak with bench/FixedRateLoad.java (open loop, fixed rate);
#   6. prints the figures and writes them to bench/results/verify-<timestamp>.json; the app is always stopped.
# Usage: bench/verify.sh   (environment: COMPANIES=2000 DURATION=10 THREADS=2 ROUNDS=2 JAVA_HOME=...;
#        APP_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/verify.jfr,settings=profile" to profile the app;
#        LATENCY_RATE=1500 to measure latency at that rate instead of half the verify peak)
set -euo pipefail

cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
COMPANIES="${COMPANIES:-2000}"
DURATION="${DURATION:-10}"
THREADS="${THREADS:-2}"
ROUNDS="${ROUNDS:-2}"
command -v wrk >/dev/null || { echo "wrk is needed (Debian package wrk)" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is needed (Debian package postgresql-client)" >&2; exit 1; }

JAR=$(ls target/custodes-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$JAR" ]] || [[ -n "$(find src pom.xml -newer "$JAR" -type f -print -quit)" ]]; then
    echo "Building the jar..."
    mvn -B -q -o -DskipTests package
    JAR=$(ls target/custodes-*.jar | grep -v original | head -1)
fi

WORK=$(mktemp -d /tmp/custodes-bench.XXXXXX)
APP_PID=""
cleanup() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    local port
    while true; do
        port=$(( 20000 + RANDOM % 20000 ))
        ss -ltn "sport = :$port" | grep -q LISTEN || { echo "$port"; return; }
    done
}
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"

echo "Starting Custodes on port $PORT (data in $WORK/pgdata)..."
CUSTODES_DATA_DIR="$WORK/pgdata" CUSTODES_DEMO=false PORT="$PORT" \
    "$JAVA" ${APP_JAVA_OPTS:-} -jar "$JAR" --custodes.directory.rate-limit.per-minute=1000000000 --spring.lifecycle.timeout-per-shutdown-phase=5s \
    --logging.level.root=WARN --logging.level.org.custodes.platform=INFO >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
    if curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1; then break; fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "The app stopped; its log:" >&2; tail -50 "$WORK/app.log" >&2; exit 1; }
    sleep 1
done
curl -fs "$BASE/actuator/health/readiness" >/dev/null || { echo "The app did not become ready" >&2; exit 1; }
PG_PORT=$(grep -o 'Embedded PostgreSQL [0-9]* is running on port [0-9]*' "$WORK/app.log" | grep -o '[0-9]*$' | head -1)

echo "Inserting $COMPANIES companies with their standing history..."
psql -q -v ON_ERROR_STOP=1 "postgresql://postgres:postgres@127.0.0.1:$PG_PORT/custodes" <<SQL
insert into directory.company (organisation_id, legal_name, short_name, search_text, country_of_registration,
    countries_of_operation, services, website, standing, standing_since, corrective_action_open, current_period_from, updated_at)
select gen_random_uuid(), 'Bench Security ' || n, 'Bench ' || n, 'bench security ' || n, 'GB', array['GB', 'KE'],
    array['STATIC_GUARDING'], null, 'CERTIFIED_MEMBER', date '2025-06-01', false, date '2025-06-01', now()
from generate_series(1, $COMPANIES) n;
insert into directory.standing_period (organisation_id, valid_from, standing, standing_since, corrective_action_open)
select organisation_id, p.valid_from, p.standing, p.valid_from, false
from directory.company,
    (values (date '2023-01-15', 'APPLICANT'), (date '2023-09-01', 'MEMBER'), (date '2025-06-01', 'CERTIFIED_MEMBER')) p(valid_from, standing)
where legal_name like 'Bench Security %';
analyze directory.company;
analyze directory.standing_period;
SQL
psql -qAt "postgresql://postgres:postgres@127.0.0.1:$PG_PORT/custodes" \
    -c "select organisation_id from directory.company where legal_name like 'Bench Security %'" >"$WORK/ids.txt"
FIRST_ID=$(head -1 "$WORK/ids.txt")
curl -fs "$BASE/api/v1/verify/$FIRST_ID" | grep -q '"standing":"CERTIFIED_MEMBER"' \
    || { echo "The verification endpoint does not answer as expected" >&2; exit 1; }

rps() { grep 'Requests/sec' | awk '{print $2}'; }
run() { # ping|verify connections -> req/s
    if [[ "$1" == "verify" ]]; then
        IDS="$WORK/ids.txt" wrk -t"$THREADS" -c"$2" -d"${DURATION}s" -s bench/rotate-ids.lua "$BASE" | rps
    else
        wrk -t"$THREADS" -c"$2" -d"${DURATION}s" "$BASE/api/v1/ping" | rps
    fi
}
max() { awk -v a="$1" -v b="$2" 'BEGIN { print (b > a ? b : a) }'; }

LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
echo "Warming up (JIT) for ${DURATION}s each..."
run ping 32 >/dev/null
run verify 32 >/dev/null

# The two cores are shared with wrk (and possibly other work): ping and verify runs alternate, so that both meet
# the same conditions, and the peak of each is the best of its runs.
echo "Peak throughput (wrk, ${DURATION}s per run, ${ROUNDS} rounds):"
PING=0
VERIFY=0
for round in $(seq 1 "$ROUNDS"); do
    for connections in 32 64; do
        p=$(run ping "$connections"); v=$(run verify "$connections")
        echo "  round $round, $connections connections: ping $p req/s, verify $v req/s"
        PING=$(max "$PING" "$p"); VERIFY=$(max "$VERIFY" "$v")
    done
done
RATIO=$(awk -v v="$VERIFY" -v p="$PING" 'BEGIN { printf "%.2f", v / p }')
# LATENCY_RATE fixes the rate of the latency run, so that two builds can be compared at the same load.
HALF=${LATENCY_RATE:-$(awk -v v="$VERIFY" 'BEGIN { printf "%d", v / 2 }')}

echo "Latency at $HALF req/s (half the verify peak unless LATENCY_RATE is set), open loop, $((DURATION * 2))s..."
read -r SENT OK ERRORS P50 P90 P99 MAX ACHIEVED < <("$JAVA" bench/FixedRateLoad.java "$BASE/api/v1/verify/" "$WORK/ids.txt" "$HALF" $((DURATION * 2)))

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="bench/results/verify-$STAMP.json"
mkdir -p bench/results
cat >"$OUT" <<JSON
{
  "timestamp": "$STAMP",
  "companies": $COMPANIES,
  "cpus": $(nproc),
  "loadAverageBefore": $LOAD_BEFORE,
  "loadAverageAfter": $(cut -d' ' -f1 /proc/loadavg),
  "java": "$("$JAVA" -version 2>&1 | head -1 | sed 's/"/\\"/g')",
  "pingRequestsPerSecond": $PING,
  "verifyRequestsPerSecond": $VERIFY,
  "ratioVerifyToPing": $RATIO,
  "ratioTarget": 0.5,
  "halfLoad": { "tool": "bench/FixedRateLoad.java (fixed rate, 32 keep-alive connections, latency from due time)", "targetRate": $HALF,
                "achievedRate": $ACHIEVED, "requests": $SENT, "ok": $OK, "errors": $ERRORS,
                "p50Ms": $P50, "p90Ms": $P90, "p99Ms": $P99, "maxMs": $MAX, "p99TargetMs": 10 }
}
JSON

echo
echo "machine load average (1 min) before the runs: $LOAD_BEFORE, after: $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores"
echo "ping:   $PING req/s"
echo "verify: $VERIFY req/s"
echo "ratio verify/ping: $RATIO (target >= 0.5)"
echo "latency at $HALF req/s (achieved $ACHIEVED): p50 ${P50} ms, p99 ${P99} ms (target < 10 ms), errors $ERRORS of $SENT"
echo "written to $OUT"
