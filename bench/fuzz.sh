#!/usr/bin/env bash
# Fuzzes every parser of outside input for longer than the test suite does. `mvn verify` runs each @FuzzTest only
# on its seeds (Jazzer's regression mode); this script runs each one in Jazzer's fuzzing mode (JAZZER_FUZZ=1,
# coverage-guided, libFuzzer underneath), one fuzz test per JVM as Jazzer requires, for a bounded time.
#   1. compiles the tests once;
#   2. finds every @FuzzTest method of src/test/java/**/*FuzzTests.java;
#   3. fuzzes each for SECONDS (JAZZER_MAX_DURATION overrides @FuzzTest(maxDuration)) in a 1 GB heap, so that an
#      input making a parser eat memory is a finding too;
#   4. prints per target the executions, the coverage reached and the findings.
# Usage: bench/fuzz.sh [seconds-per-target] [Class#method ...]   (default 60 seconds, every target; the machine should be otherwise idle)
# Findings: Jazzer writes each crashing input as crash-<sha1> into the target's seed folder,
#   src/test/resources/<package>/<Class>Inputs/<method>/, where `mvn verify` then replays it as a regression test
#   (fix the parser, keep the file). The full log of each target is in target/fuzz/<Class>-<method>.log; the
#   growing corpus is kept in .cifuzz-corpus/ (git-ignored) and reused by the next run.
set -euo pipefail

cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
SECONDS_PER_TARGET="${1:-60}"
shift || true
MVN=(mvn -B -o)
# Coverage guidance inside the libraries that do the parsing, not only in our own classes (Jazzer's default).
export JAZZER_INSTRUMENT="${JAZZER_INSTRUMENT:-org.custodes.**,org.apache.poi.**,org.apache.xmlbeans.**,org.apache.commons.csv.**,org.apache.commons.compress.**,org.apache.pdfbox.**,org.apache.fontbox.**,org.apache.tika.**,tools.jackson.**}"

targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    while IFS= read -r file; do
        class=$(basename "$file" .java)
        while IFS= read -r method; do
            targets+=("$class#$method")
        done < <(awk '/@FuzzTest/ { found = 1; next } found && match($0, /void [A-Za-z0-9_]+\(/) {
                     print substr($0, RSTART + 5, RLENGTH - 6); found = 0 }' "$file")
    done < <(find src/test/java -name '*FuzzTests.java' | sort)
fi

echo "Compiling the tests..."
"${MVN[@]}" -q test-compile
mkdir -p target/fuzz

findings_of() { # the crash files in a target's seed folder
    local class=$1 method=$2 file
    file=$(find src/test/java -name "$class.java" | head -1)
    local folder="src/test/resources/$(dirname "${file#src/test/java/}")/${class}Inputs/$method"
    find "$folder" -maxdepth 1 -name 'crash-*' 2>/dev/null | sort || true
}

printf '\n%-48s %12s %8s %9s  %s\n' "target" "executions" "cov" "findings" "result"
failed=0
for target in "${targets[@]}"; do
    class=${target%#*}
    method=${target#*#}
    log="target/fuzz/$class-$method.log"
    before=$(findings_of "$class" "$method" | wc -l)
    status=passed
    JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${SECONDS_PER_TARGET}s" "${MVN[@]}" surefire:test -Dtest="$target" \
        -DskipUnitTests=false -Dsurefire.failIfNoSpecifiedTests=false \
        -DargLine="-Xmx1g -XX:+UseParallelGC -XX:-OmitStackTraceInFastThrow -XX:+EnableDynamicAgentLoading -Dlogback.configurationFile=$PWD/bench/fuzz-logback.xml" \
        >"$log" 2>&1 || status=FAILED
    done_line=$(grep -aE '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true)
    [[ -n "$done_line" ]] || done_line=$(grep -aE '^#[0-9]+[[:space:]]' "$log" | tail -1 || true)
    executions=$(sed -E 's/^#([0-9]+).*/\1/' <<<"$done_line")
    coverage=$(sed -nE 's/.*cov: ([0-9]+).*/\1/p' <<<"$done_line")
    after=$(findings_of "$class" "$method" | wc -l)
    [[ "$status" == passed ]] || failed=1
    printf '%-48s %12s %8s %9s  %s\n' "$target" "${executions:-?}" "${coverage:-?}" "$((after - before))" "$status"
done

echo
echo "Logs: target/fuzz/. New findings are crash-* files in src/test/resources/<package>/<Class>Inputs/<method>/."
exit $failed
