#!/usr/bin/env bash
# Restore drill: a base backup plus archived WAL, restored to a point in time on a new server, and checked.
#   1. starts its own PostgreSQL 15 (bench/standalone-pg.sh) with WAL archiving (archive_command copies each finished
#      segment to $WORK/wal-archive) and the app on it (prod profile, a master key, no demo data);
#   2. load before: WORKERS clients submit complaints with Idempotency-Keys (bench/CrashLoad.java), and FILES
#      complaints carry an image, which is downloaded again through the complainant's follow-up (decrypted);
#      pg_basebackup runs in the middle of this load;
#   3. the load stops, the app stops, the rows of every table are counted, and the target time T is taken;
#   4. load after: the app starts again and more complaints are written (these must NOT be in the restore);
#      pg_switch_wal() so the archive holds everything;
#   5. restore: the base backup into a new data folder on another port, restore_command from the archive,
#      recovery_target_time = T, promote; the app starts on the restored server with the same master key;
#   6. checks: every complaint acknowledged before T is there and none written after it; every acknowledged key
#      submitted again gets the same reference and receipt (the encrypted idempotency records decrypt); the files
#      download (decrypt) identical to the originals; the counts of every table equal those taken at T; the audit
#      chain verifies (java -jar ... --verify-audit-chain on the restored server).
# Prints a table and exits non-zero when a check fails.
# Usage: bench/restore-drill.sh   (environment: WORKERS=4 BEFORE=8 AFTER=4 FILES=3 JAVA_HOME=... PG_BIN=...)
set -euo pipefail

cd "$(dirname "$0")/.."
source bench/lib.sh
WORKERS="${WORKERS:-4}"
BEFORE="${BEFORE:-8}"
AFTER="${AFTER:-4}"
FILES="${FILES:-3}"
for tool in psql curl ss jq sha256sum; do
    command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done
BEGAN=$(date +%s)
bench_build_jar

WORK=$(mktemp -d /tmp/custodes-restore.XXXXXX)
source bench/standalone-pg.sh
ARCHIVE="$WORK/wal-archive"
BACKUP="$WORK/base-backup"
RESTORED="$WORK/pg-restored"
APP_PID=""
CLIENT_PID=""
RESTORED_PORT=""

stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}
cleanup() {
    local status=$?
    if [[ $status -ne 0 ]]; then
        echo "Failed (status $status); the end of the logs:" >&2
        tail -25 "$WORK"/app-*.log "$WORK/pg.log" "$WORK/pg-restored.log" 2>/dev/null >&2 || true
    fi
    if [[ -n "$CLIENT_PID" ]] && kill -0 "$CLIENT_PID" 2>/dev/null; then kill "$CLIENT_PID" 2>/dev/null || true; fi
    stop_app
    standalone_pg_stop
    if [[ -f "$RESTORED/postmaster.pid" ]]; then as_pg "$PG_BIN/pg_ctl" -D "$RESTORED" -m immediate stop >/dev/null 2>&1 || true; fi
    if [[ "${KEEP_WORK:-0}" != 1 ]]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- PostgreSQL with WAL archiving ---------------------------------------------------------------------------------
standalone_pg_create "restore-$RANDOM$RANDOM"
mkdir -p "$ARCHIVE"
[[ $(id -u) == 0 ]] && chown postgres "$ARCHIVE"
cat >>"$PGDATA/postgresql.conf" <<CONF
wal_level = replica
archive_mode = on
archive_command = 'test ! -f $ARCHIVE/%f && cp %p $ARCHIVE/%f'
archive_timeout = 60
CONF
as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$WORK/pg.log" -w -t 120 restart >>"$WORK/pg_ctl.log" 2>&1
echo "PostgreSQL $(sql -d postgres -c 'show server_version') on port $PG_PORT, archive_command: $(sql -d postgres -c 'show archive_command')"

# ---- the app ------------------------------------------------------------------------------------------------------
PORT=$(bench_free_port)
BASE="http://127.0.0.1:$PORT"
MASTER_KEY=$(head -c 32 /dev/urandom | base64)
APP_STARTS=0
start_app() { # DB_PORT
    APP_STARTS=$((APP_STARTS + 1))
    SPRING_PROFILES_ACTIVE=prod CUSTODES_MASTER_KEY="$MASTER_KEY" CUSTODES_DEMO=false PORT="$PORT" \
    CUSTODES_DB_URL="jdbc:postgresql://127.0.0.1:$1/custodes" CUSTODES_DB_USER=custodes CUSTODES_DB_PASSWORD="$PG_PASSWORD" \
    CUSTODES_SESSION_SECURE_COOKIE=false \
        "$JAVA" -jar "$JAR" --custodes.complaint.submissions-per-client-per-hour=100000000 \
        --spring.lifecycle.timeout-per-shutdown-phase=5s --logging.level.root=WARN "${@:2}" \
        >"$WORK/app-$APP_STARTS.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 480); do
        curl -fs -o /dev/null "$BASE/actuator/health/readiness" 2>/dev/null && return 0
        kill -0 "$APP_PID" 2>/dev/null || { echo "The app stopped" >&2; exit 1; }
        sleep 0.5
    done
    echo "The app did not become ready" >&2
    exit 1
}
load() { # NAME SECONDS: CrashLoad for SECONDS (then waits for the keys in flight)
    local dir="$WORK/$1"
    mkdir -p "$dir"
    "$JAVA" bench/CrashLoad.java submit "$dir" "$WORKERS" 600 "$BASE" >"$dir/client.out" 2>"$dir/client.err" &
    CLIENT_PID=$!
    sleep "$2"
    touch "$dir/stop"
    wait "$CLIENT_PID" || { echo "The load client failed:" >&2; cat "$dir/client.err" >&2; exit 1; }
    CLIENT_PID=""
}

# A complaint with an image; its follow-up downloads the image (decrypted) into DIR/file-N. Appends "reference receipt"
# to DIR/files.tsv.
PNG='iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='
submit_with_file() { # DIR N
    local answer
    answer=$(jq -n --arg png "$PNG" --arg n "$2" '{role: "WITNESS", contact: "ANONYMOUS", category: "OTHER",
        country: "KE", language: "en", whatHappened: ("Restore drill complaint " + $n + " with a photograph of the gate."),
        attachments: [{name: ("gate-" + $n + ".png"), contentBase64: $png}]}' \
        | curl -fs -H 'Content-Type: application/json' -H "Idempotency-Key: restore-drill-file-$2-$RANDOM$RANDOM" \
            --data-binary @- "$BASE/api/v1/complaints")
    printf '%s\t%s\n' "$(jq -r .reference <<<"$answer")" "$(jq -r .receipt <<<"$answer")" >>"$1/files.tsv"
}
download_files() { # DIR SUFFIX: for each line of DIR/files.tsv, follow-up sign-in and download its file
    local n=0 reference receipt jar token link
    while IFS=$'\t' read -r reference receipt; do
        n=$((n + 1)); jar="$1/jar-$n-$2"
        token=$(curl -fs -c "$jar" -b "$jar" "$BASE/complaints/follow-up" | bench_csrf)
        curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "receipt=$receipt" --data-urlencode "_csrf=$token" \
            "$BASE/complaints/follow-up"
        link=$(curl -fs -b "$jar" "$BASE/complaints/follow-up" | grep -o '/complaints/follow-up/files/[0-9a-f-]*' | head -1 || true)
        if [[ -n "$link" ]]; then curl -fs -b "$jar" -o "$1/file-$n-$2" "$BASE$link" || true; fi
    done <"$1/files.tsv"
}
table_counts() { # PORT: "schema.table count" for every table of the app's schemas, sorted
    psql -qAt -F ' ' -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$1" -U postgres -d custodes -c "
        select table_schema || '.' || table_name,
               (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I', table_schema, table_name),
                   false, true, '')))[1]::text
        from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema', 'public')
        order by 1"
}

echo "Starting Custodes on port $PORT..."
start_app "$PG_PORT"

# ---- load before the target, with a base backup in the middle ------------------------------------------------------
echo "Load before the target: $WORKERS clients for ${BEFORE} s, pg_basebackup after $((BEFORE / 2)) s..."
mkdir -p "$WORK/before"
for n in $(seq 1 "$FILES"); do submit_with_file "$WORK/before" "$n"; done
( sleep $((BEFORE / 2))
  mkdir -p "$BACKUP"; [[ $(id -u) == 0 ]] && chown postgres "$BACKUP"
  as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PG_PORT" -U postgres -D "$BACKUP" -X stream -c fast \
      --label=restore-drill >"$WORK/basebackup.log" 2>&1 ) &
BACKUP_PID=$!
load before "$BEFORE"
wait "$BACKUP_PID" || { echo "pg_basebackup failed:" >&2; cat "$WORK/basebackup.log" >&2; exit 1; }
download_files "$WORK/before" original
echo "  base backup: $(du -sh "$BACKUP" | cut -f1); $(grep -c . "$WORK/before/acknowledged.tsv") complaints acknowledged"

# ---- the target -------------------------------------------------------------------------------------------------
stop_app
table_counts "$PG_PORT" >"$WORK/counts-at-target.txt"
TARGET=$(sql -d custodes -c "select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'")
sleep 1
echo "Target time: $TARGET ($(wc -l <"$WORK/counts-at-target.txt") tables counted)"

# ---- load after the target --------------------------------------------------------------------------------------
start_app "$PG_PORT"
echo "Load after the target: ${AFTER} s..."
load after "$AFTER"
stop_app
sql -d postgres -c "select pg_switch_wal()" >/dev/null
last=$(sql -d postgres -c "select pg_walfile_name(pg_current_wal_lsn())")
for _ in $(seq 1 120); do
    [[ "$(sql -d postgres -c "select coalesce(last_archived_wal, '') >= '$last' from pg_stat_archiver")" == t ]] && break
    sleep 0.5
done
echo "  archive: $(ls "$ARCHIVE" | wc -l) WAL files; $(grep -c . "$WORK/after/acknowledged.tsv") complaints after the target"
standalone_pg_stop   # the original server is gone; what follows uses the backup and the archive only

# ---- restore to the target on a new server ------------------------------------------------------------------------
RESTORED_PORT=$(bench_free_port)
cp -a "$BACKUP" "$RESTORED"
chmod 700 "$RESTORED"
cat >>"$RESTORED/postgresql.conf" <<CONF
port = $RESTORED_PORT
archive_mode = off
restore_command = 'cp $ARCHIVE/%f %p'
recovery_target_time = '$TARGET'
recovery_target_action = 'promote'
CONF
touch "$RESTORED/recovery.signal"
[[ $(id -u) == 0 ]] && chown -R postgres "$RESTORED" && touch "$WORK/pg-restored.log" && chown postgres "$WORK/pg-restored.log"
restore_began=$(date +%s)
as_pg "$PG_BIN/pg_ctl" -D "$RESTORED" -l "$WORK/pg-restored.log" -w -t 300 start >>"$WORK/pg_ctl.log" 2>&1
for _ in $(seq 1 600); do
    [[ "$(psql -qAt -h 127.0.0.1 -p "$RESTORED_PORT" -U postgres -d postgres -c 'select pg_is_in_recovery()' 2>/dev/null)" == f ]] && break
    sleep 0.2
done
RESTORE_S=$(( $(date +%s) - restore_began ))
echo "Restored on port $RESTORED_PORT in ${RESTORE_S} s: $(grep -o 'recovery stopping before.*\|last completed transaction.*' "$WORK/pg-restored.log" | head -2 | tr '\n' ' ')"
table_counts "$RESTORED_PORT" >"$WORK/counts-restored.txt"

start_app "$RESTORED_PORT"
echo "Custodes is up on the restored server"

# ---- checks -----------------------------------------------------------------------------------------------------
FAILED=0
ROW='%-52s %12s %12s  %s\n'
: >"$WORK/rows"
check() { # WHAT EXPECTED ACTUAL
    local verdict=ok
    [[ "$2" == "$3" ]] || { verdict=FAILED; FAILED=1; }
    printf "$ROW" "$1" "$2" "$3" "$verdict" >>"$WORK/rows"
}
in_restored() { # FILE of references -> how many are in the restored database
    [[ -s "$1" ]] || { echo 0; return; }
    psql -qAt -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$RESTORED_PORT" -U postgres -d custodes \
        -c "create temporary table wanted (reference text primary key)" -c "\\copy wanted from '$1'" \
        -c "select count(*) from wanted join complaint.complaint_case using (reference)"
}
cut -f2 "$WORK/before/acknowledged.tsv" >"$WORK/before/references.txt"
cut -f1 "$WORK/before/files.tsv" >>"$WORK/before/references.txt"
cut -f2 "$WORK/after/acknowledged.tsv" >"$WORK/after/references.txt"
before=$(grep -c . "$WORK/before/references.txt")
check "complaints acknowledged before T, restored" "$before" "$(in_restored "$WORK/before/references.txt")"
check "complaints acknowledged after T, restored (none)" 0 "$(in_restored "$WORK/after/references.txt")"

read -r same different failed < <("$JAVA" bench/CrashLoad.java replay "$WORK/before" "$BASE" 2>"$WORK/replay.err")
acknowledged=$(grep -c . "$WORK/before/acknowledged.tsv")
check "keys replayed: same reference and receipt" "$acknowledged" "$same"

download_files "$WORK/before" restored
identical=0
for n in $(seq 1 "$FILES"); do
    if [[ -s "$WORK/before/file-$n-original" && -s "$WORK/before/file-$n-restored" ]] \
        && cmp -s "$WORK/before/file-$n-original" "$WORK/before/file-$n-restored"; then identical=$((identical + 1)); fi
done
check "complaint files decrypted, identical" "$FILES" "$identical"

tables=$(wc -l <"$WORK/counts-at-target.txt")
matching=$(comm -12 "$WORK/counts-at-target.txt" "$WORK/counts-restored.txt" | wc -l)
check "tables whose row count equals the count at T" "$tables" "$matching"
rows_at_target=$(awk '{ s += $2 } END { print s }' "$WORK/counts-at-target.txt")
check "rows in all tables" "$rows_at_target" "$(awk '{ s += $2 } END { print s }' "$WORK/counts-restored.txt")"
stop_app

set +e
chain=$(CUSTODES_MASTER_KEY="$MASTER_KEY" SPRING_PROFILES_ACTIVE=prod CUSTODES_DEMO=false \
    CUSTODES_DB_URL="jdbc:postgresql://127.0.0.1:$RESTORED_PORT/custodes" CUSTODES_DB_USER=custodes \
    CUSTODES_DB_PASSWORD="$PG_PASSWORD" "$JAVA" -jar "$JAR" --verify-audit-chain --logging.level.root=WARN 2>&1)
chain_status=$?
set -e
check "audit chain verifies (exit status)" 0 "$chain_status"

echo
printf "$ROW" check expected actual verdict
cat "$WORK/rows"
echo "  audit chain: $(tail -1 <<<"$chain")"
if ! diff -q "$WORK/counts-at-target.txt" "$WORK/counts-restored.txt" >/dev/null; then
    echo "  tables that differ (at T | restored):"
    diff "$WORK/counts-at-target.txt" "$WORK/counts-restored.txt" | grep '^[<>]' | head -20 | sed 's/^/    /'
fi
echo "(PostgreSQL $(psql -qAt -h 127.0.0.1 -p "$RESTORED_PORT" -U postgres -d postgres -c 'show server_version');" \
    "$WORKERS clients, ${BEFORE} s before T with pg_basebackup in the middle, ${AFTER} s after; $tables tables;" \
    "recovery took ${RESTORE_S} s; the drill took $(( $(date +%s) - BEGAN )) s)"
if [[ $FAILED != 0 ]]; then
    echo "FAILED" >&2
    exit 1
fi
echo "PASSED: the point-in-time restore holds every acknowledged write up to T and nothing after it"
