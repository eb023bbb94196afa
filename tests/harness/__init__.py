"""What the end-to-end tiers share: the real app as a child process, private D-Bus buses,
the processes a desktop is made of, private environments, screenshots.

Used by ``tests/e2e`` (Xvfb and openbox), ``tests/desktops`` (real Wayland compositors)
and ``benchmarks/bench_desktop.py``; nothing here depends on pytest except
:mod:`tests.harness.fixtures`. A program that is missing raises
:class:`~tests.harness.processes.DesktopUnavailable` naming its Debian package, and the
caller decides whether that is a skip or an error.
"""
