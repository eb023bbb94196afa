"""Where CreepGuard keeps its files (platformdirs, so XDG variables are respected)."""

from __future__ import annotations

import errno
import os
import warnings
from pathlib import Path

APP = "creepguard"


class AppPaths:
    """The four folders. A plain class: ``dataclasses`` costs ~12 ms to import, and
    ``creepguard status`` runs every few seconds in status bars."""

    __slots__ = ("config_dir", "data_dir", "log_dir", "runtime_dir")

    def __init__(self, data_dir: Path, config_dir: Path, runtime_dir: Path, log_dir: Path) -> None:
        self.data_dir = data_dir
        self.config_dir = config_dir
        self.runtime_dir = runtime_dir
        self.log_dir = log_dir

    def __repr__(self) -> str:
        return f"AppPaths(data_dir={self.data_dir!s}, config_dir={self.config_dir!s})"

    @property
    def database(self) -> Path:
        return self.data_dir / "creepguard.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def control_socket(self) -> Path:
        return self.runtime_dir / "control.sock"

    @property
    def instance_lock(self) -> Path:
        return self.runtime_dir / "instance.lock"

    @classmethod
    def for_user(cls) -> AppPaths:
        import platformdirs

        with warnings.catch_warnings():
            # Without XDG_RUNTIME_DIR platformdirs warns and falls back to /tmp/runtime-UID,
            # which ensure() then creates owner-only; the warning would only clutter a
            # status bar's output.
            warnings.simplefilter("ignore")
            runtime = Path(platformdirs.user_runtime_dir(APP, appauthor=False))
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP, appauthor=False)),
            runtime_dir=runtime,
            log_dir=Path(platformdirs.user_log_dir(APP, appauthor=False)),
        )

    @classmethod
    def from_environment(cls) -> AppPaths:
        """The user's folders, or all under ``$CREEPGUARD_HOME`` (tests, demos, portable
        use)."""
        home = os.environ.get("CREEPGUARD_HOME")
        return cls.under(Path(home)) if home else cls.for_user()

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Every folder inside ``root`` (``--demo``: history stays untouched)."""
        return cls(root / "data", root / "config", root / "run", root / "log")

    @classmethod
    def temporary(cls) -> AppPaths:
        import tempfile

        return cls.under(Path(tempfile.mkdtemp(prefix="creepguard-demo-")))

    def ensure(self) -> None:
        """Create the folders, readable by the owner only."""
        for folder in (self.data_dir, self.config_dir, self.runtime_dir, self.log_dir):
            private_folder(folder)
        # platformdirs keeps the log in the app's state folder (~/.local/state/creepguard/
        # log): that one is ours too, and versions before 0.1.1 left it 0755.
        if self.log_dir.parent.name == APP and os.name == "posix":
            self.log_dir.parent.chmod(0o700)


def private_folder(folder: Path) -> Path:
    """Create ``folder``, owner-only (0700), with any missing folders above it made 0700 too
    (as the XDG base directory spec asks of the base folders); an existing ``folder`` is
    made 0700, the folders above it are left as they are. Returns ``folder``."""
    missing: list[Path] = []
    probe = folder
    while not probe.is_dir() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=0o700)
        except FileExistsError as error:  # made meanwhile, or a file
            if not path.is_dir():
                raise NotADirectoryError(
                    errno.ENOTDIR, f"cannot create the folder {path}: a file is in the way"
                ) from error
        if os.name == "posix":
            path.chmod(0o700)  # whatever the umask made of it
    if os.name == "posix" and not missing:
        folder.chmod(0o700)
    return folder


def resource_dir() -> Path:
    """The ``resources/`` folder: installed as ``creepguard/resources`` (wheel, PyInstaller
    bundle), or at the top of a source checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "resources"
    if (packaged / "exercises").is_dir():
        return packaged
    return here.parent / "resources"
