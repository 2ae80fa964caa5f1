#!/usr/bin/env bash
# Benchmarks the oversight ranking on loopback: starts the app with the demo data, seeds COMPANIES companies with
# 50,000 observations, 2,500 open concerns and 5,000 findings (bench/data/oversight.sql), times the full recompute
# (target <= 5 s) and the ranking's first 100 lines with wrk (target p95 <= 100 ms, against wrk ping p95 with the same
# connections), prints the figures and writes bench/results/oversight-ranking-<timestamp>.json. The app is always stopped.
# Usage: bench/oversight-ranking.sh   (environment: COMPANIES=2000 DURATION=10 CONNS=2 JAVA_HOME=...)
source "$(dirname "$0")/lib.sh"
COMPANIES="${COMPANIES:-2000}"
DURATION="${DURATION:-10}"
bench_init oversight-ranking
bench_require psql curl jq wrk
bench_build_jar
bench_start_app true --logging.level.org.custodes.oversight=INFO
bench_wait_log "Demo oversight loaded"

bench_oversight_ranking "$COMPANIES" "$DURATION" "${CONNS:-2}"
MET_RECOMPUTE=$(awk -v a="$RANKING_RECOMPUTE_S" 'BEGIN { print (a <= 5) ? "met" : "missed" }')
MET_PAGE=$(awk -v a="$RANKING_P95" 'BEGIN { print (a <= 100) ? "met" : "missed" }')
RATIO=$(awk -v f="$RANKING_P95" -v c="$RANKING_PING_P95" 'BEGIN { printf "%.1f", (c > 0) ? f / c : 0 }')

printf '\n%-44s %10s %10s %8s %s\n' "figure" "value" "ceiling" "ratio" "target"
printf '%-44s %10s %10s %8s %s\n' "full recompute, $RANKING_RANKED companies (s)" "$RANKING_RECOMPUTE_S" "-" "-" "<= 5 s: $MET_RECOMPUTE"
printf '%-44s %10s %10s %8s %s\n' "ranking first 100 lines p95 (ms)" "$RANKING_P95" "$RANKING_PING_P95" "$RATIO" "<= 100 ms: $MET_PAGE"
mkdir -p bench/results
OUT="bench/results/oversight-ranking-$(date -u +%Y%m%dT%H%M%SZ).json"
jq -n --argjson machine "$(bench_machine_json)" --argjson ranked "$RANKING_RANKED" \
    --argjson recompute "$RANKING_RECOMPUTE_S" --argjson wrk "$(cat "$WORK/ranking.json")" \
    --argjson ping "$(cat "$WORK/ranking-ping.json")" \
    '{machine: $machine, ranked: $ranked, recomputeSeconds: $recompute, ranking: $wrk, pingCeiling: $ping}' >"$OUT"
echo "Written to $OUT"
