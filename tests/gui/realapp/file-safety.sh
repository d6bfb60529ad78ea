#!/usr/bin/env bash
# The real certplan binary, driven with xdotool as a user would drive it:
#   1. recovery after kill -9 (the plan file untouched until saved)
#   2. a second instance is told who holds the lock and opens read-only
#   3. a stale lock (holder killed) is offered for removal
#   4. the file changed on disk: reload offered when the window regains focus
#   5. saving over a file changed on disk asks first; every save keeps a backup
#   6. a recovery copy that cannot be written is reported
# Usage: file-safety.sh CERTPLAN CERTPLAN_CLI EXAMPLE_PLAN [SHOTS_DIR]
# SHOTS_DIR (or $CERTPLAN_SHOTS): screenshots of every dialog, to look at.
set -euo pipefail
app=$1 cli=$2 example=$3 shots=${4:-${CERTPLAN_SHOTS:-}}

if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "no display and no xvfb-run: skipped"; exit 77; }
  exec xvfb-run -a -s "-screen 0 1400x900x24 -noreset" "$0" "$@"
fi
command -v xdotool >/dev/null || { echo "xdotool is missing (packaging/debian-packages.txt)"; exit 1; }
export GDK_BACKEND=x11 NO_AT_BRIDGE=1

work=$(mktemp -d /tmp/certplan-realapp-XXXXXX)
pids=()
# An X server resets when its last client disconnects, and refuses new clients
# while it does: killing the only app window (kill -9 below) would make the
# next start fail now and then. One idle client keeps it up.
xprop -root -spy >/dev/null 2>&1 &
pids+=($!)
disown $!
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
export XDG_CONFIG_HOME=$work/config XDG_STATE_HOME=$work/state HOME=$work
mkdir -p "$XDG_CONFIG_HOME"
# A recovery copy one second after the first change instead of a minute.
printf '[Preferences]\nRecoverySeconds=1\n' > "$XDG_CONFIG_HOME/certplan.conf"
plan=$work/plans/plan.certplan
mkdir -p "$work/plans"
cp "$example" "$plan"
recovery=$XDG_STATE_HOME/certplan/recovery

step=0
fail() {
  echo "FAIL (step $step): $*" >&2; shot "failed-at-step-$step"
  echo "--- what the app printed:" >&2; grep -v "Gtk-\|^$" "$work/app.log" >&2 || true
  exit 1
}
pass() { echo "ok: $*"; }
shot() { [ -n "$shots" ] && mkdir -p "$shots" && import -window root "$shots/$1.png" && echo "   screenshot $shots/$1.png"; return 0; }
# Waits up to 15 s for a visible window whose name matches; prints its id.
window() {
  local id
  for _ in $(seq 150); do
    id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1 || true)
    [ -n "$id" ] && { echo "$id"; return 0; }
    sleep 0.1
  done
  return 1
}
# Waits until the main window's title is exactly $1.
title_is() {
  for _ in $(seq 150); do
    xdotool search --onlyvisible --name "^$(printf '%s' "$1" | sed 's/[][*.^$]/\\&/g')\$" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  return 1
}
# Runs a test command until it succeeds, for up to 10 s.
eventually() { for _ in $(seq 100); do "$@" && return 0; sleep 0.1; done; return 1; }
gone() { ! ls "$@" >/dev/null 2>&1; }
press() { local w; w=$(window "$1") || fail "no window '$1'"; xdotool windowfocus --sync "$w"; sleep 0.3; xdotool key $2; }
start() { echo "== certplan $*" >>"$work/app.log"; "$app" "$@" >>"$work/app.log" 2>&1 & pids+=($!); last=$!; }
sum() { md5sum "$1" | cut -d' ' -f1; }

original=$(sum "$plan")

step=1
start "$plan"; first=$last
title_is "plan.certplan — CertPlan" || fail "the plan did not open"
press "plan.certplan" Insert
title_is "*plan.certplan — CertPlan" || fail "Insert did not change the plan"
for _ in $(seq 100); do ls "$recovery"/*_"$first"_*.meta >/dev/null 2>&1 && break; sleep 0.1; done
ls "$recovery"/*_"$first"_*.meta >/dev/null 2>&1 || fail "no recovery copy 10 s after the change"
[ "$(sum "$plan")" = "$original" ] || fail "the plan file was written before any save"
kill -9 "$first"; wait "$first" 2>/dev/null || true
start; second=$last
window "Recover Unsaved Work" >/dev/null || fail "no recovery offered after kill -9"
shot 1-recover-unsaved-work
press "Recover Unsaved Work" Return
title_is "*plan.certplan — CertPlan" || fail "the recovered plan is not open as unsaved"
[ "$(sum "$plan")" = "$original" ] || fail "recovering wrote the plan file"
eventually gone "$recovery"/*_"$first"_* || fail "the killed session's copy is still there"
eventually ls "$recovery"/*_"$second"_*.meta >/dev/null 2>&1 || fail "the recovered plan has no recovery copy of its own"
grep -q "pid=$second" "$work/plans/.~lock.plan.certplan#" || fail "the recovered plan is not locked by its window"
pass "recovery after kill -9: reopened unsaved, plan file untouched"

step=2
start "$plan"; third=$last
window "^CertPlan$" >/dev/null || fail "a second instance was not told the plan is locked"
shot 2-locked-by-another-certplan
press "^CertPlan$" Return   # the default: Open Read-Only
title_is "plan.certplan [read-only] — CertPlan" || fail "not opened read-only"
kill "$third"; wait "$third" 2>/dev/null || true
pass "second instance: told who holds the lock, opened read-only"

step=3
kill -9 "$second"; wait "$second" 2>/dev/null || true   # its lock stays behind
[ -f "$work/plans/.~lock.plan.certplan#" ] || fail "the killed window's lock is gone"
start "$plan"; fourth=$last
window "^CertPlan$" >/dev/null || fail "the stale lock was not reported"
shot 3-stale-lock
press "^CertPlan$" alt+r   # Remove Lock and Open
# The killed window's recovery copy is offered next: keep it for later.
window "Recover Unsaved Work" >/dev/null || fail "the killed window's recovery copy was not offered"
press "Recover Unsaved Work" Escape
title_is "plan.certplan — CertPlan" || fail "not opened after removing the stale lock"
grep -q "pid=$fourth" "$work/plans/.~lock.plan.certplan#" || fail "the stale lock was not replaced"
pass "stale lock: reported, removed, plan opened for editing"

step=4
"$cli" baseline "$plan" --save "Changed elsewhere" --force >/dev/null 2>&1 || fail "certplan-cli could not write the plan"
grep -q "pid=$fourth" "$work/plans/.~lock.plan.certplan#" || fail "certplan-cli --force did not hand the lock back"
xdotool windowfocus --sync "$(window "plan.certplan")"   # the window regains focus
window "^CertPlan$" >/dev/null || fail "the change on disk was not noticed on focus"
shot 4-changed-on-disk-reload
press "^CertPlan$" alt+r   # Reload
title_is "plan.certplan — CertPlan" || fail "not reloaded"
pass "changed on disk: noticed on focus, reloaded"

step=5
press "plan.certplan" Insert
title_is "*plan.certplan — CertPlan" || fail "Insert did not change the plan"
"$cli" baseline "$plan" --save "Second change elsewhere" --force >/dev/null 2>&1
theirs=$(sum "$plan")
xdotool key ctrl+s
window "^CertPlan$" >/dev/null || fail "saving over a changed file did not ask"
shot 5-overwrite-changed-file
press "^CertPlan$" alt+c   # Cancel
sleep 0.5
[ "$(sum "$plan")" = "$theirs" ] || fail "Cancel still overwrote the file"
press "plan.certplan" ctrl+s
window "^CertPlan$" >/dev/null || fail "the second save did not ask"
press "^CertPlan$" alt+o   # Overwrite
title_is "plan.certplan — CertPlan" || fail "not saved"
grep -q 'name="Changed elsewhere"' "$plan" || fail "the reload had not taken the first change"
grep -q 'name="New task"' "$plan" || fail "our change was not saved"
[ "$(sum "$plan.1.bak")" = "$theirs" ] || fail "the overwritten version is not the backup"
eventually gone "$recovery"/*_"$fourth"_* || fail "saving did not remove the recovery copy"
pass "overwrite asked with Cancel and Overwrite; backup kept; recovery copy removed on save"

step=6
kill "$fourth"; wait "$fourth" 2>/dev/null || true
rm -rf "$recovery" && mkdir -p "$(dirname "$recovery")" && echo "not a folder" > "$recovery"
start "$plan"; sixth=$last
window "^CertPlan$" >/dev/null && press "^CertPlan$" "alt+r"   # the killed window's lock: remove it
title_is "plan.certplan — CertPlan" || fail "the plan did not open"
press "plan.certplan" Insert
window "^CertPlan$" >/dev/null || fail "a recovery copy that cannot be written was not reported"
shot 6-recovery-copy-not-written
press "^CertPlan$" Return
title_is "*plan.certplan — CertPlan" || fail "the plan is no longer open and unsaved"
kill "$sixth"; wait "$sixth" 2>/dev/null || true
pass "a recovery copy that cannot be written is reported, not claimed"
echo "6 scenarios passed"
