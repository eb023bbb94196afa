#!/usr/bin/env bash
# Start a built CreepGuard under a private Xvfb and check that `run` comes up and stays up.
#
#   packaging/pyinstaller/smoke_run.sh [PROGRAM]   # default dist/creepguard/creepguard
#
# PROGRAM may be any `creepguard` executable (the bundle, a venv's entry point), so start
# times can be compared. Prints the time until the control socket answers (the tracker is
# fully started: tray or status window, store, activity source), checks the process is
# still alive 5 s after the start and answers `status`, asks for a stretch card
# (`break`), reports its memory, then stops it with SIGTERM. Data goes to a temporary
# CREEPGUARD_HOME. Needs Xvfb (Debian: xvfb).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PROGRAM="$(realpath "${1:-$ROOT/dist/creepguard/creepguard}")"
STAY_S=5

scratch="$(mktemp -d)"
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT

# -displayfd picks a free display number and reports it: no clash with other servers.
exec 3>"$scratch/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset >"$scratch/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 3>&-
for _ in $(seq 50); do
  [ -s "$scratch/display" ] && break
  sleep 0.1
done
[ -s "$scratch/display" ] || { echo "Xvfb did not start" >&2; cat "$scratch/xvfb.log" >&2; exit 1; }

DISPLAY=":$(tr -d '[:space:]' <"$scratch/display")"
export DISPLAY QT_QPA_PLATFORM=xcb
export CREEPGUARD_HOME="$scratch/home"
# A returning user: on a first run the welcome waits for Start before anything tracks.
mkdir -p -m 700 "$CREEPGUARD_HOME/config"
: >"$CREEPGUARD_HOME/config/settings.toml"
# Keep away from the real session bus: no notifications or idle watches on your desktop.
unset DBUS_SESSION_BUS_ADDRESS
cd "$scratch"

start_ns="$(date +%s%N)"
"$PROGRAM" run >"$scratch/run.log" 2>&1 &
app_pid=$!
socket="$CREEPGUARD_HOME/run/control.sock"
ready_ns=""
while kill -0 "$app_pid" 2>/dev/null; do
  if [ -S "$socket" ]; then
    ready_ns="$(date +%s%N)"
    break
  fi
  [ $(($(date +%s%N) - start_ns)) -gt $((20 * 1000000000)) ] && break
  sleep 0.02
done
if [ -z "$ready_ns" ]; then
  echo "FAIL: the tracker did not open its control socket" >&2
  cat "$scratch/run.log" >&2
  exit 1
fi
echo "ready (control socket open) after $(((ready_ns - start_ns) / 1000000)) ms"

sleep "$(awk -v s="$STAY_S" -v e="$(((ready_ns - start_ns) / 1000000))" 'BEGIN { r = s - e / 1000; print (r > 0 ? r : 0) }')"
if ! kill -0 "$app_pid" 2>/dev/null; then
  echo "FAIL: the tracker exited within $STAY_S s" >&2
  cat "$scratch/run.log" >&2
  exit 1
fi
"$PROGRAM" status --json | grep -q '"running": true' || { echo "FAIL: status" >&2; exit 1; }
# A stretch card loads the rest of the UI (QtSvgWidgets, the illustrations).
if ! "$PROGRAM" break; then
  echo "FAIL: 'creepguard break' did not show a stretch card" >&2
  sed 's/^/  /' "$scratch/run.log" >&2
  exit 1
fi
sleep 1
kill -0 "$app_pid" 2>/dev/null || { echo "FAIL: the tracker exited after 'break'" >&2; exit 1; }
echo "'creepguard break' showed a stretch card"
echo "still running after $STAY_S s; $(grep VmRSS "/proc/$app_pid/status" | tr -s ' ')"
kill -TERM "$app_pid"
for _ in $(seq 50); do
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.1
done
if kill -0 "$app_pid" 2>/dev/null; then
  echo "FAIL: the tracker did not stop on SIGTERM" >&2
  exit 1
fi
wait "$app_pid" && status=0 || status=$?
app_pid=""
echo "stopped on SIGTERM (exit $status)"
if [ -s "$scratch/run.log" ]; then
  echo "its output:"
  sed 's/^/  /' "$scratch/run.log"
fi
