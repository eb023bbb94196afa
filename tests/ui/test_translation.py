"""install_translator: one catalogue, the direction, the locale, and English on bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from creepguard import i18n
from creepguard.demo import SCRIPT
from creepguard.ui.demo_caption import DemoCaption
from creepguard.ui.translation import install_translator, language_name

ARABIC = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context><name>Tray</name>
    <message><source>&amp;Quit</source><translation>&amp;إنهاء</translation></message>
</context>
<context><name>QGuiApplication</name>
    <message><source>QT_LAYOUT_DIRECTION</source>
        <comment>{comment}</comment>
        <translation>RTL</translation></message>
</context>
</TS>
""".replace(
    "{comment}",
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
    "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.",
)


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[QApplication]:
    """The session's QApplication, with every translator, the direction and the default
    locale put back afterwards."""
    qt = QApplication.instance()
    assert isinstance(qt, QApplication)
    yield qt
    for translator in qt.findChildren(QTranslator):
        qt.removeTranslator(translator)
        translator.deleteLater()
    qt.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale.system())


def _compile(folder: Path, language: str, text: str) -> None:
    lrelease = shutil.which("pyside6-lrelease") or shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent)
    )
    if not lrelease:
        pytest.skip("pyside6-lrelease is not installed")
    ts = folder / f"creepguard_{language}.ts"
    ts.write_text(text, encoding="utf-8")
    qm = folder / f"creepguard_{language}.qm"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    data = {"format": i18n.CATALOGUE_FORMAT, "language": language, "messages": {}}
    (folder / f"creepguard_{language}.json").write_text(json.dumps(data), encoding="utf-8")


def test_arabic_is_translated_and_right_to_left(app: QApplication, tmp_path: Path) -> None:
    _compile(tmp_path, "ar", ARABIC)
    i18n.set_catalogue_dir(str(tmp_path))
    assert install_translator(app, "ar") == "ar"
    assert QCoreApplication.translate("Tray", "&Quit") == "&إنهاء"
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Arabic
    assert i18n.current_language() == "ar"  # the code without Qt speaks it too
    # The catalogue's own QT_LAYOUT_DIRECTION message says RTL, as Qt asks for it.
    direction = QCoreApplication.translate(
        "QGuiApplication",
        "QT_LAYOUT_DIRECTION",
        "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
        "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.",
    )
    assert direction == "RTL"


# The offscreen platform warns when the stay-on-top caption is raised (QPlatformWindow's
# default raise()); xcb does not.
@pytest.mark.qt_log_ignore(r"This plugin does not support raise")
def test_the_demo_caption_speaks_the_shipped_german(app: QApplication, qtbot: QtBot) -> None:
    """The demo's script is marked in English (Qt-free) and translated when shown."""
    assert install_translator(app, "de") == "de"  # the shipped catalogue
    caption = DemoCaption()
    qtbot.addWidget(caption)
    first = SCRIPT[0]
    caption.say(first.caption, first.at_min)
    assert caption.text() != f"Demo, minute 0: {first.caption}"
    assert caption.text().startswith("Demo, Minute 0: ")
    assert first.caption not in caption.text()
    assert caption.windowTitle() == "CreepGuard-Demo"


def test_only_the_needed_catalogue_is_loaded(app: QApplication, tmp_path: Path) -> None:
    _compile(tmp_path, "ar", ARABIC)
    _compile(tmp_path, "fr", ARABIC.replace('language="ar"', 'language="fr"'))
    i18n.set_catalogue_dir(str(tmp_path))
    install_translator(app, "fr")
    ours = [t for t in app.findChildren(QTranslator) if t.filePath().startswith(str(tmp_path))]
    assert [Path(t.filePath()).name for t in ours] == ["creepguard_fr.qm"]
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize("content", [b"", b"not a catalogue", b"<TS>"])
def test_a_broken_qm_leaves_the_app_in_english(
    app: QApplication, tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "creepguard_de.qm").write_bytes(content)
    (tmp_path / "creepguard_de.json").write_text(
        '{"format": 1, "language": "de", "messages": {}}', encoding="utf-8"
    )
    i18n.set_catalogue_dir(str(tmp_path))
    assert install_translator(app, "de") == "en"
    assert i18n.current_language() == "en"
    assert "creepguard_de.qm cannot be loaded; using English" in caplog.text


def test_an_unknown_language_is_english(
    app: QApplication, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    i18n.set_catalogue_dir(str(tmp_path))
    assert install_translator(app, "xx") == "en"
    assert "no translation for the language 'xx'" in caplog.text
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_following_the_system_reads_language(
    app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _compile(tmp_path, "ar", ARABIC)
    i18n.set_catalogue_dir(str(tmp_path))
    monkeypatch.setenv("LANGUAGE", "ar_EG:en")
    assert install_translator(app, "") == "ar"


def test_each_language_is_named_in_itself() -> None:
    assert [language_name(c) for c in ("de", "fr", "ar", "pt_BR", "zh_CN")] == [
        "Deutsch",
        "Français",
        "العربية",
        "Português (Brasil)",
        "简体中文",
    ]
    assert language_name("sv") == "Svenska"  # not in our table: Qt knows it


@pytest.mark.parametrize(
    ("language", "qt_file"), [("pt_BR", "qtbase_pt_BR.qm"), ("de", "qtbase_de.qm")]
)
def test_qts_own_words_come_in_the_regional_language_too(
    app: QApplication, tmp_path: Path, language: str, qt_file: str
) -> None:
    """Qt names its catalogues qtbase_pt_BR.qm (not pt_br): OK and Cancel speak it."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (folder / qt_file).is_file():
        pytest.skip(f"this PySide6 ships no {qt_file}")
    _compile(tmp_path, language, ARABIC.replace('language="ar"', f'language="{language}"'))
    i18n.set_catalogue_dir(str(tmp_path))
    install_translator(app, language)
    loaded = [Path(t.filePath()).name for t in app.findChildren(QTranslator)]
    assert qt_file in loaded
