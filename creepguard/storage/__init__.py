"""The local store: SQLite through SQLAlchemy Core, schema by Alembic migrations.

Rule: SQLAlchemy objects never leave this package; repositories take and return the
core's dataclasses. Alembic is imported only when the schema version on disk differs from
the code's, so a normal start pays nothing for it. Nothing here imports Qt or the UI.
"""
