# A standalone PostgreSQL for the crash and two-node tests (sourced, after bench/lib.sh): version 15 by default
# (PG_BIN), in $WORK/pg on a free port, loopback only, with fsync, synchronous_commit and full_page_writes on, so
# that what it acknowledges is on disk.
#   standalone_pg_create PASSWORD   initdb, settings, start; role and database "custodes" with that password; sql()
#   standalone_pg_start             start it (again, after a crash) and wait until it accepts connections
#   standalone_pg_stop              immediate stop, for the scripts' cleanup
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PGDATA="$WORK/pg"
# PostgreSQL refuses to run as root: then it runs as the postgres OS user, in folders that user owns.
if [[ $(id -u) == 0 ]]; then as_pg() { runuser -u postgres -- "$@"; }; else as_pg() { "$@"; }; fi
[[ -x "$PG_BIN/initdb" && -x "$PG_BIN/pg_ctl" ]] || { echo "PostgreSQL server binaries are needed in $PG_BIN" >&2; exit 1; }

standalone_pg_create() { # PASSWORD
    PG_PORT=$(bench_free_port)
    PG_PASSWORD="$1"
    chmod 755 "$WORK"
    mkdir -p "$PGDATA" "$WORK/pgsocket"
    touch "$WORK/pg.log"
    echo "$PG_PASSWORD" >"$WORK/pgpass"
    if [[ $(id -u) == 0 ]]; then chown postgres "$PGDATA" "$WORK/pgsocket" "$WORK/pgpass" "$WORK/pg.log"; fi
    as_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres --pwfile="$WORK/pgpass" --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log"
    cat >>"$PGDATA/postgresql.conf" <<CONF
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$WORK/pgsocket'
fsync = on
synchronous_commit = on
full_page_writes = on
CONF
    standalone_pg_start
    export PGPASSWORD="$PG_PASSWORD"
    sql -d postgres -c "create role custodes login password '$PG_PASSWORD'" -c "create database custodes owner custodes"
}

standalone_pg_start() { as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$WORK/pg.log" -w -t 120 start >>"$WORK/pg_ctl.log" 2>&1; }

standalone_pg_stop() {
    if [[ -f "$PGDATA/postmaster.pid" ]]; then as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1 || true; fi
}

sql() { psql -qAt -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }
