"""Shared test set-up: Qt runs offscreen unless a test starts its own display, and every
test gets private XDG folders so nothing touches the person's real data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_sessionstart(session: pytest.Session) -> None:
    # The test process makes the same Qt calls as a tracker, by the hundred thousand:
    # it needs the app's workaround for PySide6 6.12.0's reference bug too.
    from creepguard.startup import qt_workarounds

    qt_workarounds.apply()


@pytest.fixture(autouse=True)
def _private_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("xdg")
    for variable, folder in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_RUNTIME_DIR", "run"),
    ):
        (home / folder).mkdir(mode=0o700)
        monkeypatch.setenv(variable, str(home / folder))
    monkeypatch.delenv("CREEPGUARD_HOME", raising=False)
    yield home


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests read English, whatever the machine's language: LANGUAGE (which CreepGuard
    reads first) says so, also to the processes tests start; a test of another language
    sets its own. The translator's choice is forgotten after each test."""
    from creepguard import i18n

    monkeypatch.setenv("LANGUAGE", "en")
    i18n.set_catalogue_dir(None)
    yield
    i18n.set_catalogue_dir(None)
