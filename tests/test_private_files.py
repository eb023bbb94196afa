"""Every folder CreepGuard creates is 0700 and every file 0600 (README: "Where your data
lives"), whatever the umask, including the folders above its own that it had to create."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from creepguard import cli, settings
from creepguard.paths import AppPaths

PRIVATE_DIR, PRIVATE_FILE = 0o700, 0o600


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """A desktop's usual umask: what it lets through (0755, 0644) must not reach our files."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def fresh_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """XDG folders that do not exist yet (a new account): CreepGuard creates them."""
    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    for variable, folder in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_RUNTIME_DIR", "run"),
    ):
        monkeypatch.setenv(variable, str(home / folder))
    return home


def created(home: Path) -> dict[str, int]:
    """Everything below ``home``, by relative path, with its mode."""
    return {str(path.relative_to(home)): mode(path) for path in sorted(home.rglob("*"))}


def test_the_folders_and_the_ones_above_them_are_private(fresh_home: Path) -> None:
    AppPaths.for_user().ensure()
    folders = created(fresh_home)
    assert "run/creepguard" in folders and ".local/state/creepguard/log" in folders
    assert folders == dict.fromkeys(folders, PRIVATE_DIR)


def test_an_app_folder_an_older_version_left_open_is_closed(fresh_home: Path) -> None:
    state = fresh_home / ".local" / "state"
    (state / "creepguard" / "log").mkdir(parents=True, mode=0o755)
    for folder in (state, state / "creepguard", state / "creepguard" / "log"):
        folder.chmod(0o755)
    AppPaths.for_user().ensure()
    assert mode(state / "creepguard") == PRIVATE_DIR
    assert mode(state / "creepguard" / "log") == PRIVATE_DIR
    assert mode(state) == 0o755  # the person's own folder is left as it was


def test_a_read_from_the_command_line_creates_only_private_things(
    fresh_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["history", "--json"]) == 0
    things = created(fresh_home)
    assert ".local/share/creepguard/creepguard.sqlite3" in things
    for name, found in things.items():
        want = PRIVATE_DIR if (fresh_home / name).is_dir() else PRIVATE_FILE
        assert found == want, name


def test_the_database_and_its_journal_files_are_private(tmp_path: Path) -> None:
    from datetime import UTC

    from creepguard.storage.store import Store

    store = Store(tmp_path / "data" / "creepguard.sqlite3", UTC)
    assert store.open()
    store.checkpoint(None, None)
    journal = [tmp_path / "data" / f"creepguard.sqlite3{suffix}" for suffix in ("-wal", "-shm")]
    assert all(path.exists() for path in journal)  # while it is open
    assert {mode(path) for path in tmp_path.rglob("*") if path.is_file()} == {PRIVATE_FILE}
    assert mode(tmp_path / "data") == PRIVATE_DIR
    store.close()


def test_a_broken_database_kept_aside_is_private(tmp_path: Path) -> None:
    from datetime import UTC

    from creepguard.storage.store import Store

    (tmp_path / "data").mkdir(mode=0o700)
    database = tmp_path / "data" / "creepguard.sqlite3"
    database.write_bytes(b"not a database, and readable by everyone")
    database.chmod(0o644)
    store = Store(database, UTC)
    assert store.open() and store.notices
    (kept,) = (tmp_path / "data").glob("creepguard.sqlite3.broken-*")
    assert mode(kept) == PRIVATE_FILE and mode(database) == PRIVATE_FILE
    store.close()


def test_the_settings_file_and_a_broken_one_kept_aside_are_private(tmp_path: Path) -> None:
    path = tmp_path / "new" / "config" / "settings.toml"
    settings.save(path, settings.Settings())
    assert mode(path) == PRIVATE_FILE
    assert mode(path.parent) == PRIVATE_DIR and mode(path.parent.parent) == PRIVATE_DIR
    path.write_text("creep_threshold_min = 'soon'\n")
    path.chmod(0o644)  # edited by hand, with a umask that lets others read
    problems = settings.load(path).problems
    settings.save(path, settings.Settings(), keep_aside=problems)
    (kept,) = path.parent.glob("settings.toml.broken-*")
    assert mode(kept) == PRIVATE_FILE and mode(path) == PRIVATE_FILE


def test_the_log_and_every_rotated_log_are_private(tmp_path: Path) -> None:
    from creepguard.startup.runner import setup_logging

    root = logging.getLogger()
    before = list(root.handlers), root.level
    log_dir = tmp_path / "state" / "creepguard" / "log"
    try:
        path = setup_logging(log_dir, verbose=False)
        (handler,) = [h for h in root.handlers if h not in before[0] and hasattr(h, "doRollover")]
        logging.getLogger("creepguard.test").warning("one line")
        handler.doRollover()  # type: ignore[attr-defined]
        logging.getLogger("creepguard.test").warning("the next file")
        assert {p.name for p in log_dir.iterdir()} == {"creepguard.log", "creepguard.log.1"}
        assert {mode(p) for p in log_dir.iterdir()} == {PRIVATE_FILE}
        assert path.read_text().endswith("the next file\n")
        assert {mode(p) for p in (log_dir, log_dir.parent, log_dir.parent.parent)} == {PRIVATE_DIR}
    finally:
        for handler in root.handlers[:]:
            if handler not in before[0]:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(before[1])
