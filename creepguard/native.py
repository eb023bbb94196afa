"""Loading the C libraries read through ctypes (libxcb, libX11, libXss, libXext)."""

from __future__ import annotations

import ctypes


def load_library(soname: str, name: str) -> ctypes.CDLL:
    """The library by its versioned soname, which is what distributions ship; else where
    ``ctypes.util.find_library`` finds it. Raises OSError when neither works.

    The soname comes first because ``find_library`` runs ``ldconfig`` in a child process
    on Linux: milliseconds each, at start-up, for a name that is nearly always the soname.
    """
    try:
        return ctypes.CDLL(soname)
    except OSError as first:
        from ctypes.util import find_library

        found = find_library(name)
        if not found:
            raise OSError(f"lib{name} not found ({first})") from first
        return ctypes.CDLL(found)
