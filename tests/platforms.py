"""Skips for tests of what only some systems have. The Linux CI runs everything; the
Windows and macOS workflow (``.github/workflows/other-os.yml``) runs the rest.

Whole modules and folders are left out in ``tests/conftest.py`` (``collect_ignore``).
"""

from __future__ import annotations

import os
import socket

import pytest

#: CreepGuard's control socket is a Unix domain socket; CPython on Windows has none
#: (python/cpython#77589)
needs_unix_sockets = pytest.mark.skipif(
    not hasattr(socket, "AF_UNIX"), reason="no Unix domain sockets in this Python (Windows)"
)

#: file modes, symlinks, umask and the effective user id as POSIX has them
posix_only = pytest.mark.skipif(
    os.name != "posix", reason="POSIX file modes, links and user ids (not Windows)"
)
