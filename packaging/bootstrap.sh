#!/usr/bin/env bash
# The two commands of the README:
#   packaging/bootstrap.sh run    install what is missing, build, open the example plan
#   packaging/bootstrap.sh test   install what is missing, build, run the whole test suite
# and the extra stages CI runs after `test` (.ci/run with CI=true):
#   packaging/bootstrap.sh sanitize   AddressSanitizer + UBSan build, whole test suite in it
#   packaging/bootstrap.sh fuzz [S]   libFuzzer targets, S seconds each (default 60)
# Safe to run again: packages already present are skipped and build/ is reused.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/.." && pwd)"
build="${CERTPLAN_BUILD_DIR:-$top/build}"
jobs="${CERTPLAN_JOBS:-$(nproc 2>/dev/null || echo 2)}"
action="${1:-}"

usage() {
  echo "usage: $0 run|test|sanitize|fuzz [SECONDS]" >&2
  exit 2
}
case "$action" in run|test|sanitize|fuzz) ;; *) usage ;; esac

step() { printf '\n==> %s\n' "$*"; }

# Runs a command as root: directly when we are root, else through sudo.
# as_root WHY COMMAND...; WHY says what is missing when neither works.
as_root() {
  local why=$1
  shift
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo DEBIAN_FRONTEND=noninteractive "$@"
  else
    echo "error: $why and I am not root (and there is no sudo)" >&2
    exit 1
  fi
}

# The GUI smoke test runs under de_DE.UTF-8 too; a fresh Debian has only C and C.UTF-8.
install_locales() {
  if locale -a 2>/dev/null | grep -qix 'de_DE\.utf-\?8'; then
    step "Locale de_DE.UTF-8: present"
    return
  fi
  step "Generating the locale de_DE.UTF-8 (GUI smoke test)"
  as_root "the locale de_DE.UTF-8 is missing" localedef -i de_DE -f UTF-8 de_DE.UTF-8
}

# ccache when present: rebuilds after a small change, and the sanitizer and
# fuzz builds of the same sources, take seconds instead of minutes.
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# Paths relative to the checkout in ccache's keys, so another clone of the same sources hits too.
export CCACHE_BASEDIR="$top"
# ... and the working folder kept out of them for -g builds (sanitize, fuzz) too.
export CCACHE_NOHASHDIR=1

install_packages() {
  local list=${1:-$here/debian-packages.txt}
  mapfile -t wanted < <(grep -Ev '^[[:space:]]*(#|$)' "$list")
  local missing=()
  for p in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    step "Debian packages: all ${#wanted[@]} present"
    return
  fi
  step "Installing ${#missing[@]} Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root "these packages are missing: ${missing[*]}" apt-get update -qq
  as_root "these packages are missing: ${missing[*]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
  if [ ! -f "$build/CMakeCache.txt" ]; then
    step "Configuring (build directory: $build)"
    cmake -S "$top" -B "$build" -DCMAKE_BUILD_TYPE=Release "${launcher[@]}"
  fi
  step "Building with $jobs parallel jobs"
  local t0=$SECONDS
  cmake --build "$build" -j "$jobs"
  echo "build took $((SECONDS - t0)) s"
}

have_display() { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }

run_app() {
  local example="$top/templates/examples/northwind-iso20000.certplan"
  if have_display; then
    step "Opening the ISO/IEC 20000-1 example plan in CertPlan"
    exec "$build/app/gui/certplan" "$example"
  fi
  step "No display: doing the same job with certplan-cli"
  local out="$build/example-plan.certplan"
  "$build/app/cli/certplan-cli" new --template iso20000-1:2018 --size medium \
      --organization "Example Services Ltd" --start "$(date +%Y-%m-%d)" -o "$out" --force
  echo
  "$build/app/cli/certplan-cli" show "$out"
  echo
  step "The bundled example plan (with progress, gap analysis and audits)"
  "$build/app/cli/certplan-cli" show "$example"
}

run_tests() {
  step "Running the test suite"
  cd "$build"
  local t0=$SECONDS
  # GUI tests need an X server; without a display they run under Xvfb.
  if have_display; then
    ctest --output-on-failure -j "$jobs"
  else
    xvfb-run -a -s "-screen 0 1600x1000x24 -noreset" ctest --output-on-failure -j "$jobs"
  fi
  echo "tests took $((SECONDS - t0)) s"
}

# The sanitizer stage: the whole suite (GUI tests included) built with ASan and
# UBSan; the GUI smoke test in one locale only (C) to keep the stage short.
run_sanitized() {
  step "Sanitizer build (ASan + UBSan): configuring and building with $jobs jobs"
  local t0=$SECONDS
  cmake --preset sanitize "${launcher[@]}" >/dev/null
  cmake --build "$top/build-sanitize" -j "$jobs"
  echo "sanitizer build took $((SECONDS - t0)) s"
  step "Running the test suite under the sanitizers"
  t0=$SECONDS
  cd "$top"
  local run=(ctest --preset sanitize -j "$jobs" -E "gui-smoke: (C\.UTF-8|de_DE\.UTF-8)")
  if have_display; then "${run[@]}"; else xvfb-run -a -s "-screen 0 1600x1000x24 -noreset" "${run[@]}"; fi
  echo "sanitized tests took $((SECONDS - t0)) s"
}

run_fuzzers() {
  local seconds=${1:-60}
  step "libFuzzer targets: building"
  local t0=$SECONDS
  cmake --preset fuzz "${launcher[@]}" >/dev/null
  cmake --build "$top/build-fuzz" -j "$jobs" --target fuzz_plan_reader fuzz_predecessor_text
  echo "fuzz build took $((SECONDS - t0)) s"
  step "Fuzzing, $seconds s per target"
  "$top/tests/fuzz/run-fuzzers.sh" "$top/build-fuzz" "$seconds"
}

install_packages
case "$action" in
  run) configure_and_build; run_app ;;
  test) install_locales; configure_and_build; run_tests ;;
  sanitize) install_locales; run_sanitized ;;
  fuzz) install_packages "$here/debian-packages-fuzz.txt"; run_fuzzers "${2:-60}" ;;
esac
