"""Alembic migrations, shipped as package data and run programmatically."""
