"""Screenshots of a test's steps, numbered, in a folder named by the test."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import Protocol


class Screen(Protocol):
    def screenshot(self, path: Path) -> Path | None:
        """The whole screen as PNG at ``path``; None where it cannot be taken."""


class Shots:
    """Screenshots of one test's steps, from ``screen`` unless one is given per shot.

    ``CREEPGUARD_E2E_SHOTS=DIR`` also copies them to ``DIR/<test>/``: that is how
    ``docs/screenshots/e2e/`` and ``docs/screenshots/desktops/`` are refreshed.
    """

    def __init__(self, folder: Path, screen: Screen | None = None) -> None:
        self.folder = folder
        self.screen = screen
        self.taken: list[Path] = []

    def take(self, step: str, screen: Screen | None = None) -> Path | None:
        source = screen or self.screen
        assert source is not None, "no screen to take a screenshot of"
        path = source.screenshot(self.folder / f"{len(self.taken) + 1:02d}-{step}.png")
        if path is not None:
            self.taken.append(path)
            keep = os.environ.get("CREEPGUARD_E2E_SHOTS")
            if keep:
                target = Path(keep) / self.folder.name
                target.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target / path.name)
        return path

    def drop(self, path: Path) -> None:
        """Forget a shot that did not show what was wanted (the next one takes its
        number)."""
        self.taken.remove(path)
        path.unlink(missing_ok=True)


def shots_folder(base: Path, test_name: str) -> Path:
    """``base/screenshots/<test name, made safe for a path>``, created."""
    name = re.sub(r"[^A-Za-z0-9_.-]+", "-", test_name).strip("-")
    folder = base / "screenshots" / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder
