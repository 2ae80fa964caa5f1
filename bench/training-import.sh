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

echo "Writing a personnel file of $PEOPLE people..."
RUN=$(date +%s)
{
    echo "name,employee number,phone,site,country,role,language"
    awk -v n="$PEOPLE" -v run="$RUN" 'BEGIN { split("en fr es ar", lang, " ");
        for (i = 1; i <= n; i++) printf "Guard %d of run %s,B%s-%07d,+254 700 %06d,Site %03d,KE,Guard,%s\n",
            i, run, run, i, i % 1000000, i % 200, lang[i % 4 + 1] }'
} >"$WORK/people.csv"
echo "  $(wc -c <"$WORK/people.csv") bytes"

TOKEN="cst_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
sql -c "insert into identity.api_token (id, account_id, name, prefix, token_hash, created_at)
    select gen_random_uuid(), id, 'bench', left('$TOKEN', 8), encode(sha256(convert_to('$TOKEN', 'UTF8')), 'hex'), now()
    from identity.account where email = 'company@custodes.example'" >/dev/null

echo "Importing it through the API..."
read -r CODE IMPORT_S < <(curl -s -o "$WORK/import.json" -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" \
    -H "Idempotency-Key: bench-$RUN" -F "file=@$WORK/people.csv;type=text/csv" "$BASE/api/v1/training/personnel/imports")
[[ "$CODE" == 201 ]] || { echo "The import answered $CODE: $(head -c 500 "$WORK/import.json")" >&2; exit 1; }
ENROLLED=$(jq .enrolled "$WORK/import.json")
[[ "$ENROLLED" == "$PEOPLE" ]] || { echo "Enrolled $ENROLLED of $PEOPLE" >&2; exit 1; }
STORED=$(sql -c "select count(*) from training.learner where personnel_number like 'B$RUN-%'")
[[ "$STORED" == "$PEOPLE" ]] || { echo "Stored $STORED of $PEOPLE" >&2; exit 1; }
IMPORT_RPS=$(awk -v n="$PEOPLE" -v s="$IMPORT_S" 'BEGIN { printf "%.0f", n / s }')
echo "  $PEOPLE people in ${IMPORT_S}s: $IMPORT_RPS rows/s"

echo "The ceiling: \\copy of the same rows into a table shaped like training.learner..."
sql -c "create table public.bench_learner (organisation_id uuid not null default gen_random_uuid(),
    learner_id uuid not null default gen_random_uuid(), full_name text not null, personnel_number text not null,
    phone text, site text, country text, role text, language text, primary key (organisation_id, learner_id),
    unique (organisation_id, personnel_number))"
COPY_START=$(date +%s.%N)
sql -c "\\copy public.bench_learner (full_name, personnel_number, phone, site, country, role, language) from '$WORK/people.csv' with (format csv, header true)"
COPY_S=$(awk -v a="$COPY_START" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }')
sql -c "drop table public.bench_learner"
COPY_RPS=$(awk -v n="$PEOPLE" -v s="$COPY_S" 'BEGIN { printf "%.0f", n / s }')
RATIO=$(awk -v a="$IMPORT_RPS" -v b="$COPY_RPS" 'BEGIN { printf "%.2f", a / b }')
TARGET=$(awk -v r="$RATIO" 'BEGIN { print (r >= 0.3) ? "met" : "MISSED" }')
echo "  $PEOPLE rows in ${COPY_S}s: $COPY_RPS rows/s"

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
