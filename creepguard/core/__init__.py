"""The domain: sitting engine, policies, exercise picking and the ports they need.

Rule: nothing in ``creepguard.core`` imports PySide6, SQLAlchemy, Alembic, APScheduler or
the outer packages (``ui``, ``storage``, ``sensing``, ``app``), and nothing here reads the
time itself: time arrives through the :class:`~creepguard.core.clock.Clock` port. The
rule is checked by the import-linter contract in ``pyproject.toml`` and by
``tests/core/test_purity.py``.
"""
