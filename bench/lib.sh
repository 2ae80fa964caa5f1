# Shared by the benchmark scripts (source it; do not run it): build, start and stop the app, reach its embedded
# PostgreSQL, drive wrk, sample resident memory, describe the machine. Loopback only; everything is bounded in time.
#
#   source "$(dirname "$0")/lib.sh"
#   bench_init NAME            # cd to the repository, JAVA, WORK (temporary folder), the exit trap
#   bench_require TOOL...      # fail early when a tool is missing
#   bench_build_jar            # JAR: build it when missing or older than the sources
#   bench_start_app DEMO ARG.. # PORT BASE APP_PID PG_PORT DB DB_SERVER STARTUP_WALL_S STARTUP_APP_S STARTUP_JVM_S
#   bench_wrk NAME CONNS SECONDS URL [REQUEST_LUA]   # one wrk run; prints its figures as one JSON object
# The app (and its PostgreSQL) is always stopped on exit, and WORK deleted unless KEEP_WORK=1.
set -euo pipefail

BENCH_LIB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
APP_PID=""
SAMPLER_PID=""
WORK=""

bench_init() { # NAME
    cd "$BENCH_LIB_DIR/.."
    WORK=$(mktemp -d "/tmp/custodes-bench-$1.XXXXXX")
    trap bench_cleanup EXIT
    trap 'exit 130' INT TERM
}

bench_require() { # TOOL...
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || { echo "$tool is needed (Debian packages: wrk, postgresql-client, jq, curl)" >&2; exit 1; }
    done
}

bench_cleanup() {
    local status=$?
    if [[ $status -ne 0 && -f "$WORK/app.log" ]]; then
        echo "Failed (status $status); the end of the app's log:" >&2
        tail -40 "$WORK/app.log" >&2
    fi
    bench_rss_stop
    bench_stop_app
    if [[ -n "$WORK" && "${KEEP_WORK:-0}" != 1 ]]; then rm -rf "$WORK"; fi
}

bench_build_jar() {
    JAR=$(ls target/custodes-*.jar 2>/dev/null | grep -v original | head -1 || true)
    if [[ -z "$JAR" ]] || [[ -n "$(find src pom.xml -newer "$JAR" -type f -print -quit)" ]]; then
        echo "Building the jar..."
        mvn -B -q -o -DskipTests package
        JAR=$(ls target/custodes-*.jar | grep -v original | head -1)
    fi
}

bench_free_port() {
    local port
    while true; do
        port=$(( 20000 + RANDOM % 20000 ))
        ss -ltn "sport = :$port" | grep -q LISTEN || { echo "$port"; return; }
    done
}

# Starts the jar on a free port with a fresh embedded PostgreSQL in $WORK/pgdata (or DATA_DIR, to restart on an existing
# one) and waits until the readiness probe answers. STARTUP_WALL_S is the wall time from launch to readiness (polled
# every 0.1 s); STARTUP_APP_S and STARTUP_JVM_S are what Spring logs ("Started ... in X seconds (process running for Y)").
bench_start_app() { # true|false (demo data) [app argument...]
    local demo=$1; shift
    PORT=$(bench_free_port)
    BASE="http://127.0.0.1:$PORT"
    APP_DATA="${DATA_DIR:-$WORK/pgdata}"
    echo "Starting Custodes on port $PORT (demo data: $demo; data in $APP_DATA)..."
    local launched
    launched=$(date +%s.%N)
    CUSTODES_DATA_DIR="$APP_DATA" CUSTODES_DEMO="$demo" PORT="$PORT" \
        "$JAVA" ${APP_JAVA_OPTS:-} -jar "$JAR" --spring.lifecycle.timeout-per-shutdown-phase=5s \
        --logging.level.root=WARN --logging.level.org.custodes.platform=INFO \
        --logging.level.org.custodes.CustodesApplication=INFO "$@" ${APP_ARGS:-} >>"$WORK/app.log" 2>&1 &
    APP_PID=$!
    local deadline=$(( $(date +%s) + ${START_TIMEOUT:-240} ))
    until curl -fs -o /dev/null "$BASE/actuator/health/readiness" 2>/dev/null; do
        kill -0 "$APP_PID" 2>/dev/null || { echo "The app stopped" >&2; APP_PID=""; exit 1; }
        (( $(date +%s) < deadline )) || { echo "The app did not become ready" >&2; exit 1; }
        sleep 0.1
    done
    STARTUP_WALL_S=$(awk -v a="$launched" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
    local started
    started=$(grep -o 'Started CustodesApplication in [0-9.]* seconds (process running for [0-9.]*' "$WORK/app.log" | tail -1)
    STARTUP_APP_S=$(echo "$started" | awk '{ print $4 }')
    STARTUP_JVM_S=$(echo "$started" | awk '{ print $NF }')
    PG_PORT=$(grep -o 'Embedded PostgreSQL [0-9]* is running on port [0-9]*' "$WORK/app.log" | grep -o '[0-9]*$' | tail -1)
    [[ -n "$PG_PORT" ]] || { echo "No embedded PostgreSQL port in the app log" >&2; exit 1; }
    DB_SERVER="postgresql://postgres:postgres@127.0.0.1:$PG_PORT"
    DB="$DB_SERVER/custodes"
    echo "  ready in ${STARTUP_WALL_S}s (Spring: ${STARTUP_APP_S:-?}s; JVM ${STARTUP_JVM_S:-?}s); PostgreSQL on port $PG_PORT"
}

bench_wait_log() { # PATTERN [SECONDS]: waits until the app's log has a line with PATTERN
    local deadline=$(( $(date +%s) + ${2:-180} ))
    until grep -q "$1" "$WORK/app.log"; do
        kill -0 "$APP_PID" 2>/dev/null || { echo "The app stopped" >&2; exit 1; }
        (( $(date +%s) < deadline )) || { echo "No '$1' in the app's log" >&2; exit 1; }
        sleep 0.5
    done
}

# The embedded PostgreSQL's postmaster, from its pid file (its children are the backends).
bench_postmaster_pid() {
    [[ -n "${APP_DATA:-}" && -f "$APP_DATA/postmaster.pid" ]] && head -1 "$APP_DATA/postmaster.pid" || true
}

bench_stop_app() {
    local postmaster
    postmaster=$(bench_postmaster_pid)
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        for _ in $(seq 1 120); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.25; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
    # The app stops its PostgreSQL itself; after a forced stop, a fast shutdown of the orphaned postmaster.
    if [[ -n "$postmaster" ]] && kill -0 "$postmaster" 2>/dev/null; then
        for _ in $(seq 1 20); do kill -0 "$postmaster" 2>/dev/null || break; sleep 0.25; done
        kill -INT "$postmaster" 2>/dev/null || true
    fi
}

# psql to the app's database; NOTICEs (such as "already exists, skipping") are kept out of the output.
sql() { PGOPTIONS="-c client_min_messages=warning" psql -qAt -v ON_ERROR_STOP=1 "$DB" "$@"; }
load1() { cut -d' ' -f1 /proc/loadavg; }

# wrk for SECONDS with CONNS connections over 2 threads (THREADS) against URL; REQUEST_LUA (optional) makes the requests.
# Our done hook (bench/wrk-report.lua) is appended to it, so each run prints one JSON line: requests, requests/s, bytes,
# errors (connect/read/write/timeout, and status = answers other than 2xx/3xx), latency mean/p50/p90/p99/max in ms.
bench_wrk() { # NAME CONNS SECONDS URL [REQUEST_LUA]
    local script="$WORK/wrk-$1.lua"
    { [[ -n "${5:-}" ]] && cat "$5"; cat "$BENCH_LIB_DIR/wrk-report.lua"; } >"$script"
    local threads=${THREADS:-2}
    (( threads > $2 )) && threads=$2
    wrk -t"$threads" -c"$2" -d"$3s" --timeout 10s -s "$script" "$4" >"$WORK/wrk-$1.out" 2>&1 || true
    grep -o 'WRK-JSON .*' "$WORK/wrk-$1.out" | tail -1 | cut -d' ' -f2- | grep . \
        || { echo "wrk printed no figures:" >&2; cat "$WORK/wrk-$1.out" >&2; exit 1; }
}

# Resident memory. The app: VmRSS of its java process. PostgreSQL: the sum of the proportional set size (Pss) of the
# postmaster and its backends, so that shared buffers are counted once rather than once per backend. In kB.
bench_app_rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$APP_PID/status" 2>/dev/null || echo 0; }
bench_pg_pss_kb() {
    local postmaster pids
    postmaster=$(bench_postmaster_pid)
    [[ -n "$postmaster" ]] || { echo 0; return; }
    pids="$postmaster $(ps -o pid= --ppid "$postmaster" 2>/dev/null | tr '\n' ' ')"
    local pid total=0 pss
    for pid in $pids; do
        pss=$(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null || true)
        total=$(( total + ${pss:-0} ))
    done
    echo "$total"
}

# Samples both every half second in the background into $WORK/rss.log ("app_kb pg_kb" per line) until bench_rss_stop.
bench_rss_start() {
    : >"$WORK/rss.log"
    ( while true; do echo "$(bench_app_rss_kb) $(bench_pg_pss_kb)" >>"$WORK/rss.log"; sleep 0.5; done ) &
    SAMPLER_PID=$!
}
bench_rss_stop() {
    if [[ -n "$SAMPLER_PID" ]]; then kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true; fi
    SAMPLER_PID=""
}
bench_rss_peak_mb() { # column (1 = app, 2 = PostgreSQL) -> the peak in MB
    awk -v c="$1" '$c > m { m = $c } END { printf "%.0f", m / 1024 }' "$WORK/rss.log"
}

# Percentile P (0-100, nearest rank) of the numbers on stdin (seconds), in milliseconds.
bench_percentile_ms() {
    sort -n | awk -v p="$1" '{ v[NR] = $1 } END { if (NR == 0) { print 0; exit } i = int(NR * p / 100 + 0.999); if (i < 1) i = 1; printf "%.1f", v[i] * 1000 }'
}

bench_csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }

# Signs EMAIL in through the form into the cookie jar JAR_FILE (password: the demo password unless PASSWORD is set).
bench_sign_in() { # EMAIL JAR_FILE
    local token location
    token=$(curl -fs -c "$2" -b "$2" "$BASE/sign-in" | bench_csrf)
    location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$2" -b "$2" --data-urlencode "email=$1" \
        --data-urlencode "password=${PASSWORD:-Demo-Custodes-2026}" --data-urlencode "_csrf=$token" "$BASE/sign-in")
    [[ "$location" != *sign-in* ]] || { echo "Sign-in failed for $1 ($location)" >&2; exit 1; }
}

# The machine and the build, as one JSON object.
bench_machine_json() {
    local pg=""
    [[ -n "${DB:-}" ]] && pg=$(sql -c "show server_version" 2>/dev/null || true)
    jq -n --arg cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')" --argjson cores "$(nproc)" \
        --argjson memoryMb "$(awk '/^MemTotal:/ { printf "%d", $2 / 1024 }' /proc/meminfo)" \
        --arg java "$("$JAVA" -version 2>&1 | head -1)" --arg postgres "$pg" --arg wrk "$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)" \
        --arg kernel "$(uname -r)" --arg commit "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" \
        --argjson dirty "$([[ -n "$(git status --porcelain -- src pom.xml 2>/dev/null)" ]] && echo true || echo false)" \
        '{cpu: $cpu, cores: $cores, memoryMb: $memoryMb, java: $java, postgres: $postgres, wrk: $wrk, kernel: $kernel,
          gitCommit: $commit, uncommittedSourceChanges: $dirty}'
}

# The durable-write ceiling: pgbench single-row inserts, one per transaction, with synchronous_commit=on, against the
# app's PostgreSQL, in a scratch database (dropped afterwards). Prints JSON: clients, seconds, tps, latency average ms.
bench_pgbench_inserts() { # CLIENTS SECONDS
    PGOPTIONS="-c client_min_messages=warning" psql -q -v ON_ERROR_STOP=1 "$DB_SERVER/postgres" \
        -c "drop database if exists bench_scratch" -c "create database bench_scratch"
    psql -q -v ON_ERROR_STOP=1 "$DB_SERVER/bench_scratch" -c "create table bench_ceiling (id bigserial primary key, v bigint not null)"
    printf '%s\n' '\set n random(1, 1000000000)' 'insert into bench_ceiling(v) values (:n);' >"$WORK/ceiling.sql"
    local threads=2
    (( threads > $1 )) && threads=$1
    PGOPTIONS="-c synchronous_commit=on" pgbench -n -c "$1" -j "$threads" -T "$2" -f "$WORK/ceiling.sql" \
        "$DB_SERVER/bench_scratch" >"$WORK/pgbench.out" 2>&1 || { cat "$WORK/pgbench.out" >&2; exit 1; }
    psql -q "$DB_SERVER/postgres" -c "drop database bench_scratch"
    jq -n --argjson clients "$1" --argjson seconds "$2" \
        --argjson tps "$(grep -E '^tps' "$WORK/pgbench.out" | grep -oE '[0-9]+\.[0-9]+' | head -1)" \
        --argjson latency "$(grep -E '^latency average' "$WORK/pgbench.out" | grep -oE '[0-9]+\.[0-9]+' | head -1)" \
        '{tool: "pgbench -n, one-row insert per transaction, synchronous_commit=on", clients: $clients, seconds: $seconds,
          transactionsPerSecond: $tps, latencyAverageMs: $latency}'
}

# The weight of one page on the wire as a browser with an empty cache fetches it (Accept-Encoding: gzip): the HTML
# plus its stylesheets, the images and fonts they and the HTML name ("jsOff"), plus its scripts ("jsOn"); data: URIs
# are inside the HTML already. Bytes are as the server sent them, so they show whether it compresses; "gzip9" is
# the same files each compressed with gzip -9, for comparison. Prints one JSON object.
bench_page_weight() { # PATH (with its query string)
    local dir="$WORK/weight" url="$BASE$1"
    mkdir -p "$dir"
    local status
    status=$(curl -s -o "$dir/page.raw" -D "$dir/page.headers" -w '%{http_code}' -H 'Accept-Encoding: gzip' "$url")
    _bench_decode "$dir/page.raw" "$dir/page.headers" >"$dir/page.html"
    local html_wire html_gzip9 encoding
    html_wire=$(stat -c %s "$dir/page.raw")
    html_gzip9=$(gzip -9 -c "$dir/page.html" | wc -c)
    encoding=$(_bench_encoding "$dir/page.headers")
    local styles scripts images
    styles=$(grep -oiE '<link[^>]+rel="(stylesheet|icon|preload)"[^>]*>' "$dir/page.html" | grep -oE 'href="[^"]+"' | cut -d'"' -f2 || true)
    images=$(grep -oiE '<img[^>]+src="[^"]+"' "$dir/page.html" | grep -oE 'src="[^"]+"' | cut -d'"' -f2 || true)
    scripts=$(grep -oiE '<script[^>]+src="[^"]+"' "$dir/page.html" | grep -oE 'src="[^"]+"' | cut -d'"' -f2 || true)
    local off_wire=$html_wire off_gzip9=$html_gzip9 on_wire=0 on_gzip9=0 assets="[]" asset kind
    local fonts=""
    for kind in style image script; do
        local list
        case $kind in style) list=$styles ;; image) list=$images ;; script) list=$scripts ;; esac
        for asset in $list; do
            [[ "$asset" == data:* ]] && continue
            asset=${asset//&amp;/&}
            local a_url="$asset"
            [[ "$a_url" == http* ]] || a_url="$BASE$asset"
            curl -s -o "$dir/asset.raw" -D "$dir/asset.headers" -H 'Accept-Encoding: gzip' "$a_url"
            _bench_decode "$dir/asset.raw" "$dir/asset.headers" >"$dir/asset.body"
            local wire gz9 enc
            wire=$(stat -c %s "$dir/asset.raw"); gz9=$(gzip -9 -c "$dir/asset.body" | wc -c)
            enc=$(_bench_encoding "$dir/asset.headers")
            if [[ $kind == style ]]; then
                fonts="$fonts $(grep -oE 'url\([^)]+\)' "$dir/asset.body" | sed -E 's/url\(["'"'"']?([^"'"'"')]+)["'"'"']?\)/\1/' | grep -v '^data:' || true)"
            fi
            if [[ $kind == script ]]; then on_wire=$(( on_wire + wire )); on_gzip9=$(( on_gzip9 + gz9 ));
            else off_wire=$(( off_wire + wire )); off_gzip9=$(( off_gzip9 + gz9 )); fi
            assets=$(jq -c --arg p "$asset" --arg k "$kind" --argjson w "$wire" --argjson g "$gz9" --arg e "$enc" \
                '. + [{path: $p, kind: $k, wireBytes: $w, gzip9Bytes: $g, contentEncoding: $e}]' <<<"$assets")
        done
    done
    for asset in $fonts; do # fonts and images named by the stylesheets (absolute paths only; the app uses none)
        [[ "$asset" == /* ]] || continue
        curl -s -o "$dir/asset.raw" -D "$dir/asset.headers" -H 'Accept-Encoding: gzip' "$BASE$asset"
        local wire; wire=$(stat -c %s "$dir/asset.raw")
        off_wire=$(( off_wire + wire ))
        _bench_decode "$dir/asset.raw" "$dir/asset.headers" >"$dir/asset.body"
        off_gzip9=$(( off_gzip9 + $(gzip -9 -c "$dir/asset.body" | wc -c) ))
        assets=$(jq -c --arg p "$asset" --argjson w "$wire" --arg e "$(_bench_encoding "$dir/asset.headers")" \
            '. + [{path: $p, kind: "css-url", wireBytes: $w, contentEncoding: $e}]' <<<"$assets")
    done
    jq -n --arg path "$1" --argjson status "$status" --argjson htmlWire "$html_wire" --argjson htmlBytes "$(stat -c %s "$dir/page.html")" \
        --arg enc "$encoding" --argjson offWire "$off_wire" --argjson offGzip9 "$off_gzip9" \
        --argjson onWire "$(( off_wire + on_wire ))" --argjson onGzip9 "$(( off_gzip9 + on_gzip9 ))" --argjson assets "$assets" \
        '{path: $path, status: $status, htmlBytes: $htmlBytes, htmlWireBytes: $htmlWire, htmlContentEncoding: $enc,
          jsOffWireBytes: $offWire, jsOnWireBytes: $onWire, jsOffGzip9Bytes: $offGzip9, jsOnGzip9Bytes: $onGzip9, assets: $assets}'
}
_bench_encoding() { grep -i '^content-encoding:' "$1" | tail -1 | cut -d: -f2 | tr -d ' \r' || true; }
_bench_decode() { # RAW HEADERS: the body, decompressed when the server compressed it
    if [[ "$(_bench_encoding "$2")" == gzip ]]; then gzip -dc "$1"; else cat "$1"; fi
}

# Downloads REPORT's questionnaire (as the user of COOKIE_JAR) and fills every answer cell twice, in two variants that
# differ in every answer: $WORK/A.xlsx and $WORK/B.xlsx (bench/FillQuestionnaire.java, with the app's own Apache POI).
# Prints how many answers the A variant fills.
bench_fill_questionnaires() { # REPORT_ID COOKIE_JAR CAMPAIGN_ID
    curl -fs -b "$2" -o "$WORK/questionnaire.xlsx" "$BASE/reporting/reports/$1/questionnaire.xlsx"
    mkdir -p "$WORK/poi"
    (cd "$WORK/poi" && unzip -qo "$OLDPWD/$JAR" 'BOOT-INF/lib/poi*' 'BOOT-INF/lib/commons-*' 'BOOT-INF/lib/xmlbeans*' \
        'BOOT-INF/lib/log4j-api*' 'BOOT-INF/lib/SparseBitSet*' 'BOOT-INF/lib/curvesapi*')
    local tables
    tables=$(sql -c "select string_agg(i.code, ' ') from framework.indicator i join reporting.campaign c
        on c.library_id = i.library_id where c.id = '$3' and i.answer_type = 'TABLE'")
    "$JAVA" -cp "$WORK/poi/BOOT-INF/lib/*" bench/FillQuestionnaire.java "$WORK/questionnaire.xlsx" "$WORK/B.xlsx" B $tables >/dev/null 2>&1
    "$JAVA" -cp "$WORK/poi/BOOT-INF/lib/*" bench/FillQuestionnaire.java "$WORK/questionnaire.xlsx" "$WORK/A.xlsx" A $tables 2>/dev/null
}

# Uploads $WORK/VARIANT.xlsx into REPORT through the page's form (with its CSRF token). Prints "status seconds".
bench_upload_questionnaire() { # A|B REPORT_ID COOKIE_JAR
    local token
    token=$(curl -fs -b "$3" "$BASE/reporting/reports/$2" | bench_csrf)
    curl -s -o /dev/null -b "$3" -w '%{http_code} %{time_total}\n' -F "_csrf=$token" \
        -F "file=@$WORK/$1.xlsx;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
        "$BASE/reporting/reports/$2/questionnaire"
}

# bench_personnel_import PEOPLE: (the app running with the demo data) writes a personnel CSV of PEOPLE rows, uploads
# it once to POST /api/v1/training/personnel/imports as Aegis Shield's company user (an API token made the way
# identity stores them), then \copy-es the same rows into a scratch table shaped like training.learner (its primary
# and unique keys) as the ceiling. Sets PERSONNEL_IMPORT_S, PERSONNEL_IMPORT_RPS, PERSONNEL_COPY_S,
# PERSONNEL_COPY_RPS, PERSONNEL_RATIO (import / COPY) and PERSONNEL_TARGET (met or MISSED against 0.3).
bench_personnel_import() {
    local people=$1
    echo "Writing a personnel file of $people people..."
    local run start token code enrolled stored; run=$(date +%s)
    {
        echo "name,employee number,phone,site,country,role,language"
        awk -v n="$people" -v run="$run" 'BEGIN { split("en fr es ar", lang, " ");
            for (i = 1; i <= n; i++) printf "Guard %d of run %s,B%s-%07d,+254 700 %06d,Site %03d,KE,Guard,%s\n",
                i, run, run, i, i % 1000000, i % 200, lang[i % 4 + 1] }'
    } >"$WORK/people.csv"
    echo "  $(wc -c <"$WORK/people.csv") bytes"

    token="cst_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
    sql -c "insert into identity.api_token (id, account_id, name, prefix, token_hash, created_at)
        select gen_random_uuid(), id, 'bench', left('$token', 8), encode(sha256(convert_to('$token', 'UTF8')), 'hex'), now()
        from identity.account where email = 'company@custodes.example'" >/dev/null

    echo "Importing it through the API..."
    read -r code PERSONNEL_IMPORT_S < <(curl -s -o "$WORK/import.json" -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $token" \
        -H "Idempotency-Key: bench-$run" -F "file=@$WORK/people.csv;type=text/csv" "$BASE/api/v1/training/personnel/imports")
    [[ "$code" == 201 ]] || { echo "The import answered $code: $(head -c 500 "$WORK/import.json")" >&2; return 1; }
    enrolled=$(jq .enrolled "$WORK/import.json")
    [[ "$enrolled" == "$people" ]] || { echo "Enrolled $enrolled of $people" >&2; return 1; }
    stored=$(sql -c "select count(*) from training.learner where personnel_number like 'B$run-%'")
    [[ "$stored" == "$people" ]] || { echo "Stored $stored of $people" >&2; return 1; }
    PERSONNEL_IMPORT_RPS=$(awk -v n="$people" -v s="$PERSONNEL_IMPORT_S" 'BEGIN { printf "%.0f", n / s }')
    echo "  $people people in ${PERSONNEL_IMPORT_S}s: $PERSONNEL_IMPORT_RPS rows/s"

    echo "The ceiling: \\copy of the same rows into a table shaped like training.learner..."
    sql -c "create table public.bench_learner (organisation_id uuid not null default gen_random_uuid(),
        learner_id uuid not null default gen_random_uuid(), full_name text not null, personnel_number text not null,
        phone text, site text, country text, role text, language text, primary key (organisation_id, learner_id),
        unique (organisation_id, personnel_number))"
    start=$(date +%s.%N)
    sql -c "\\copy public.bench_learner (full_name, personnel_number, phone, site, country, role, language) from '$WORK/people.csv' with (format csv, header true)"
    PERSONNEL_COPY_S=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }')
    sql -c "drop table public.bench_learner"
    PERSONNEL_COPY_RPS=$(awk -v n="$people" -v s="$PERSONNEL_COPY_S" 'BEGIN { printf "%.0f", n / s }')
    PERSONNEL_RATIO=$(awk -v a="$PERSONNEL_IMPORT_RPS" -v b="$PERSONNEL_COPY_RPS" 'BEGIN { printf "%.2f", a / b }')
    PERSONNEL_TARGET=$(awk -v r="$PERSONNEL_RATIO" 'BEGIN { print (r >= 0.3) ? "met" : "MISSED" }')
    echo "  $people rows in ${PERSONNEL_COPY_S}s: $PERSONNEL_COPY_RPS rows/s"
}

# The oversight ranking (bench/data/oversight.sql): COMPANIES companies as members with 50,000 observations, 2,500 open
# concerns and 5,000 findings (corrective actions do not exist on this branch, so none). The full recompute through
# POST /api/v1/oversight/ranking/recompute with the secretariat's API token (a warm-up, then three runs; the slowest
# counts), and the ranking's first 100 lines (GET /api/v1/oversight/ranking: the page's two queries, as JSON, since the
# page itself needs a second factor a script cannot pass) with wrk over CONNS connections, against a wrk ping run with
# the same connections in the same minute as its ceiling. Sets RANKING_RANKED, RANKING_RECOMPUTE_S,
# RANKING_P50/P95/P99 (ms), RANKING_RPS, RANKING_PING_P95 (ms).
bench_oversight_ranking() { # COMPANIES SECONDS [CONNS]
    local conns=${3:-2} code seconds
    echo "Oversight ranking: seeding observations, concerns and findings for $1 companies..."
    sql -v companies="$1" -f "$BENCH_LIB_DIR/data/oversight.sql"
    RANKING_TOKEN="cst_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
    sql -c "insert into identity.api_token (id, account_id, name, prefix, token_hash, created_at)
        select gen_random_uuid(), id, 'bench-ranking', left('$RANKING_TOKEN', 8),
            encode(sha256(convert_to('$RANKING_TOKEN', 'UTF8')), 'hex'), now()
        from identity.account where email = 'officer@custodes.example'" >/dev/null
    recompute_once() { curl -s -o "$WORK/recompute.json" -X POST -H "Authorization: Bearer $RANKING_TOKEN" \
        -w '%{http_code} %{time_total}\n' "$BASE/api/v1/oversight/ranking/recompute"; }
    read -r code _ < <(recompute_once)
    [[ "$code" == 200 ]] || { echo "The recompute answered $code: $(cat "$WORK/recompute.json")" >&2; exit 1; }
    : >"$WORK/recompute.txt"
    for _ in 1 2 3; do
        read -r code seconds < <(recompute_once)
        [[ "$code" == 200 ]] || { echo "The recompute answered $code" >&2; exit 1; }
        echo "$seconds" >>"$WORK/recompute.txt"
    done
    RANKING_RANKED=$(jq .ranked "$WORK/recompute.json")
    RANKING_RECOMPUTE_S=$(sort -n "$WORK/recompute.txt" | tail -1)
    echo "  recompute of $RANKING_RANKED companies: $(tr '\n' ' ' <"$WORK/recompute.txt")s (slowest counts)"
    TOKEN="$RANKING_TOKEN" bench_wrk ranking-warm "$conns" 3 "$BASE/api/v1/oversight/ranking" "$BENCH_LIB_DIR/bearer.lua" >/dev/null
    TOKEN="$RANKING_TOKEN" bench_wrk ranking "$conns" "$2" "$BASE/api/v1/oversight/ranking" "$BENCH_LIB_DIR/bearer.lua" \
        >"$WORK/ranking.json"
    bench_wrk ranking-ping "$conns" "$2" "$BASE/api/v1/ping" >"$WORK/ranking-ping.json"
    [[ $(jq .errors.status "$WORK/ranking.json") == 0 ]] || { echo "The ranking answered errors: $(cat "$WORK/ranking.json")" >&2; exit 1; }
    RANKING_P50=$(jq .latencyMs.p50 "$WORK/ranking.json"); RANKING_P95=$(jq .latencyMs.p95 "$WORK/ranking.json")
    RANKING_P99=$(jq .latencyMs.p99 "$WORK/ranking.json"); RANKING_RPS=$(jq .requestsPerSecond "$WORK/ranking.json")
    RANKING_PING_P95=$(jq .latencyMs.p95 "$WORK/ranking-ping.json")
    echo "  ranking (first 100 lines) over $conns connections: p50 $RANKING_P50 ms, p95 $RANKING_P95 ms, $RANKING_RPS req/s; ping p95 $RANKING_PING_P95 ms"
}
