#!/usr/bin/env bash
# Benchmarks the signed verification endpoint against the trivial /api/v1/ping on loopback:
#   1. builds the jar when it is missing or older than the sources;
#   2. starts the app on a free port with a fresh embedded PostgreSQL data folder and no demo data;
#   3. inserts COMPANIES companies with a three-step standing history into the directory's read tables
#      (bench/data/directory.sql);
#   4. finds the peak throughput of ping and of verify (rotating over every company id) with wrk;
#   5. measures p50/p99 of verify at half its peak with wrk paced by bench/paced-ids.lua, and open loop at a fixed
#      rate with bench/FixedRateLoad.java as a cross-check;
#   6. prints the figures and writes them to bench/results/verify-<timestamp>.json; the app is always stopped.
# Usage: bench/verify.sh   (environment: COMPANIES=2000 DURATION=10 THREADS=2 ROUNDS=2 JAVA_HOME=...;
#        APP_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/verify.jfr,settings=profile" to profile the app;
#        LATENCY_RATE=1500 to measure latency at that rate instead of half the verify peak)
# bench/run.sh measures the same (and more) in one run.
source "$(dirname "$0")/lib.sh"
COMPANIES="${COMPANIES:-2000}"
DURATION="${DURATION:-10}"
ROUNDS="${ROUNDS:-2}"
bench_init verify
bench_require wrk psql curl jq
bench_build_jar
bench_start_app false --custodes.directory.rate-limit.per-minute=1000000000

echo "Inserting $COMPANIES companies with their standing history..."
sql -v companies="$COMPANIES" -f bench/data/directory.sql
sql -c "select id from public.bench_company" >"$WORK/ids.txt"
FIRST_ID=$(head -1 "$WORK/ids.txt")
curl -fs "$BASE/api/v1/verify/$FIRST_ID" | grep -q '"standing":"CERTIFIED_MEMBER"' \
    || { echo "The verification endpoint does not answer as expected" >&2; exit 1; }

run() { # ping|verify connections -> req/s
    if [[ "$1" == "verify" ]]; then
        IDS="$WORK/ids.txt" bench_wrk verify "$2" "$DURATION" "$BASE" bench/rotate-ids.lua | jq .requestsPerSecond
    else
        bench_wrk ping "$2" "$DURATION" "$BASE/api/v1/ping" | jq .requestsPerSecond
    fi
}
max() { awk -v a="$1" -v b="$2" 'BEGIN { print (b > a ? b : a) }'; }

LOAD_BEFORE=$(load1)
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
echo "Latency at $HALF req/s, wrk paced over 32 connections, $((DURATION * 2))s..."
IDS="$WORK/ids.txt" CONNS=32 RATE="$HALF" bench_wrk verify-half 32 $((DURATION * 2)) "$BASE" bench/paced-ids.lua >"$WORK/half.json"

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="bench/results/verify-$STAMP.json"
mkdir -p bench/results
cat >"$OUT" <<JSON
{
  "timestamp": "$STAMP",
  "companies": $COMPANIES,
  "cpus": $(nproc),
  "loadAverageBefore": $LOAD_BEFORE,
  "loadAverageAfter": $(load1),
  "java": "$("$JAVA" -version 2>&1 | head -1 | sed 's/"/\\"/g')",
  "pingRequestsPerSecond": $PING,
  "verifyRequestsPerSecond": $VERIFY,
  "ratioVerifyToPing": $RATIO,
  "ratioTarget": 0.5,
  "halfLoad": { "tool": "bench/FixedRateLoad.java (fixed rate, 32 keep-alive connections, latency from due time)", "targetRate": $HALF,
                "achievedRate": $ACHIEVED, "requests": $SENT, "ok": $OK, "errors": $ERRORS,
                "p50Ms": $P50, "p90Ms": $P90, "p99Ms": $P99, "maxMs": $MAX, "p99TargetMs": 10 },
  "halfLoadPaced": $(jq -c --argjson rate "$HALF" '. + {tool: "wrk with bench/paced-ids.lua (Poisson waits, 32 connections)", targetRate: $rate, p99TargetMs: 10}' "$WORK/half.json")
}
JSON

echo
echo "machine load average (1 min) before the runs: $LOAD_BEFORE, after: $(load1) on $(nproc) cores"
echo "ping:   $PING req/s"
echo "verify: $VERIFY req/s"
echo "ratio verify/ping: $RATIO (target >= 0.5)"
echo "latency at $HALF req/s, wrk paced (achieved $(jq .requestsPerSecond "$WORK/half.json")): p50 $(jq .latencyMs.p50 "$WORK/half.json") ms, p99 $(jq .latencyMs.p99 "$WORK/half.json") ms (target < 10 ms)"
echo "latency at $HALF req/s, open loop (achieved $ACHIEVED): p50 ${P50} ms, p99 ${P99} ms (target < 10 ms), errors $ERRORS of $SENT"
echo "written to $OUT"
