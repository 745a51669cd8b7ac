#!/usr/bin/env bash
# Fuzzes the plan loader with libFuzzer for a set time, seeded with the
# hostile-input corpus, the loader's error fixtures, the example plans and
# the example progress files.
#
#   scripts/fuzz.sh [SECONDS]        default 600 (ten minutes)
#
# Each input goes through what `countdown lint` and `countdown status` do
# with a plan file (Sources/FuzzLoader/LoaderHarness.swift): compose from
# libyaml events, schema validation, decoding, lint rules, the status
# judgement and every diagnostic renderer; once as a plan, once as
# countdown.yaml, once as a CSV file to import, and once as the workspace's
# Markdown and HTML report templates laying out a pack. The binary is built in
# its own scratch path (.build-fuzz), so the normal build is untouched.
#
# Output: the number of executions, and any input that crashed, hung or ran
# out of memory, saved in .build-fuzz/work/findings/. Exits 1 when there is
# one: add it to Tests/HostileInputTests/Corpus (with its expected
# diagnostic in manifest.json) and fix the cause. To reproduce a finding:
#   swift build --product FuzzLoader && .build/debug/FuzzLoader FILE
#
# Environment: FUZZ_WORK (working folder, default .build-fuzz/work),
# FUZZ_JOBS (parallel fuzzing processes, default 1), FUZZ_SANITIZER
# (fuzzer or fuzzer,address; default fuzzer,address).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-600}"
work="${FUZZ_WORK:-.build-fuzz/work}"
jobs="${FUZZ_JOBS:-1}"
sanitizer="${FUZZ_SANITIZER:-fuzzer,address}"

echo "== building the fuzz target (-sanitize=$sanitizer, release, .build-fuzz)"
# lld: libFuzzer's objects make gold fail with an internal error on this toolchain.
swift build --scratch-path .build-fuzz -c release --product FuzzLoader \
    -Xswiftc "-sanitize=$sanitizer" -Xswiftc -DFUZZING -Xswiftc -use-ld=lld
binary=".build-fuzz/release/FuzzLoader"

# Seeds: copied into one flat folder (libFuzzer reads folders, and the seeds
# come from several). New interesting inputs go to corpus/, which persists
# between runs so that each run starts where the last one stopped.
mkdir -p "$work/seeds" "$work/corpus" "$work/findings"
rm -f "$work/seeds/"*
index=0
while IFS= read -r -d '' file; do
    index=$((index + 1))
    cp "$file" "$work/seeds/seed-$index-$(basename "$file")"
done < <(find Tests/HostileInputTests/Corpus Tests/PlanLoadingTests/Fixtures plans data countdown.yaml \
    -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*progress*.csv' -o -name '*milestones*.csv' \
    -o -path '*Corpus/csv/*' -o -name '*.mustache' \) -size -64k -print0 2>/dev/null)
# The built-in report templates seed the template inputs.
swift run --quiet countdown report --write-templates "$work/template-seeds" >/dev/null 2>&1 || true
for file in "$work/template-seeds"/*.mustache; do
    [ -f "$file" ] || continue
    index=$((index + 1))
    cp "$file" "$work/seeds/seed-$index-$(basename "$file")"
done
echo "== $index seed files; fuzzing for $seconds s with $jobs job(s)"

log="$work/fuzz.log"
# -jobs makes libFuzzer write fuzz-N.log files in the current folder: only with more than one.
parallel=()
if [ "$jobs" -gt 1 ]; then parallel=(-jobs="$jobs" -workers="$jobs"); fi
status=0
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" SWIFT_BACKTRACE=enable=no \
    "$binary" "$work/corpus" "$work/seeds" \
    -dict=scripts/fuzz-yaml.dict -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
    -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$work/findings/" \
    ${parallel[@]+"${parallel[@]}"} >"$log" 2>&1 || status=$?

# With -jobs, each job writes fuzz-N.log in the current folder.
if [ "$jobs" -gt 1 ]; then
    cat fuzz-*.log >>"$log" 2>/dev/null || true
    rm -f fuzz-*.log
fi

executions=$(grep -h "stat::number_of_executed_units" "$log" | awk '{ sum += $2 } END { print sum + 0 }')
corpus=$(find "$work/corpus" -type f | wc -l)
findings=$(find "$work/findings" -type f | wc -l)
grep -h "^#[0-9].*DONE\|exec/s" "$log" | tail -1 || true
echo "== $executions executions in $seconds s; corpus $corpus inputs; $findings finding(s) in $work/findings"
if [ "$findings" -gt 0 ] || [ "$status" -ne 0 ]; then
    grep -h -A 12 "ERROR: libFuzzer\|Fatal error\|SUMMARY" "$log" | head -60 || true
    find "$work/findings" -type f
    exit 1
fi
