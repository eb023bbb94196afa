"""Every subcommand, fed whatever a person or a script might type: the ``creepguard`` entry
point answers with a documented exit code, and a mistake is one line, never a traceback.

Runs in-process (no tracker answers: the folders are the test's own); ``run`` is stopped just
before Qt would start, after every check and the instance lock.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from creepguard.paths import AppPaths
from creepguard.startup import quick, runner

COMMANDS = ["run", "status", "sit", "stand", "break", "away", "resume", "pause", "history",
            "export", "diagnose", "exercises", "autostart"]  # fmt: skip

# Free text may stand anywhere on the line, so it never holds a "/": an abbreviated
# --output followed by it writes inside the test's working folder and nowhere else.
# \udcff is how Python shows an argument's byte that is not UTF-8.
TEXT = st.text(
    st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)) | st.just("\udcff"),
    max_size=12,
)
NUMBERS = st.sampled_from(
    ["nan", "-nan", "inf", "-inf", "1e309", "1e-309", "-1", "0", "0.0", "1", "60", "3600",
     "3600.0001", "525600", "525601", "1" + "0" * 400, "9" * 5000, "0x10", "1_000", "\u0663"]
)  # fmt: skip
DATES = st.sampled_from(
    ["0001-01-01", "0001-01-02", "1969-12-31", "1970-01-01", "2026-02-29", "2028-02-29",
     "9999-12-30", "9999-12-31", "10000-01-01", "2026-13-01", "2026-11-23T10:00", "20261123"]
)  # fmt: skip
WEEKS = st.sampled_from(
    ["0001-W01", "0000-W52", "2026-W00", "2026-W53", "2025-W53", "9999-W51", "9999-W52",
     "2026-w48", "2026W48", "-W", "2026-W4\u0668"]
)  # fmt: skip
DURATIONS = st.sampled_from(
    ["30", "90s", "45m", "1h", "1h30m", "tomorrow", "TOMORROW", "0", "0s", "2.5", "1e3",
     "8760h", "8761h", "525600m", "525601", "1h-3m", "h", "9" * 5000 + "h", " 5 "]
)  # fmt: skip
OUTPUTS = st.sampled_from(
    ["out.csv", "out.json", "folder", "missing/out.csv", "", ".", "..", "/dev/null", "/dev/full",
     "/nonexistent-creepguard-folder/out.csv", "caf\u00e9 \u2615.csv", "\udcff.csv", "-"]
)  # fmt: skip
OPTIONS: dict[str, st.SearchStrategy[str] | None] = {
    "--json": None,
    "--demo": None,
    "-v": None,
    "--verbose": None,
    "--help": None,
    "--version": None,
    "--format": st.sampled_from(["csv", "json", "waybar", "xml", ""]) | TEXT,
    "--format=waybar": None,
    "--time-scale": NUMBERS | TEXT,
    "--week": WEEKS | TEXT,
    "--since": DATES | TEXT,
    "--until": DATES | TEXT,
    "--output": OUTPUTS,
}
POSITIONALS = DURATIONS | NUMBERS | st.sampled_from(["on", "off", "ON", ""]) | TEXT


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    argv: list[str] = []
    if draw(st.booleans()):
        argv.append(draw(st.sampled_from(COMMANDS) | TEXT))
    for _ in range(draw(st.integers(0, 4))):
        choice = draw(st.sampled_from([*OPTIONS, "positional"]))
        if choice == "positional":
            argv.append(draw(POSITIONALS))
            continue
        argv.append(choice)
        values = OPTIONS[choice]
        if values is not None and draw(st.integers(0, 9)):  # now and then, missing
            argv.append(draw(values))
    return argv


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """A working folder of the test's own, ``--demo`` folders inside it, and ``run``
    stopped where Qt would start; returns the time scales it got that far with."""
    work = tmp_path / "work"
    (work / "folder").mkdir(parents=True)
    monkeypatch.chdir(work)
    demo = AppPaths.under(tmp_path / "demo")
    monkeypatch.setattr(AppPaths, "temporary", classmethod(lambda cls: demo))
    started: list[float] = []

    def no_qt(paths: AppPaths, *, time_scale: float, verbose: bool, demo: bool) -> int:
        started.append(time_scale)
        return 0

    monkeypatch.setattr(runner, "_run", no_qt)
    return started


def outcome(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[object, str, str]:
    try:
        code: object = quick.main(argv)
    except SystemExit as exit_info:  # argparse: --help, --version and its own errors
        code = exit_info.code
    out, err = capsys.readouterr()
    return code, out, err


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(argv=command_lines())
def test_any_command_line_gets_an_exit_code_and_at_most_one_line_of_complaint(
    sandbox: list[float], capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, _out, err = outcome(argv, capsys)
    assert code in (0, 1, 2, 3), (argv, code, err)
    assert "Traceback" not in err, (argv, err)
    if code != 0:
        assert err.endswith("\n") and err.count("\n") == 1, (argv, code, err)
    assert all(0.01 <= scale <= 3600 for scale in sandbox), (argv, sandbox)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_subcommand_answers_help_and_a_bad_option(
    command: str, sandbox: list[float], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = outcome([command, "--help"], capsys)
    assert (code, err) == (0, "") and out.startswith("usage: creepguard")
    code, out, err = outcome([command, "--no-such-option", "\u2615"], capsys)
    assert code == 2 and out == ""
    assert err.startswith("creepguard") and err.count("\n") == 1, err
