"""A new file is created from the table definitions; it must match what the migrations
build, and an existing file still upgrades through Alembic."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine

from creepguard.storage import database
from creepguard.storage.schema import SCHEMA_HEAD


def _shape(path: Path) -> dict[str, object]:
    """Tables, columns (type, not-null, default, key) and indexes: what queries rely on."""
    connection = sqlite3.connect(path)
    try:
        tables = sorted(
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        )
        shape: dict[str, object] = {}
        for table in tables:
            columns = [row[1:] for row in connection.execute(f"PRAGMA table_info({table})")]
            indexes = sorted(
                (row[1], tuple(c[2] for c in connection.execute(f"PRAGMA index_info({row[1]})")))
                for row in connection.execute(f"PRAGMA index_list({table})")
                if not row[1].startswith("sqlite_autoindex")
            )
            shape[table] = (columns, indexes)
        shape["version"] = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        return shape
    finally:
        connection.close()


def test_a_new_file_matches_the_migrations(tmp_path: Path) -> None:
    created = tmp_path / "created.sqlite3"
    database.open_database(created)[0].dispose()

    migrated = tmp_path / "migrated.sqlite3"
    engine = create_engine(f"sqlite:///{migrated}")
    database._migrate(engine)
    engine.dispose()

    assert _shape(created) == _shape(migrated)
    assert _shape(created)["version"] == [(SCHEMA_HEAD,)]


def test_a_first_run_does_not_load_alembic(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from creepguard.storage import database\n"
        f"database.open_database(Path({str(tmp_path / 'new.sqlite3')!r}))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"
    assert (tmp_path / "new.sqlite3").exists()


def test_a_file_behind_the_head_revision_goes_to_alembic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    database.open_database(path)[0].dispose()
    upgraded: list[Engine] = []
    # Only one revision exists so far: a newer head stands in for the next release.
    monkeypatch.setattr(database, "SCHEMA_HEAD", "0002")
    monkeypatch.setattr(database, "_migrate", upgraded.append)
    database.open_database(path)[0].dispose()
    assert len(upgraded) == 1
    assert _shape(path)["version"] == [("0001",)]  # nothing re-created over it
