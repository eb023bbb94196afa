"""Start-up: the quick paths, the start-up order, and the Qt and allocator workarounds.

The only package allowed to play import-order tricks: ``quick`` answers ``creepguard
status`` without Qt or SQLAlchemy, ``runner`` puts the tray on screen before the store and
the backends load, ``qt_workarounds`` must run right after the binding's first import, and
``process_memory`` keeps OpenSSL out and gives start-up's garbage back. Imports inside
functions are deliberate here (measured in docs/performance.md); elsewhere they need a
reason that tests/test_architecture.py accepts.
"""
