"""The windows in a long language and in a right-to-left one, on a 1366x768 laptop.

A pseudo-locale (every text accented, ~40 % longer, bracketed: "[Šţàŕţ ñöŵ ~]") stands in
for German and for Arabic before their translators are done: every stretch card, the tray
menu, the today popup, the status window, the welcome, each Settings tab and the History
window are built with it, in their own process (tests/ui/pseudo_layout.py), and must fit
the free area under a panel, with no button narrower than its text, no wrapped label
shorter than its lines, no page scrolling sideways, and no English word left in them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from creepguard import catalogues

ROOT = Path(__file__).resolve().parents[2]
# 1366x768 under a 32 px panel: the offscreen platform's one screen, at 96 dpi.
SCREEN = {
    "synchronousWindowSystemEvents": True,
    "windowFrameMargins": False,
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 736,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    ],
}  # fmt: skip


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent)
    )
    if not found:
        pytest.skip("pyside6-lrelease is not installed (PySide6-Essentials has it)")
    return found


def _pseudo_catalogue(folder: Path, language: str) -> None:
    ts = folder / f"creepguard_{language}.ts"
    catalogues.write_pseudo_ts(ROOT / "translations" / "creepguard_en.ts", ts, language)
    subprocess.run(
        [_lrelease(), "-silent", str(ts), "-qm", str(folder / f"creepguard_{language}.qm")],
        check=True,
    )
    data = catalogues.json_catalogue(ts)
    (folder / f"creepguard_{language}.json").write_text(json.dumps(data), encoding="utf-8")


def _layout(tmp_path: Path, *arguments: str) -> dict[str, Any]:
    """tests/ui/pseudo_layout.py's report, run on the 1366x768 offscreen screen."""
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps(SCREEN), encoding="utf-8")
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        "PYTHONPATH": path,
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.pseudo_layout", *arguments],
        capture_output=True, text=True, timeout=180, cwd=ROOT, env=environment, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


@pytest.mark.parametrize(("language", "direction"), [("de", "ltr"), ("ar", "rtl")])
def test_every_window_fits_and_speaks_the_pseudo_language(
    tmp_path: Path, language: str, direction: str
) -> None:
    _pseudo_catalogue(tmp_path, language)
    shots = os.environ.get("CREEPGUARD_PSEUDO_SHOTS")  # a folder: keep screenshots to look at
    report = _layout(tmp_path, str(tmp_path), language, *([shots] if shots else []))
    assert report["language"] == language
    assert report["direction"] == direction
    assert report["problems"] == []
    assert report["english"] == []


SHIPPED = sorted(p.stem.removeprefix("creepguard_") for p in
                 (ROOT / "resources" / "translations").glob("creepguard_*.qm"))  # fmt: skip


@pytest.mark.parametrize("language", SHIPPED)
def test_every_window_fits_in_each_shipped_language(tmp_path: Path, language: str) -> None:
    """The real translations too: German's long words, Chinese, Arabic, at 1366x768."""
    report = _layout(tmp_path, "--real", str(ROOT / "resources" / "translations"), language)
    assert report["language"] == language
    assert report["problems"] == []


def test_the_pseudo_translation_keeps_placeholders_and_patterns() -> None:
    assert catalogues.pseudo("Next prompt in %1").startswith("[Ñéẋţ þŕöɱþţ îñ %1 ")
    assert "%n" in catalogues.pseudo("%n break(s)")
    assert "<b>" in catalogues.pseudo("<b>Done</b>: you answered")
    text = "A rather long sentence that a language makes longer still, as German does."
    assert len(catalogues.pseudo(text)) >= 1.35 * len(text)
    assert "~" * 9 not in catalogue_padding(text)  # the padding breaks like words


def catalogue_padding(text: str) -> str:
    return catalogues.pseudo(text).rsplit("]", 1)[0].split(".")[-1]
