"""What ``creepguard diagnose`` shows about activity sensing.

Every backend the factory considered, why each was passed over, and a live reading from
the one in use. The running app answers with :func:`diagnose` on its own source; the CLI
without a running app uses :func:`diagnose_here`, which builds a source just for this.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from creepguard.i18n import fill, tr

if TYPE_CHECKING:
    from creepguard.core.ports import ActivitySource
    from creepguard.sensing.base import BackendReport


@dataclass(frozen=True, slots=True)
class Diagnosis:
    """The sensing part of ``creepguard diagnose``.

    Attributes:
        in_use: the idle backend's name (``"none"`` when nothing could read input).
        reports: every backend considered, in the order tried, then the watchers.
        idle_s: a live idle reading in seconds.
        locked: the screen is locked, per the live reading.
        inhibited: an idle inhibitor is held, per the live reading.
        read_ms: how long that reading took.
        notice: the plain sentence shown when no backend can read input, else None.
    """

    in_use: str
    reports: tuple[BackendReport, ...]
    idle_s: float
    locked: bool
    inhibited: bool
    read_ms: float
    notice: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form (for ``creepguard diagnose --json`` and the local socket)."""
        return {
            "in_use": self.in_use,
            "backends": [
                {"name": r.name, "chosen": r.chosen, "reason": r.reason} for r in self.reports
            ],
            "reading": {
                "idle_s": round(self.idle_s, 3),
                "locked": self.locked,
                "inhibited": self.inhibited,
                "read_ms": round(self.read_ms, 3),
            },
            "notice": self.notice,
        }

    def lines(self) -> list[str]:
        """Printable lines, one per backend, then the live reading."""
        out = [fill(tr("Diagnose", "Activity sensing: %1"), self.in_use)]
        width = max((len(r.name) for r in self.reports), default=0)
        in_use, passed = (
            tr("Diagnose", "in use", "a backend"),
            tr("Diagnose", "passed", "a backend"),
        )
        marks = max(len(in_use), len(passed))
        for report in self.reports:
            mark = in_use if report.chosen else passed
            out.append(f"  [{mark:>{marks}}] {report.name:<{width}}  {report.reason}")
        out.append(
            fill(
                tr("Diagnose", "Live reading: idle %1 s, %2, %3 (read in %4 ms)"),
                f"{self.idle_s:.1f}",
                tr("Diagnose", "locked") if self.locked else tr("Diagnose", "unlocked"),
                tr("Diagnose", "inhibited") if self.inhibited else tr("Diagnose", "not inhibited"),
                f"{self.read_ms:.2f}",
            )
        )
        if self.notice:
            out.append(fill(tr("Diagnose", "Note: %1"), self.notice))
        return out


def diagnose(source: ActivitySource, reports: Sequence[BackendReport]) -> Diagnosis:
    """Describe ``source`` (already built, started or not) with a live reading."""
    began = time.perf_counter()
    sample = source.read()
    read_ms = (time.perf_counter() - began) * 1000.0
    return Diagnosis(
        in_use=source.name,
        reports=tuple(reports),
        idle_s=sample.idle_s,
        locked=sample.locked,
        inhibited=sample.inhibited,
        read_ms=read_ms,
        notice=getattr(source, "notice", None),
    )


class _QuietListener:
    def on_activity_changed(self) -> None:
        return None

    def on_suspend(self, slept_s: float | None = None) -> None:
        del slept_s

    def on_resume(self) -> None:
        return None


def diagnose_here(env: Mapping[str, str] | None = None, **factory_kwargs: Any) -> Diagnosis:
    """Build a source as the app would, read it once, release it.

    Creates a ``QCoreApplication`` when none exists (QtDBus needs one).

    Args:
        env: the environment; ``os.environ`` when None.
        **factory_kwargs: passed on to
            :func:`~creepguard.sensing.factory.create_activity_source`.
    """
    from PySide6.QtCore import QCoreApplication

    from creepguard.sensing.factory import create_activity_source

    app = QCoreApplication.instance() or QCoreApplication([])
    source, reports = create_activity_source(env, **factory_kwargs)
    try:
        source.start(_QuietListener())
        app.processEvents()
        return diagnose(source, reports)
    finally:
        source.stop()


def diagnose_lines(env: Mapping[str, str] | None = None, **factory_kwargs: Any) -> list[str]:
    """The printable lines of :func:`diagnose_here`; never raises (diagnose must report).

    Args:
        env: the environment; ``os.environ`` when None.
        **factory_kwargs: passed on to
            :func:`~creepguard.sensing.factory.create_activity_source`.
    """
    try:
        return diagnose_here(env, **factory_kwargs).lines()
    except Exception as exc:
        return [fill(tr("Diagnose", "Activity sensing: could not be checked (%1)"), repr(exc))]
