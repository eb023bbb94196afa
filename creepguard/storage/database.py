"""Opening the database file: validity checks, setting aside bad files, migrations."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from creepguard.i18n import fill, tr
from creepguard.paths import private_folder
from creepguard.storage.schema import SCHEMA_HEAD
from creepguard.storage.sqlite_read import schema_problem


class DatabaseUnavailable(OSError):
    """The file cannot be opened or written (read-only folder, full disk...)."""


def _invalid_reason(path: Path) -> str | None:
    """Why ``path`` is not a usable CreepGuard database, or None if it is."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
    except sqlite3.Error as error:
        return fill(tr("Storage", "it cannot be opened (%1)"), error)
    try:
        check = connection.execute("PRAGMA quick_check(1)").fetchone()
        if not check or check[0] != "ok":
            answer = check[0] if check else tr("Storage", "no answer")
            return fill(tr("Storage", "it is damaged (%1)"), answer)
        return schema_problem(connection)
    except sqlite3.DatabaseError as error:
        return fill(tr("Storage", "it is not a valid database (%1)"), error)
    finally:
        connection.close()


def unusable_reason(path: Path) -> str | None:
    """Why the file at ``path`` would be kept aside on opening, or None; changes nothing."""
    return _invalid_reason(path)


def _set_aside(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")  # a file name, not domain time
    target = path.with_name(f"{path.name}.broken-{stamp}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    _restrict(target)  # whoever made the file, the copy kept is the person's data
    return target


def _schema_version(engine: Engine) -> str | None:
    with engine.connect() as connection:
        raw = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name = 'alembic_version'"
        ).fetchone()
        if raw is None:
            return None
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None


def _create(engine: Engine) -> None:
    """A new file gets the head schema from the table definitions, stamped as Alembic
    stamps it (Alembic's documented "create_all, then stamp head" recipe), so the
    tracker never loads Alembic on a first run."""
    from creepguard.storage.schema import metadata

    with engine.begin() as connection:
        metadata.create_all(connection)
        connection.exec_driver_sql(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        )
        connection.exec_driver_sql("INSERT INTO alembic_version VALUES (?)", (SCHEMA_HEAD,))


def _migrate(engine: Engine) -> None:
    # Imported here: Alembic costs ~460 ms and ~16 MiB, kept until the tracker restarts,
    # and is needed only when an older file is upgraded.
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, SCHEMA_HEAD)


def _restrict(path: Path) -> None:
    if os.name != "posix":
        return
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if candidate.exists():
            candidate.chmod(0o600)


def open_database(path: Path) -> tuple[Engine, list[str]]:
    """Open (or create) the database at ``path``, ready for use.

    Returns the engine and notices for the person (a bad file set aside). Raises
    DatabaseUnavailable with a readable message when the folder or disk refuses.
    """
    notices: list[str] = []
    try:
        private_folder(path.parent)
        if path.exists():
            reason = _invalid_reason(path)
            if reason is not None:
                kept = _set_aside(path)
                notices.append(
                    fill(
                        tr(
                            "Storage",
                            "The history file %1 could not be used because %2. It was kept as %3 "
                            "and a new one was started.",
                            "%2 is a reason, as: it is damaged (...)",
                        ),
                        path,
                        reason,
                        kept,
                    )
                )
        old_umask = os.umask(0o077) if os.name == "posix" else None
        try:
            engine = create_engine(f"sqlite:///{path}", poolclass=None)
            event.listen(engine, "connect", _on_connect)
            version = _schema_version(engine)
            if version is None:
                _create(engine)
            elif version != SCHEMA_HEAD:
                _migrate(engine)
        finally:
            if old_umask is not None:
                os.umask(old_umask)
        _restrict(path)
    except (OSError, sqlite3.Error) as error:
        raise DatabaseUnavailable(f"cannot open the history file {path}: {error}") from error
    except Exception as error:  # SQLAlchemy wraps sqlite3's errors in its own
        if type(error).__module__.startswith("sqlalchemy"):
            raise DatabaseUnavailable(
                f"cannot open the history file {path}: {getattr(error, 'orig', error)}"
            ) from error
        raise
    return engine, notices


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: readers (status, history) never block the tracker's writes; NORMAL sync is
    # durable across application crashes, which is what a checkpoint must survive.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=2000")
    cursor.close()
