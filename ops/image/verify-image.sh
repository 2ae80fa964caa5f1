#!/usr/bin/env bash
# Checks the image that mvn package -Pimage wrote (an OCI image layout in a tar), without a container runtime:
#   1. the layout, its manifest and its configuration (jq): a non-root user, the entry point on the image's own Java,
#      port 8080, /tmp as the one volume, no shell or package manager in the file system;
#   2. with RUN=1 and as root: unpacks the layers into a folder, mounts it read-only (with /proc and a tmpfs on /tmp,
#      as a runtime would), starts the application in it (chroot, as uid 10001) on a standalone PostgreSQL 15
#      (bench/standalone-pg.sh) and waits for /actuator/health/readiness.
# Usage: ops/image/verify-image.sh [target/jib-image.tar]   (RUN=1 to start it; JAVA_HOME, PG_BIN as in bench/)
set -euo pipefail
cd "$(dirname "$0")/../.."
TAR=$(readlink -f "${1:-target/jib-image.tar}")
[[ -f "$TAR" ]] || { echo "No $TAR: build it with mvn package -Pimage" >&2; exit 1; }
command -v jq >/dev/null || { echo "jq is needed" >&2; exit 1; }
source bench/lib.sh
WORK=$(mktemp -d /tmp/custodes-image.XXXXXX)
ROOT="$WORK/rootfs"
APP_PID=""
FAILED=0
cleanup() {
    local status=$?
    stop_app
    if [[ $status -ne 0 && -f "$WORK/app.log" ]]; then tail -30 "$WORK/app.log" >&2; fi
    declare -F standalone_pg_stop >/dev/null && standalone_pg_stop
    local m mounted=0
    for m in "$ROOT/tmp" "$ROOT/proc" "$ROOT/dev" "$ROOT"; do
        if mountpoint -q "$m" 2>/dev/null; then umount "$m" 2>/dev/null || umount -l "$m" || mounted=1; fi
    done
    # Never delete through a mount (the image's /dev is the machine's).
    if [[ $mounted == 0 ]]; then rm -rf "$WORK"; else echo "Left $WORK: something is still mounted in it" >&2; fi
}
stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}
trap cleanup EXIT
check() { # DESCRIPTION ACTUAL EXPECTED
    local verdict=ok
    [[ "$2" == "$3" ]] || { verdict=FAILED; FAILED=1; }
    printf '%-34s %-58s %s\n' "$1" "$2" "$verdict"
}

mkdir -p "$WORK/oci" "$ROOT"
tar -xf "$TAR" -C "$WORK/oci"
blob() { echo "$WORK/oci/blobs/${1/://}"; }
manifest=$(blob "$(jq -r '.manifests[0].digest' "$WORK/oci/index.json")")
config=$(blob "$(jq -r '.config.digest' "$manifest")")
echo "Image $TAR: $(jq -r '.layers | length' "$manifest") layers, $(du -h "$TAR" | cut -f1)"
check "layout" "$(jq -r .imageLayoutVersion "$WORK/oci/oci-layout")" "1.0.0"
check "manifest media type" "$(jq -r .mediaType "$manifest")" "application/vnd.oci.image.manifest.v1+json"
check "user" "$(jq -r .config.User "$config")" "10001:10001"
check "entry point" "$(jq -r '.config.Entrypoint | join(" ")' "$config")" \
    "/opt/java/bin/java @/opt/custodes/jvm.options -cp @/app/jib-classpath-file org.custodes.CustodesApplication"
check "exposed ports" "$(jq -r '.config.ExposedPorts | keys | join(",")' "$config")" "8080/tcp"
check "volumes" "$(jq -r '.config.Volumes | keys | join(",")' "$config")" "/tmp"
check "profile" "$(jq -r '.config.Env[] | select(startswith("SPRING_PROFILES_ACTIVE="))' "$config")" "SPRING_PROFILES_ACTIVE=prod"
check "architecture / os" "$(jq -r '.architecture + "/" + .os' "$config")" "amd64/linux"

for layer in $(jq -r '.layers[].digest' "$manifest"); do tar --warning=no-unknown-keyword -xzf "$(blob "$layer")" -C "$ROOT"; done
check "the runtime's java" "$(stat -c %a "$ROOT/opt/java/bin/java")" "755"
check "no shell" "$(ls "$ROOT/bin/sh" "$ROOT/usr/bin/sh" 2>/dev/null | wc -l)" "0"
check "no package manager" "$(ls "$ROOT/usr/bin/apt" "$ROOT/usr/bin/dpkg" 2>/dev/null | wc -l)" "0"
check "user custodes" "$(grep -c '^custodes:x:10001:10001:' "$ROOT/etc/passwd")" "1"
check "application classes" "$(ls "$ROOT/app/classes/org/custodes/CustodesApplication.class" 2>/dev/null | wc -l)" "1"
echo "  base: $(tr '\n' ';' <"$ROOT/usr/share/custodes/base-packages.txt")"

if [[ "${RUN:-0}" == 1 ]]; then
    [[ $(id -u) == 0 ]] || { echo "RUN=1 needs root (chroot and mounts)" >&2; exit 1; }
    source bench/standalone-pg.sh
    standalone_pg_create "image-$RANDOM$RANDOM"
    mkdir -p "$ROOT/proc" "$ROOT/dev"
    mount --bind "$ROOT" "$ROOT" && mount -o remount,bind,ro "$ROOT"
    mount -t proc proc "$ROOT/proc"
    mount --bind /dev "$ROOT/dev"
    mount -t tmpfs -o size=256m,mode=1777 tmpfs "$ROOT/tmp"
    check "root file system read-only" "$(touch "$ROOT/opt/x" 2>/dev/null && echo writable || echo read-only)" "read-only"
    PORT=$(bench_free_port)
    launched=$(date +%s.%N)
    # The configuration's environment, as a runtime would pass it, plus the deployment's own variables.
    mapfile -t image_env < <(jq -r '.config.Env[]' "$config")
    mapfile -t entrypoint < <(jq -r '.config.Entrypoint[]' "$config")
    (cd / && exec env -i "${image_env[@]}" PORT="$PORT" CUSTODES_MASTER_KEY="$(head -c 32 /dev/urandom | base64)" \
        CUSTODES_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/custodes" CUSTODES_DB_USER=custodes \
        CUSTODES_DB_PASSWORD="$PG_PASSWORD" CUSTODES_BASE_URL="http://127.0.0.1:$PORT" \
        "$(command -v chroot)" --userspec=10001:10001 "$ROOT" "${entrypoint[@]}" >"$WORK/app.log" 2>&1) &
    APP_PID=$!
    ready=no
    for _ in $(seq 1 1200); do
        curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness" && { ready=yes; break; }
        kill -0 "$APP_PID" 2>/dev/null || break
        sleep 0.2
    done
    check "ready on a read-only root" "$ready" "yes"
    echo "  ready after $(awk -v a="$launched" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s"
    check "liveness" "$(curl -s "http://127.0.0.1:$PORT/actuator/health/liveness")" '{"status":"UP"}'
    check "runs as" "$(ps -o uid= -p "$APP_PID" | tr -d ' ')" "10001"
    stop_app
fi
[[ $FAILED == 0 ]] || { echo "FAILED" >&2; exit 1; }
echo "PASSED"
