"""The translator of the code without Qt (creepguard.i18n): Qt's plural rules, the choice
of language from the system and the settings, and what a broken catalogue does."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from creepguard import catalogues, i18n

ROOT = Path(__file__).resolve().parents[1]
NUMBERS = (0, 1, 2, 3, 5, 11, 12, 21, 22, 25, 101, 111)
LANGUAGES = ("en", "de", "fr", "es", "it", "pt_BR", "nl", "pl", "ru", "zh_CN", "ja", "ar")

# The form (0-based) each language uses for NUMBERS, written out by hand from the rules
# (one / few / many for Slavic, zero / one / two / few / many / other for Arabic).
EXPECTED = {
    "en": (1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
    "de": (1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
    "nl": (1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
    "it": (1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
    "es": (1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
    "fr": (0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
    "pt_BR": (0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
    "pl": (2, 0, 1, 1, 2, 2, 2, 2, 1, 2, 2, 2),
    "ru": (2, 0, 1, 1, 2, 2, 2, 0, 1, 2, 0, 2),
    "zh_CN": (0,) * 12,
    "ja": (0,) * 12,
    "ar": (0, 1, 2, 3, 3, 4, 4, 4, 4, 4, 5, 4),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_forms_follow_the_rules(language: str) -> None:
    assert tuple(i18n.plural_index(language, n) for n in NUMBERS) == EXPECTED[language]
    assert i18n.plural_forms(language) == max(EXPECTED[language]) + 1


def _tool(name: str) -> str:
    """A PySide6 tool, from PATH or beside the interpreter (the venv's bin)."""
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        pytest.skip(f"{name} is not installed (PySide6-Essentials has it)")
    return found


def test_plural_rules_are_the_ones_qt_compiles(tmp_path: Path) -> None:
    """lupdate makes as many numerus slots as plural_forms says, and a catalogue lrelease
    compiles picks, through QTranslator, the form plural_index picks."""
    from PySide6.QtCore import QTranslator

    lupdate, lrelease = _tool("pyside6-lupdate"), _tool("pyside6-lrelease")
    source = tmp_path / "sample.py"
    source.write_text('tr("C", "%n x", None, 1)\n', encoding="utf-8")
    for language in LANGUAGES:
        ts, qm = tmp_path / f"{language}.ts", tmp_path / f"{language}.qm"
        subprocess.run(
            [lupdate, "-silent", "-target-language", language, "-tr-function-alias",
             "tr=qobject_tr_unused,translate+=tr", str(source), "-ts", str(ts)],
            check=True,
        )  # fmt: skip
        text = ts.read_text(encoding="utf-8")
        slots = text.count("<numerusform></numerusform>")
        assert slots == i18n.plural_forms(language), language
        parts = text.split("<numerusform></numerusform>")
        text = parts[0] + "".join(
            f"<numerusform>F{index}</numerusform>{part}" for index, part in enumerate(parts[1:])
        )
        ts.write_text(text.replace(' type="unfinished"', ""), encoding="utf-8")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        translator = QTranslator()
        assert translator.load(str(qm))
        qt = [int(translator.translate("C", "%n x", None, n)[1:]) for n in NUMBERS]
        assert qt == [i18n.plural_index(language, n) for n in NUMBERS], language


def test_english_plurals_come_from_the_source_text() -> None:
    assert i18n.translate("Cli", "%n break(s)", None, 1) == "1 break"
    assert i18n.translate("Cli", "%n break(s)", None, 0) == "0 breaks"
    assert i18n.translate("Cli", "%n break(s)", None, 21) == "21 breaks"
    assert i18n.english_plural("%n day(s) (%1 Done)", 2) == "%n days (%1 Done)"
    assert i18n.english_plural("(s) alone", 2) == "(s) alone"


def test_fill_puts_values_in_once() -> None:
    assert i18n.fill("%1 of %2 (%1%)", "a%2", 5) == "a%2 of 5 (a%2%)"
    assert i18n.fill("100% of %3", "x") == "100% of %3"


@pytest.mark.parametrize(
    ("environment", "wanted"),
    [
        ({"LANGUAGE": "pt_BR:pt", "LANG": "de_DE.UTF-8"}, ["pt_BR", "pt"]),
        ({"LC_ALL": "pt_BR.UTF-8", "LANG": "de_DE.UTF-8"}, ["pt_BR"]),
        ({"LC_MESSAGES": "zh_CN.UTF-8@pinyin", "LANG": "de_DE"}, ["zh_CN"]),
        ({"LANG": "de_AT.ISO-8859-1"}, ["de_AT"]),
        ({"LANG": "C.UTF-8"}, ["en"]),
        ({"LANGUAGE": "", "LANG": "POSIX"}, ["en"]),
        ({}, []),
    ],
)
def test_the_system_language_is_read_as_gettext_reads_it(
    environment: dict[str, str], wanted: list[str]
) -> None:
    assert i18n.language_from_environment(environment) == wanted


@pytest.mark.parametrize(
    ("wanted", "chosen"),
    [
        (["pt_BR", "pt"], "pt_BR"),
        (["pt"], "pt_BR"),  # the only Portuguese there is
        (["zh_CN"], "zh_CN"),
        (["zh_TW", "en"], "en"),  # not the Simplified Chinese: a reader of zh_TW said en next
        (["de_AT"], "de"),
        (["sv", "fr", "de"], "fr"),  # the list's order decides
        (["sv"], "en"),
        ([], "en"),
    ],
)
def test_the_first_language_with_a_catalogue_is_chosen(wanted: list[str], chosen: str) -> None:
    available = ["en", "de", "fr", "pt_BR", "zh_CN", "ar"]
    assert i18n.resolve_language(wanted, available) == chosen


def _catalogue(folder: Path, language: str, messages: dict[str, object]) -> None:
    folder.mkdir(exist_ok=True)
    data = {"format": i18n.CATALOGUE_FORMAT, "language": language, "messages": messages}
    (folder / f"creepguard_{language}.json").write_text(json.dumps(data), encoding="utf-8")


def test_a_catalogue_translates_and_picks_plural_forms(tmp_path: Path) -> None:
    _catalogue(
        tmp_path,
        "pl",
        {
            i18n.key("Cli", "Tracker: not running"): "Tracker: nie działa",
            i18n.key("Cli", "%n break(s)"): ["%n przerwa", "%n przerwy", "%n przerw"],
        },
    )
    i18n.set_catalogue_dir(str(tmp_path))
    assert i18n.set_language("pl") == "pl"
    assert i18n.tr("Cli", "Tracker: not running") == "Tracker: nie działa"
    shown = [i18n.tr("Cli", "%n break(s)", None, n) for n in (1, 2, 5, 22, 25)]
    assert shown == ["1 przerwa", "2 przerwy", "5 przerw", "22 przerwy", "25 przerw"]
    assert i18n.tr("Cli", "Session type") == "Session type"  # missing: English


def test_the_system_language_is_used_when_the_setting_is_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _catalogue(tmp_path, "de", {i18n.key("Cli", "Desktop"): "Arbeitsumgebung"})
    i18n.set_catalogue_dir(str(tmp_path))
    monkeypatch.setenv("LANGUAGE", "sv:de_DE")
    assert i18n.set_language("") == "de"
    assert i18n.tr("Cli", "Desktop") == "Arbeitsumgebung"


@pytest.mark.parametrize(
    "content",
    [b"{not json", b'{"format": 1, "language": "fr", "messages": {}}', b"[]", b"\xff\xfe"],
)
def test_a_broken_catalogue_is_english_with_a_reason(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "creepguard_de.json").write_bytes(content)
    i18n.set_catalogue_dir(str(tmp_path))
    assert i18n.set_language("de") == "en"
    assert i18n.tr("Cli", "Desktop") == "Desktop"
    problem = i18n.catalogue_problem()
    assert problem is not None
    assert "creepguard_de.json" in problem
    assert problem.endswith("using English")


def test_an_unknown_language_setting_is_english_with_a_reason(tmp_path: Path) -> None:
    i18n.set_catalogue_dir(str(tmp_path))
    assert i18n.set_language("xx") == "en"
    assert i18n.catalogue_problem() == "no translation for the language 'xx'; using English"
    assert i18n.set_language("en") == "en"
    assert i18n.catalogue_problem() is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('language = "de"\n', "de"),
        ("# c\nlanguage='pt_BR'  # comment\nother = 1\n", "pt_BR"),
        ('language = ""\n', ""),
        ("languages = 'de'\n", ""),
        ("language = de\n", ""),  # not TOML: settings.load reports it
        ("", ""),
    ],
)
def test_the_language_setting_is_read_without_tomllib(
    tmp_path: Path, text: str, value: str
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    assert i18n.language_setting(str(path)) == value
    assert i18n.language_setting(str(tmp_path / "missing.toml")) == ""


def test_the_settings_file_is_where_app_paths_puts_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from creepguard.paths import AppPaths

    assert i18n.settings_file() == str(AppPaths.from_environment().settings_file)
    monkeypatch.setenv("CREEPGUARD_HOME", "/somewhere")
    assert i18n.settings_file() == str(AppPaths.from_environment().settings_file)


def test_every_context_the_code_without_qt_uses_is_in_the_json_catalogue() -> None:
    """A context missing from NO_QT_CONTEXTS would never be translated on the command line."""
    used = set()
    for path in (ROOT / "creepguard").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "from creepguard.i18n import" in text and "PySide6" not in text:
            used |= set(re.findall(r'\btr\(\s*"(\w+)"', text))
    assert used
    assert used <= set(catalogues.NO_QT_CONTEXTS)


def test_the_status_path_imports_neither_re_nor_pathlib_for_translation() -> None:
    """Translating into English costs the status path no module it does not load anyway
    (``re`` ~3 ms, ``pathlib`` ~5 ms, ``json`` only once a catalogue is read)."""
    code = (
        "import sys, json; before = set(sys.modules); import creepguard.i18n as i; "
        "i.tr('Cli', 'x'); i.fill('%1', 1); i.tr('Cli', '%n x(s)', None, 2); "
        "print(json.dumps(sorted(set(sys.modules) - before)))"
    )
    result = subprocess.run(
        [sys.executable, "-S", "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    loaded = set(json.loads(result.stdout))
    assert "creepguard.i18n" in loaded
    assert not loaded & {"re", "pathlib", "tomllib", "typing", "locale", "gettext"}, loaded
