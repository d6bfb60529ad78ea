#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time on a copy of its seed corpus
# and fails on any finding (crash, sanitizer report, broken round trip).
# Usage: tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS_PER_TARGET]
# Findings are kept in BUILD_DIR/fuzz-findings/; turn each into a regression
# test (a file under tests/data/bad/ or tests/data/good/ with its asserted outcome).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build=$1
seconds=${2:-60}
findings="$build/fuzz-findings"
mkdir -p "$findings"
status=0
for target in plan_reader predecessor_text; do
  case $target in
    plan_reader) seeds=$here/corpus/plan; dict=(-dict="$here/plan.dict") ;;
    predecessor_text) seeds=$here/corpus/predecessors; dict=() ;;
  esac
  work="$build/fuzz-corpus/$target"
  rm -rf "$work" && mkdir -p "$work"
  cp "$seeds"/* "$work"/ 2>/dev/null || true
  echo "==> fuzz_$target: ${seconds} s from $(ls "$work" | wc -l) seeds"
  if "$build/tests/fuzz/fuzz_$target" "$work" "${dict[@]}" -max_total_time="$seconds" -max_len=65536 \
       -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/$target-" \
       > "$build/fuzz-$target.log" 2>&1; then
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$build/fuzz-$target.log" | sed 's/^/   /'
    echo "   corpus now $(ls "$work" | wc -l) inputs"
  else
    status=1
    echo "   FINDING in fuzz_$target: see $build/fuzz-$target.log and $findings" >&2
    grep -E "FINDING|ERROR|SUMMARY|==[0-9]+==" "$build/fuzz-$target.log" | head -20 >&2
  fi
done
exit $status
