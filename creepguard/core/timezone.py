"""The person's time zone, on its own: the status path needs it on every first poll, and
this module costs less to import than the clocks beside it (:mod:`creepguard.core.clock`)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["system_timezone"]


def system_timezone() -> tzinfo:
    """The local time zone with its DST rules (not just today's fixed offset)."""
    name = os.environ.get("TZ", "").lstrip(":")
    try:
        if name:
            return ZoneInfo(name)
        if os.path.exists("/etc/localtime"):  # noqa: PTH110 (os alone: see the module's note)
            with open("/etc/localtime", "rb") as handle:  # noqa: PTH123
                return ZoneInfo.from_file(handle, key="localtime")
    except (ZoneInfoNotFoundError, ValueError, OSError):
        pass
    # Windows and odd systems: a fixed offset is the best the standard library offers.
    local = datetime.now().astimezone().tzinfo
    return local if local is not None else UTC
