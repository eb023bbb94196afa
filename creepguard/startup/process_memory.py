"""Keeping the tracker's process small: it runs all day beside the person's own work.

Two things cost memory for nothing in a local-only app (measured in the running tracker,
``docs/performance.md``):

* OpenSSL. SQLAlchemy imports ``asyncio``, which imports ``ssl`` in case a connection
  wants TLS, and ``hashlib`` prefers OpenSSL's digests: together 4-5 MiB of RSS for a
  process that never opens a network connection. Both modules are written to run without
  it (``ssl = None``; hashlib's built-in SHA-2, which gives the same digests).
* Freed heap. Start-up and each closed window leave freed blocks that glibc keeps
  mapped; ``malloc_trim`` hands the unused pages back (~4 MiB after start-up).
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

# The modules that load OpenSSL, each with a fallback inside the standard library.
_TLS_MODULES = ("ssl", "_hashlib")
# hashlib's built-in SHA-2 module: ``_sha2`` from Python 3.12, ``_sha256`` before.
_BUILTIN_SHA2 = ("_sha2", "_sha256")


def keep_openssl_out() -> list[str]:
    """Mark the OpenSSL-backed modules absent for the rest of the process, unless they
    are already loaded or hashlib would lose SHA-256 (a build without its own SHA-2).

    Returns the modules marked. Call before SQLAlchemy or hashlib is imported.
    """
    if not _has_builtin_sha2():
        return []
    marked = []
    for name in _TLS_MODULES:
        if name not in sys.modules:
            # Documented import behaviour: a None entry makes ``import name`` raise
            # ImportError, which asyncio and hashlib catch.
            sys.modules[name] = None  # type: ignore[assignment]
            marked.append(name)
    return marked


def _has_builtin_sha2() -> bool:
    for name in _BUILTIN_SHA2:
        try:
            __import__(name)  # a small C module, which hashlib would load anyway
        except ImportError:
            continue
        return True
    return False


def _load_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None)  # the process's own symbols, libc among them
        trim = libc.malloc_trim  # glibc only: musl has none
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


_trim: Callable[[int], int] | None = None
_trim_loaded = False


def release_free_heap() -> bool:
    """Give the heap's free pages back to the system. True when anything was released;
    False where the C library cannot (not glibc) or had nothing to give."""
    global _trim, _trim_loaded
    if not _trim_loaded:
        _trim, _trim_loaded = _load_trim(), True
    return _trim is not None and bool(_trim(0))
