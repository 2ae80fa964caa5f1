#!/usr/bin/env bash
# Benchmarks the public complaint intake on loopback:
#   1. builds the jar when it is missing or older than the sources;
#   2. starts the app on a free port with a fresh embedded PostgreSQL data folder, no demo data, and the per-client
#      submission limit raised (custodes.complaint.submissions-per-client-per-hour): every request comes from 127.0.0.1;
#   3. the ceiling: pgbench single-row durable inserts per second (synchronous_commit=on) against the same embedded
#      PostgreSQL, in a scratch database;
#   4. the peak of durable submissions per second through POST /api/v1/complaints with CLIENTS concurrent clients,
#      then p50/p99 at a sustained fixed RATE (open loop, bench/ComplaintLoad.java);
#   5. nothing lost: every acknowledged (201) reference must be stored, and the stored count must match;
#   6. the intake page's weight: gzip -9 of /complaints/new plus its stylesheet, in each language;
#   7. prints one table and writes bench/results/complaint-intake-<timestamp>.json; the app is always stopped.
# Usage: bench/complaint-intake.sh   (environment: CLIENTS=8 PEAK_SECONDS=15 RATE=50 RATE_SECONDS=20 JAVA_HOME=...)
# bench/run.sh measures the same (and more) in one run.
source "$(dirname "$0")/lib.sh"
CLIENTS="${CLIENTS:-8}"
PEAK_SECONDS="${PEAK_SECONDS:-15}"
RATE="${RATE:-50}"
RATE_SECONDS="${RATE_SECONDS:-20}"
bench_init intake
bench_require psql pgbench curl gzip jq
bench_build_jar
bench_start_app false --custodes.complaint.submissions-per-client-per-hour=100000000
stored() { sql -c "select count(*) from complaint.complaint_case where channel = 'API'"; }

# 1. The ceiling: what the same PostgreSQL commits durably, one row per transaction, with 8 clients.
echo "Ceiling: pgbench durable single-row inserts (-c 8 -T 10)..."
LOAD_CEILING=$(load1)
CEILING=$(bench_pgbench_inserts 8 10 | jq .transactionsPerSecond)

# 2. One submission by hand, so that a broken endpoint fails loudly rather than as a throughput of zero.
curl -fs -o /dev/null -H 'Content-Type: application/json' -H "Idempotency-Key: smoke-$RANDOM$RANDOM" \
    -d '{"role":"WITNESS","contact":"ANONYMOUS","category":"OTHER","whatHappened":"Smoke test of the benchmark."}' \
    "$BASE/api/v1/complaints" || { echo "POST /api/v1/complaints does not answer 201" >&2; exit 1; }
BASELINE=$(stored)
touch "$WORK/references.txt"

echo "Warming up the intake (5 s, 2 clients)..."
"$JAVA" bench/ComplaintLoad.java "$BASE" "$WORK/references.txt" peak 2 5 >/dev/null

echo "Peak: $CLIENTS concurrent clients for ${PEAK_SECONDS}s..."
LOAD_PEAK=$(load1)
read -r P_SENT P_OK P_ERR P_P50 P_P90 P_P99 P_MAX PEAK < <("$JAVA" bench/ComplaintLoad.java "$BASE" "$WORK/references.txt" peak "$CLIENTS" "$PEAK_SECONDS")

echo "Sustained: $RATE submissions/s for ${RATE_SECONDS}s (open loop)..."
LOAD_RATE=$(load1)
read -r R_SENT R_OK R_ERR R_P50 R_P90 R_P99 R_MAX R_ACHIEVED < <("$JAVA" bench/ComplaintLoad.java "$BASE" "$WORK/references.txt" rate "$RATE" "$RATE_SECONDS")

# 3. Nothing lost: each acknowledged reference is stored, and no more and no fewer cases than were acknowledged.
ACKNOWLEDGED=$(grep -c . "$WORK/references.txt" || true)
STORED=$(( $(stored) - BASELINE ))
sql -c "create table public.bench_acknowledged (reference text primary key)"
sql -c "\copy public.bench_acknowledged from '$WORK/references.txt'"
FOUND=$(sql -c "select count(*) from public.bench_acknowledged a join complaint.complaint_case c using (reference)")
sql -c "drop table public.bench_acknowledged"
LOST=$(( ACKNOWLEDGED - FOUND ))

# 4. The page's weight: HTML plus every stylesheet and script it links, each gzip -9, per language.
WEIGHTS=""
MAX_WEIGHT=0
for lang in en fr es ar; do
    curl -fs "$BASE/complaints/new?lang=$lang" -o "$WORK/page-$lang.html"
    total=$(gzip -9 -c "$WORK/page-$lang.html" | wc -c)
    for asset in $(grep -oE '(href|src)="/[^"]+\.(css|js)[^"]*"' "$WORK/page-$lang.html" | sed -E 's/^(href|src)="([^"]+)"$/\2/' | sort -u); do
        asset_size=$(curl -fs "$BASE${asset//&amp;/&}" | gzip -9 -c | wc -c)
        total=$(( total + asset_size ))
    done
    WEIGHTS="$WEIGHTS${WEIGHTS:+, }\"$lang\": $total"
    (( total > MAX_WEIGHT )) && MAX_WEIGHT=$total
done

verdict() { [[ "$1" == 1 ]] && echo "met" || echo "MISSED"; }
SUSTAINED_OK=$(awk -v a="$R_ACHIEVED" -v r="$RATE" -v e="$R_ERR" 'BEGIN { print (r >= 50 && a >= 0.95 * r && e == 0) ? 1 : 0 }')
P99_OK=$(awk -v p="$R_P99" 'BEGIN { print (p < 300) ? 1 : 0 }')
LOST_OK=$(( LOST == 0 && STORED == ACKNOWLEDGED ? 1 : 0 ))
WEIGHT_OK=$(( MAX_WEIGHT <= 30720 ? 1 : 0 ))

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="bench/results/complaint-intake-$STAMP.json"
mkdir -p bench/results
cat >"$OUT" <<JSON
{
  "timestamp": "$STAMP",
  "cpus": $(nproc),
  "java": "$("$JAVA" -version 2>&1 | head -1 | sed 's/"/\\"/g')",
  "ceiling": { "tool": "pgbench -n -c 8 -j 2 -T 10, one-row insert per transaction, synchronous_commit=on",
               "transactionsPerSecond": $CEILING, "loadAverage": $LOAD_CEILING },
  "peak": { "clients": $CLIENTS, "seconds": $PEAK_SECONDS, "requests": $P_SENT, "created": $P_OK, "errors": $P_ERR,
            "createdPerSecond": $PEAK, "p50Ms": $P_P50, "p99Ms": $P_P99, "maxMs": $P_MAX, "loadAverage": $LOAD_PEAK },
  "sustained": { "targetRate": $RATE, "seconds": $RATE_SECONDS, "requests": $R_SENT, "created": $R_OK,
                 "errors": $R_ERR, "achievedPerSecond": $R_ACHIEVED, "p50Ms": $R_P50, "p90Ms": $R_P90,
                 "p99Ms": $R_P99, "maxMs": $R_MAX, "loadAverage": $LOAD_RATE,
                 "targets": { "perSecond": 50, "p99Ms": 300 } },
  "durability": { "acknowledged": $ACKNOWLEDGED, "storedSinceStart": $STORED, "acknowledgedFound": $FOUND, "lost": $LOST },
  "pageWeightGzipBytes": { $WEIGHTS, "targetBytes": 30720 },
  "loadAverageAfter": $(load1)
}
JSON

printf '\n%-44s %-28s %-14s %s\n' "measure" "figure" "target" "load (1 min)"
printf '%-44s %-28s %-14s %s\n' "ceiling: pgbench durable inserts" "$CEILING tx/s" "-" "$LOAD_CEILING"
printf '%-44s %-28s %-14s %s\n' "peak intake ($CLIENTS clients)" "$PEAK /s (p99 $P_P99 ms)" "-" "$LOAD_PEAK"
printf '%-44s %-28s %-14s %s\n' "sustained intake at $RATE/s (achieved)" "$R_ACHIEVED /s, $R_ERR errors" ">= 50/s: $(verdict "$SUSTAINED_OK")" "$LOAD_RATE"
printf '%-44s %-28s %-14s %s\n' "  latency p50 / p90 / p99" "$R_P50 / $R_P90 / $R_P99 ms" "p99 < 300: $(verdict "$P99_OK")" "$LOAD_RATE"
printf '%-44s %-28s %-14s %s\n' "nothing lost (acknowledged/stored/found)" "$ACKNOWLEDGED / $STORED / $FOUND" "$(verdict "$LOST_OK")" "-"
printf '%-44s %-28s %-14s %s\n' "intake page + CSS, gzip -9 (largest)" "$MAX_WEIGHT B {$WEIGHTS}" "<= 30 KB: $(verdict "$WEIGHT_OK")" "-"
echo "written to $OUT"
