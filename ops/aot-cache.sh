#!/usr/bin/env bash
# Builds the JDK's ahead-of-time cache (JEP 483/514/515, JDK 25: classes loaded and linked, method profiles) for the
# packaged application, so that a node starts in a fraction of the time:
#   1. builds the jar when it is missing or older than the sources;
#   2. extracts it into target/app (Spring Boot's "tools" jar mode: the application jar and lib/ side by side, which
#      the cache needs, as it records the class path);
#   3. runs it once as a training run on a throw-away embedded PostgreSQL: Spring refreshes the whole context
#      (Flyway, every bean) and exits (spring.context.exit=onRefresh), and the JVM writes target/app/custodes.aot;
#   4. stops the training run's PostgreSQL (the run exits without closing the context) and deletes its data.
# The training run uses AOT_JAVA_OPTS (default @ops/jvm.options): run the node with the same JVM, jar path and
# options, plus the cache:
#   java @ops/jvm.options -XX:AOTCache=target/app/custodes.aot -jar target/app/custodes-0.1.0-SNAPSHOT.jar
# A cache made by another JDK build or for another class path is ignored with a warning: the node starts, slower.
# Measure with: RUN_JAR=target/app/custodes-0.1.0-SNAPSHOT.jar APP_JAVA_OPTS="@ops/jvm.options \
#   -XX:AOTCache=target/app/custodes.aot" bash bench/footprint.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
bench_build_jar
APP=target/app
rm -rf "$APP"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP"
TRAINING_DATA=$(mktemp -d)
cleanup() {
    if [[ -f "$TRAINING_DATA/postmaster.pid" ]]; then
        kill "$(head -1 "$TRAINING_DATA/postmaster.pid")" 2>/dev/null || true
        for _ in $(seq 1 50); do [[ -f "$TRAINING_DATA/postmaster.pid" ]] || break; sleep 0.2; done
    fi
    rm -rf "$TRAINING_DATA"
}
trap cleanup EXIT
echo "Training run (the application starts once on an empty database and exits)..."
CUSTODES_DATA_DIR="$TRAINING_DATA" CUSTODES_DEMO=false "$JAVA" ${AOT_JAVA_OPTS-@ops/jvm.options} \
    -XX:AOTCacheOutput="$APP/custodes.aot" -Dspring.context.exit=onRefresh -Xlog:aot=error \
    -jar "$APP/$(basename "$JAR")" --server.port=0 --custodes.scheduling.enabled=false >"$APP/training.log" 2>&1 \
    || { tail -20 "$APP/training.log" >&2; exit 1; }
echo "AOT cache: $APP/custodes.aot ($(( $(stat -c %s "$APP/custodes.aot") / 1024 / 1024 )) MB)"
echo "Run: $JAVA @ops/jvm.options -XX:AOTCache=$APP/custodes.aot -jar $APP/$(basename "$JAR")"
