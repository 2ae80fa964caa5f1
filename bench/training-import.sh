#!/usr/bin/env bash
# Benchmarks bulk enrolment of personnel against PostgreSQL's COPY on loopback:
#   1. builds the jar when it is missing or older than the sources, starts the app with the demo data;
#   2. writes a personnel CSV of PEOPLE rows (name, employee number, phone, site, country, role, language);
#   3. uploads it once to POST /api/v1/training/personnel/imports as Aegis Shield's company user (an API token made
#      the way identity stores them): rows per second, wall time of the request as curl sees it;
#   4. the ceiling: a psql \copy of the same rows into a scratch table shaped like training.learner (its primary and
#      unique keys), rows per second; the ratio import ÷ COPY (target >= 0.3);
#   5. prints the figures and writes them to bench/results/training-import-<timestamp>.json; the app is always stopped.
# Usage: bench/training-import.sh   (environment: PEOPLE=100000 JAVA_HOME=...)
source "$(dirname "$0")/lib.sh"
PEOPLE="${PEOPLE:-100000}"
bench_init training-import
bench_require psql curl jq
bench_build_jar
bench_start_app true

bench_personnel_import "$PEOPLE"
IMPORT_S=$PERSONNEL_IMPORT_S; IMPORT_RPS=$PERSONNEL_IMPORT_RPS; COPY_S=$PERSONNEL_COPY_S
COPY_RPS=$PERSONNEL_COPY_RPS; RATIO=$PERSONNEL_RATIO; TARGET=$PERSONNEL_TARGET

printf '\n%-28s %12s %12s %8s %s\n' "figure" "rows/s" "ceiling" "ratio" "target >= 0.3"
printf '%-28s %12s %12s %8s %s\n' "personnel import (API)" "$IMPORT_RPS" "$COPY_RPS" "$RATIO" "$TARGET"
mkdir -p bench/results
OUT="bench/results/training-import-$(date -u +%Y%m%dT%H%M%SZ).json"
jq -n --argjson machine "$(bench_machine_json)" --argjson people "$PEOPLE" --argjson importS "$IMPORT_S" \
    --argjson importRps "$IMPORT_RPS" --argjson copyS "$COPY_S" --argjson copyRps "$COPY_RPS" --argjson ratio "$RATIO" \
    --arg target "$TARGET" \
    '{machine: $machine, people: $people, import: {seconds: $importS, rowsPerSecond: $importRps},
      copyCeiling: {seconds: $copyS, rowsPerSecond: $copyRps}, ratio: $ratio, target: $target}' >"$OUT"
echo "Written to $OUT"
