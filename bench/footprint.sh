#!/usr/bin/env bash
# Start-up time and memory, faster than bench/run.sh (about 2 minutes): a first start on a fresh embedded PostgreSQL
# with the demo data, resident memory idle, the peak under wrk load on public pages and the JSON API, then a restart
# on the populated data folder (no demo loaders) timed to readiness, and its idle memory. Prints one JSON object.
# Usage: bench/footprint.sh   (environment: APP_JAVA_OPTS, e.g. "@ops/jvm.options"; RUN_JAR, a jar to run instead
#        of the built one, e.g. an extracted one with an AOT cache; LOAD_SECONDS=20, CONNS=32)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bench_init footprint
bench_require wrk curl jq psql
bench_build_jar
JAR="${RUN_JAR:-$JAR}"
LOAD_SECONDS="${LOAD_SECONDS:-20}"
CONNS="${CONNS:-32}"

bench_start_app true --custodes.directory.rate-limit.per-minute=1000000000 \
    --custodes.complaint.submissions-per-client-per-hour=100000000 --logging.level.org.custodes.reporting=INFO
FIRST=$STARTUP_WALL_S
bench_wait_log "Demo self-assessment campaigns loaded"
sleep 3
IDLE=$(( $(bench_app_rss_kb) / 1024 ))
bench_rss_start
bench_wrk ping "$CONNS" "$LOAD_SECONDS" "$BASE/api/v1/ping" >"$WORK/ping.json"
bench_wrk directory "$CONNS" "$LOAD_SECONDS" "$BASE/directory" >"$WORK/directory.json"
bench_wrk statistics "$CONNS" "$LOAD_SECONDS" "$BASE/complaints/statistics" >"$WORK/statistics.json"
bench_rss_stop
PEAK=$(bench_rss_peak_mb 1)
AFTER_LOAD=$(( $(bench_app_rss_kb) / 1024 ))
bench_stop_app
DATA_DIR="$APP_DATA" bench_start_app false
RESTART=$STARTUP_WALL_S; RESTART_SPRING=$STARTUP_APP_S
sleep 3
RESTART_IDLE=$(( $(bench_app_rss_kb) / 1024 ))
jq -n --arg opts "${APP_JAVA_OPTS:-}" --arg jar "$JAR" --argjson first "$FIRST" --argjson restart "$RESTART" \
    --argjson restartSpring "${RESTART_SPRING:-null}" --argjson idle "$IDLE" --argjson peak "$PEAK" \
    --argjson afterLoad "$AFTER_LOAD" --argjson restartIdle "$RESTART_IDLE" \
    --slurpfile ping "$WORK/ping.json" --slurpfile directory "$WORK/directory.json" \
    --slurpfile statistics "$WORK/statistics.json" --argjson load1 "$(load1)" \
    '{javaOptions: $opts, jar: $jar, firstStartToReadySeconds: $first, restartToReadySeconds: $restart,
      restartSpringSeconds: $restartSpring, rssIdleMb: $idle, rssPeakUnderLoadMb: $peak, rssAfterLoadMb: $afterLoad,
      rssIdleAfterRestartMb: $restartIdle, loadAverageAtEnd: $load1,
      requestsPerSecond: {ping: $ping[0].requestsPerSecond, directory: $directory[0].requestsPerSecond,
        statistics: $statistics[0].requestsPerSecond},
      p99Ms: {ping: $ping[0].latencyMs.p99, directory: $directory[0].latencyMs.p99, statistics: $statistics[0].latencyMs.p99}}'
