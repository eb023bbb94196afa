"""The tracker keeps OpenSSL out and gives freed heap back (creepguard.startup.process_memory).

Each check runs in a fresh interpreter: both act on the whole process."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import textwrap

import pytest

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def _run(code: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(done.stdout.splitlines()[-1])  # type: ignore[no-any-return]


_IMPORTS_AND_DIGEST = """
    import json, sys
    {before}
    import asyncio, hashlib, sqlalchemy
    maps = open("/proc/self/maps").read()
    try:
        import ssl
        has_ssl = True
    except ImportError:
        has_ssl = False
    print(json.dumps({{
        "marked": marked,
        "openssl_mapped": "libcrypto" in maps or "libssl" in maps,
        "has_ssl": has_ssl,
        "digest": hashlib.sha256(b"creep").hexdigest(),
    }}))
"""


@linux_only
def test_sqlalchemy_and_hashlib_load_without_openssl_and_digests_stay_the_same() -> None:
    kept_out = _run(
        _IMPORTS_AND_DIGEST.format(
            before="from creepguard.startup.process_memory import keep_openssl_out\n"
            "    marked = keep_openssl_out()"
        )
    )
    usual = _run(_IMPORTS_AND_DIGEST.format(before="marked = []"))

    assert usual["openssl_mapped"], "control: without the call, SQLAlchemy brings OpenSSL"
    assert kept_out["marked"] == ["ssl", "_hashlib"]
    assert not kept_out["openssl_mapped"]
    assert not kept_out["has_ssl"]
    # The stored exercise hashes are SHA-256: the built-in digest must be the same one.
    assert kept_out["digest"] == usual["digest"] == hashlib.sha256(b"creep").hexdigest()


def test_modules_already_loaded_are_left_alone() -> None:
    result = _run(
        """
        import json, ssl
        from creepguard.startup.process_memory import keep_openssl_out
        marked = keep_openssl_out()
        import ssl as again
        print(json.dumps({"marked": marked, "same": again is ssl}))
        """
    )
    assert "ssl" not in result["marked"]
    assert result["same"]


@linux_only
def test_freed_heap_goes_back_to_the_system() -> None:
    # Blocks of 2000 bytes come from malloc (not Python's own arenas). Keeping one in 40
    # alive pins the heap's top, so glibc cannot shrink it by itself when the rest is freed.
    result = _run(
        """
        import json, re
        from creepguard.startup.process_memory import release_free_heap
        def rss_kib():
            return int(re.search(r"VmRSS:\\s+(\\d+)", open("/proc/self/status").read())[1])
        blocks = [bytearray(2000) for _ in range(40_000)]
        kept = blocks[::40]
        del blocks
        before = rss_kib()
        released = release_free_heap()
        after = rss_kib()
        print(json.dumps({"released": released, "before": before, "after": after,
                          "kept": len(kept)}))
        """
    )
    if not result["released"]:
        pytest.skip("this C library cannot hand freed heap back (not glibc)")
    freed_mib = (result["before"] - result["after"]) / 1024  # type: ignore[operator]
    assert freed_mib > 20, result  # of ~78 MiB freed
