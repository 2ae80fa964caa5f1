#!/usr/bin/env bash
# The image's base, made from what this machine has instead of a base image from a container registry:
#   - a Java runtime linked with jlink from the build's JDK (25 or newer; jlink links from the JDK's own runtime
#     image when it ships no jmods), with the modules the application needs, headless (no X11 or sound libraries);
#   - the C library files that runtime loads, found with ldd and copied from the build machine (Debian's libc6);
#     their packages and versions are listed in /usr/share/custodes/base-packages.txt;
#   - /etc/passwd and /etc/group with the unprivileged user custodes (uid and gid 10001), and an empty /tmp.
# Usage: ops/image/rootfs.sh OUTPUT_DIR   (JAVA_HOME: the JDK to link from; Maven's -Pimage runs it)
set -euo pipefail
out=${1:?output directory}
jdk=${JAVA_HOME:?JAVA_HOME must point at a JDK}
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,\
java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,java.xml.crypto,jdk.charsets,jdk.crypto.ec,\
jdk.localedata,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs,jdk.jfr

rm -rf "$out"
mkdir -p "$out/opt" "$out/etc" "$out/tmp" "$out/usr/share/custodes"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --output "$out/opt/java"
# Headless: the libraries that need X11 or ALSA go (java.awt.headless=true never loads them).
rm -f "$out"/opt/java/lib/libawt_xawt.so "$out"/opt/java/lib/libjsound.so "$out"/opt/java/lib/libsplashscreen.so
# The JDK's default class-data-sharing archive for this runtime (the JDK classes, shared read-only between processes).
"$out/opt/java/bin/java" -Xshare:dump -XX:SharedArchiveFile="$out/opt/java/lib/server/classes.jsa" -version >/dev/null 2>&1

# The shared libraries the runtime's binaries load, and what they load in turn, at the paths ldd found them.
libs=$(find "$out/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' -o -name jspawnhelper \) -print0 \
    | xargs -0 ldd 2>/dev/null | grep -oE '(=> )?/[^ ]+ \(0x' | sed -E 's/^=> //; s/ \(0x$//' \
    | grep -v "^$out" | sort -u)
for lib in $libs; do
    real=$(readlink -f "$lib")
    mkdir -p "$out$(dirname "$lib")"
    cp "$real" "$out$lib"
done
for lib in $libs; do dpkg -S "$(readlink -f "$lib")" 2>/dev/null || dpkg -S "$lib" 2>/dev/null || echo "unknown: $lib"; done \
    | cut -d: -f1 | sort -u | while read -r pkg; do
        echo "$pkg $(dpkg-query -W -f='${Version}' "$pkg" 2>/dev/null || echo '?')"
    done >"$out/usr/share/custodes/base-packages.txt"
"$out/opt/java/bin/java" -version 2>&1 | head -1 >>"$out/usr/share/custodes/base-packages.txt"

cat >"$out/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
custodes:x:10001:10001:Custodes:/tmp:/sbin/nologin
PASSWD
cat >"$out/etc/group" <<'GROUP'
root:x:0:
custodes:x:10001:
GROUP
echo "hosts: files dns" >"$out/etc/nsswitch.conf"
echo "Image base in $out: $(du -sh "$out" | cut -f1) ($(wc -l <"$out/usr/share/custodes/base-packages.txt") packages and the runtime)"
