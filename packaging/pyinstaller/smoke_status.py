"""Start a built CreepGuard with no display, check that it runs and answers, and stop it.

    python packaging/pyinstaller/smoke_status.py dist/creepguard/creepguard[.exe]

Any ``creepguard`` executable works (the frozen bundle, a venv's entry point). It runs on
Linux, macOS and Windows, with the standard library alone: the Windows and macOS workflow
(``.github/workflows/other-os.yml``) runs it on the PyInstaller bundle.

CreepGuard has no ``--headless`` option: Qt's offscreen platform (``QT_QPA_PLATFORM``) is
the way to run it without a display; with no tray it shows its status window there. A
temporary ``CREEPGUARD_HOME`` with an empty settings file (a returning user: no welcome)
keeps the person's data out of it.

Checks, in order:

1. ``run`` comes up (its log says the first frame was shown) and stays up.
2. ``status --json`` answers with the documented keys. Where Unix domain sockets exist
   (Linux, macOS) the running tracker answers it: ``"running": true``. CPython on Windows
   has no AF_UNIX (python/cpython#77589), so there the command line cannot reach the
   tracker, and ``status`` answers from the history file (``"running": false``): this is
   printed as a known gap, not counted as a failure.
3. A second ``run`` finds the first one and exits 0 (the single-instance lock).
4. ``diagnose`` names the activity backend.
5. Quit: SIGTERM where there is one, and the tracker must exit 0 within 15 s. Windows has
   no signal that asks a process to quit (a person uses the tray menu's Quit), so there
   the process is terminated.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: keys ``status --json`` always has (README, "The command line")
STATUS_KEYS = {
    "running",
    "state",
    "paused_until",
    "sitting_s",
    "next_prompt_s",
    "creep_threshold_s",
    "posture_change_s",
    "recovery_until",
    "today",
}
READY_LINE = "tray shown"  # runner.py logs it once the first frame is up
START_S = 60.0
STAY_S = 5.0


def fail(message: str, output: Path | None = None) -> None:
    print(f"FAIL: {message}", file=sys.stderr)
    if output is not None and output.exists():
        print(output.read_text(errors="replace"), file=sys.stderr)
    raise SystemExit(1)


def command(program: str, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [program, *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def wait_for_first_frame(tracker: subprocess.Popen[bytes], log: Path, output: Path) -> None:
    began = time.monotonic()
    while READY_LINE not in (log.read_text(errors="replace") if log.exists() else ""):
        if tracker.poll() is not None:
            fail(f"'run' exited with {tracker.returncode} before its first frame", output)
        if time.monotonic() - began > START_S:
            fail(f"no first frame within {START_S:.0f} s", output)
        time.sleep(0.1)
    print(f"1. 'run' showed its first frame after {time.monotonic() - began:.1f} s")
    deadline = time.monotonic() + STAY_S
    while time.monotonic() < deadline:
        if tracker.poll() is not None:
            fail(f"'run' exited with {tracker.returncode} within {STAY_S:.0f} s", output)
        time.sleep(0.1)


def check_status(program: str, env: dict[str, str]) -> None:
    answer = command(program, "status", "--json", env=env)
    if answer.returncode != 0:
        fail(f"'status --json' exited with {answer.returncode}: {answer.stderr}")
    status = json.loads(answer.stdout)
    missing = STATUS_KEYS - set(status)
    if missing:
        fail(f"'status --json' lacks {sorted(missing)}: {answer.stdout}")
    if hasattr(socket, "AF_UNIX"):
        if status["running"] is not True:
            fail(f"the running tracker did not answer 'status': {answer.stdout}")
        print(f"2. 'status --json' from the tracker: state {status['state']}")
    else:
        print(
            "2. 'status --json' answered from the history file (running: "
            f"{status['running']}): no Unix domain sockets in this Python, so the "
            "command line cannot reach the tracker (known gap, python/cpython#77589)"
        )


def check_second_run_and_diagnose(program: str, env: dict[str, str]) -> None:
    second = command(program, "run", env=env)
    if second.returncode != 0 or "already running" not in second.stdout:
        fail(f"a second 'run' did not find the first: {second.stdout}{second.stderr}")
    print(f"3. a second 'run': {second.stdout.strip()}")
    diagnose = command(program, "diagnose", env=env)
    sensing = [line for line in diagnose.stdout.splitlines() if "Activity sensing" in line]
    if diagnose.returncode != 0 or not sensing:
        fail(f"'diagnose' failed: {diagnose.stdout}{diagnose.stderr}")
    print(f"4. diagnose: {sensing[0].strip()}")
    print(diagnose.stdout)


def quit_tracker(tracker: subprocess.Popen[bytes], output: Path) -> None:
    if sys.platform == "win32":
        tracker.terminate()
        tracker.wait(15)
        print("5. terminated (Windows has no signal that asks a process to quit)")
        return
    tracker.send_signal(signal.SIGTERM)
    try:
        code = tracker.wait(15)
    except subprocess.TimeoutExpired:
        fail("the tracker did not stop within 15 s of SIGTERM", output)
    if code != 0:
        fail(f"the tracker exited with {code} on SIGTERM", output)
    print("5. stopped on SIGTERM (exit 0)")


def main(program: str) -> int:
    program = str(Path(program).resolve())
    with tempfile.TemporaryDirectory(prefix="creepguard-smoke-") as scratch:
        home = Path(scratch) / "home"
        (home / "config").mkdir(parents=True)
        (home / "config" / "settings.toml").write_text("", encoding="utf-8")
        env = {**os.environ, "CREEPGUARD_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
        output = Path(scratch) / "run.out"
        with output.open("wb") as sink:
            tracker = subprocess.Popen(
                [program, "run"], env=env, cwd=scratch, stdout=sink, stderr=subprocess.STDOUT
            )
        try:
            wait_for_first_frame(tracker, home / "log" / "creepguard.log", output)
            check_status(program, env)
            check_second_run_and_diagnose(program, env)
            quit_tracker(tracker, output)
        finally:
            if tracker.poll() is None:
                tracker.kill()
                tracker.wait(10)
        print(output.read_text(errors="replace"))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    raise SystemExit(main(sys.argv[1]))
