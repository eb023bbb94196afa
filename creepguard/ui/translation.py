"""The windows' language: one Qt translator, installed before any window is built.

:func:`install_translator` loads only the catalogue the person needs (plus Qt's own, for
the standard dialog buttons), sets the text direction and the locale used for dates and
numbers, and points :mod:`creepguard.i18n` (the code without Qt: settings, storage, the
status lines) at the same language, so both halves of the app speak alike.
"""

from __future__ import annotations

import logging
from pathlib import Path

# Only QCoreApplication at the top: the first use of Qt (the namespace) costs ~25 ms and
# of QLocale and QTranslator ~2 ms, which an English start, following a Linux system's
# language, need not pay before its tray shows. The others are imported where used.
from PySide6.QtCore import QCoreApplication

from creepguard import i18n

__all__ = ["install_translator", "language_name", "system_languages"]

log = logging.getLogger(__name__)


def language_name(code: str) -> str:
    """A language named in itself ("Deutsch", "العربية"), as a person looks for it."""
    known = i18n.LANGUAGE_NAMES.get(code)
    if known:
        return known
    from PySide6.QtCore import QLocale

    native = QLocale(code).nativeLanguageName()
    return native[:1].upper() + native[1:] if native else code


def system_languages() -> list[str]:
    """The languages the system asks for, most wanted first: the environment where it
    says (as the command line reads it, so both agree on Linux), else what Qt learns from
    the platform (the only source on Windows and macOS)."""
    wanted = i18n.language_from_environment()
    if wanted:
        return wanted
    from PySide6.QtCore import QLocale

    return [name.replace("-", "_") for name in QLocale.system().uiLanguages()]


def install_translator(app: QCoreApplication, language: str) -> str:
    """Translate the app into ``language`` ("" follows the system); returns the code used.

    Call once, after the QApplication exists and before any window is built (widgets
    translate their texts when they are made). An unknown language, or a catalogue that
    cannot be loaded, is logged and the app stays English: never an exception.
    """
    if language:
        chosen = i18n.set_language(language)
    else:
        chosen = i18n.resolve_language(system_languages())
        i18n.set_language(chosen)
        chosen = i18n.current_language()
    problem = i18n.catalogue_problem()
    if problem:
        log.warning("%s", problem)
    if chosen != i18n.SOURCE_LANGUAGE:
        from PySide6.QtCore import QTranslator

        path = i18n.catalogue_path(chosen, ".qm")
        translator = QTranslator(app)
        if translator.load(path):
            app.installTranslator(translator)
        else:
            log.warning("the translation %s cannot be loaded; using English", path)
            i18n.set_language(i18n.SOURCE_LANGUAGE)
            chosen = i18n.SOURCE_LANGUAGE
    if chosen != i18n.SOURCE_LANGUAGE:
        _install_qt_catalogue(app, chosen)
    if chosen != i18n.SOURCE_LANGUAGE or language:  # English by default: the system's locale
        _set_locale(chosen)
    if i18n.is_right_to_left(chosen):
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        if not isinstance(app, QGuiApplication):  # no windows: no direction
            return chosen

        # Qt also reads the direction from the catalogue (QT_LAYOUT_DIRECTION); setting it
        # from the language makes an Arabic catalogue without that message mirror too.
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return chosen


def _install_qt_catalogue(app: QCoreApplication, language: str) -> None:
    """Qt's own words (OK, Cancel, Close in standard dialogs), when PySide6 ships them."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    # Qt names them qtbase_pt_BR.qm, qtbase_zh_CN.qm, qtbase_de.qm.
    base = language.split("_", maxsplit=1)[0]
    for code in dict.fromkeys((language, language.lower(), base)):
        path = folder / f"qtbase_{code}.qm"
        if path.is_file():
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
            return


def _set_locale(language: str) -> None:
    """Dates, times and numbers as the language writes them. The system's own locale is
    kept when it is of that language (its region's habits: en_GB's dates, de_CH's
    numbers); otherwise the language's default region is used."""
    from PySide6.QtCore import QLocale

    system = QLocale.system()
    if system.name().split("_", maxsplit=1)[0] != language.split("_", maxsplit=1)[0]:
        QLocale.setDefault(QLocale(language))


def _layout_direction_message() -> str:
    """The message Qt asks the catalogue for to learn the text direction ("LTR" or "RTL"):
    marked here so it is in every catalogue, with Qt's own comment so the lookup matches."""
    return QCoreApplication.translate(
        "QGuiApplication",
        "QT_LAYOUT_DIRECTION",
        "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
        "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.",
    )
