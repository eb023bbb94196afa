"""Fixtures both end-to-end tiers use; their conftests import them by name."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def app_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A short path for ``CREEPGUARD_HOME``: the control socket's path must stay under
    the 108 bytes a Unix socket address allows."""
    return tmp_path_factory.mktemp("cg")
