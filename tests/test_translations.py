"""Every translation is complete and every compiled file is what its source makes.

- each ``translations/creepguard_<code>.ts``: every message of the English catalogue,
  finished, with its placeholders and the language's number of plural forms;
- each ``resources/exercises/translations/<code>.toml``: every exercise, every text, the
  same number of steps, a caution exactly where the English has one;
- ``resources/translations/*.qm`` and ``*.json``, and the translated lines of the desktop
  entry and the AppStream metadata, are what ``scripts/build_translations.sh`` writes.

With no language yet these pass trivially; the tests on broken fixtures show they can fail.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from creepguard import catalogues, packaging_texts
from creepguard.core.exercises import (
    LibraryError,
    load_library,
    read_translation,
    translation_gaps,
)

ROOT = Path(__file__).resolve().parents[1]
EXERCISES = ROOT / "resources" / "exercises"
COMPILED = ROOT / "resources" / "translations"
CATALOGUES = catalogues.language_catalogues(ROOT)
EXERCISE_TRANSLATIONS = sorted((EXERCISES / "translations").glob("*.toml"))


@pytest.fixture(scope="module")
def english() -> list[catalogues.Message]:
    return catalogues.english_messages(ROOT)


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.stem)
def test_each_catalogue_is_complete(path: Path, english: list[catalogues.Message]) -> None:
    problems = catalogues.completeness_problems(english, path)
    assert not problems, "\n".join(problems[:40]) + f"\n({len(problems)} problems)"


@pytest.mark.parametrize("path", EXERCISE_TRANSLATIONS, ids=lambda p: p.stem)
def test_each_exercise_translation_is_complete(path: Path) -> None:
    english = load_library(EXERCISES)
    load_library(EXERCISES, path.stem)  # raises LibraryError on a contradiction
    assert translation_gaps(english, read_translation(path)) == []
    assert (ROOT / "translations" / f"creepguard_{path.stem}.ts").is_file(), (
        "an exercise translation for a language without a catalogue is never shown"
    )


def test_the_english_catalogue_is_whole(english: list[catalogues.Message]) -> None:
    keys = [message.key for message in english]
    assert len(keys) == len(set(keys))
    assert all(message.context for message in english)
    contexts = {message.context for message in english}
    assert {"Packaging", "QGuiApplication", *catalogues.NO_QT_CONTEXTS} <= contexts


# ---------------------------------------------------------------------- broken fixtures

FIXTURE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}" sourcelanguage="en">
<context>
    <name>Cli</name>
    {messages}
</context>
</TS>
"""


def _fixture(folder: Path, language: str, messages: str) -> Path:
    path = folder / f"creepguard_{language}.ts"
    path.write_text(FIXTURE.format(language=language, messages=messages), encoding="utf-8")
    return path


ENGLISH = [
    catalogues.Message("Cli", "Week %1", "", False, (), False),
    catalogues.Message("Cli", "%n break(s)", "", True, (), False),
    catalogues.Message("Cli", "Tracker: not running", "", False, (), False),
    catalogues.Message("QGuiApplication", "QT_LAYOUT_DIRECTION", "", False, (), False),
]
GOOD_DE = """
    <message><source>Week %1</source><translation>Woche %1</translation></message>
    <message numerus="yes"><source>%n break(s)</source><translation>
        <numerusform>%n Pause</numerusform><numerusform>%n Pausen</numerusform>
    </translation></message>
    <message><source>Tracker: not running</source><translation>Tracker: aus</translation></message>
</context><context><name>QGuiApplication</name>
    <message><source>QT_LAYOUT_DIRECTION</source><translation>LTR</translation></message>
"""


def test_a_complete_fixture_passes(tmp_path: Path) -> None:
    assert catalogues.completeness_problems(ENGLISH, _fixture(tmp_path, "de", GOOD_DE)) == []


@pytest.mark.parametrize(
    ("broken", "problem"),
    [
        (GOOD_DE.replace("Woche %1", "Woche"), "placeholders"),
        (GOOD_DE.replace("<translation>Tracker: aus", '<translation type="unfinished">Tr'),
         "not finished"),
        (GOOD_DE.replace("<translation>Tracker: aus</translation>", "<translation/>"),
         "not finished"),
        (GOOD_DE.replace("<source>Tracker: not running</source>", "<source>Other</source>"),
         "missing"),
        (GOOD_DE.replace("<numerusform>%n Pausen</numerusform>", ""), "1 plural forms"),
        (GOOD_DE.replace("%n Pause", "eine Pause").replace("%n Pausen", "Pausen"),
         "%n is in no plural form"),
        (GOOD_DE.replace(">LTR<", ">RTL<"), "must be LTR"),
    ],
)  # fmt: skip
def test_a_broken_fixture_fails(tmp_path: Path, broken: str, problem: str) -> None:
    problems = catalogues.completeness_problems(ENGLISH, _fixture(tmp_path, "de", broken))
    assert any(problem in line for line in problems), problems


def test_a_slavic_catalogue_needs_three_forms(tmp_path: Path) -> None:
    problems = catalogues.completeness_problems(ENGLISH, _fixture(tmp_path, "pl", GOOD_DE))
    assert any("2 plural forms, pl has 3" in line for line in problems), problems


def test_an_unreadable_catalogue_fails(tmp_path: Path) -> None:
    path = tmp_path / "creepguard_de.ts"
    path.write_text("<TS><context>", encoding="utf-8")
    assert catalogues.completeness_problems(ENGLISH, path)


def _exercise_fixture(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "exercises"
    shutil.copytree(EXERCISES, folder, ignore=shutil.ignore_patterns("translations"))
    (folder / "translations").mkdir()
    (folder / "translations" / "de.toml").write_text(text, encoding="utf-8")
    return folder


CHEST = """
[chest-stretch]
title = "Brustdehnung"
steps = ["Eins.", "Zwei.", "Drei.", "Vier."]
why = "Öffnet die Brust."
"""


def test_an_exercise_translation_replaces_only_texts(tmp_path: Path) -> None:
    folder = _exercise_fixture(tmp_path, CHEST)
    english = {e.id: e for e in load_library(folder)}
    german = {e.id: e for e in load_library(folder, "de")}
    chest = german["chest-stretch"]
    assert (chest.title, chest.steps[0], chest.why) == (
        "Brustdehnung",
        "Eins.",
        "Öffnet die Brust.",
    )
    assert (chest.hold, chest.tags, chest.illustration) == (
        english["chest-stretch"].hold,
        english["chest-stretch"].tags,
        english["chest-stretch"].illustration,
    )
    # Another exercise, not in the file, stays English; the gaps say so.
    assert german["bird-dog"] == english["bird-dog"]
    gaps = translation_gaps(
        list(english.values()), read_translation(folder / "translations" / "de.toml")
    )
    assert "bird-dog: every text" in gaps
    assert not any(gap.startswith("chest-stretch") for gap in gaps)


def test_a_missing_field_is_english_and_a_gap(tmp_path: Path) -> None:
    folder = _exercise_fixture(tmp_path, '[chest-stretch]\ntitle = "Brustdehnung"\n')
    chest = {e.id: e for e in load_library(folder, "de")}["chest-stretch"]
    assert chest.title == "Brustdehnung"
    assert chest.steps[0].startswith("Stand up tall")
    gaps = translation_gaps(
        load_library(folder), read_translation(folder / "translations" / "de.toml")
    )
    assert {"chest-stretch: steps", "chest-stretch: why"} <= set(gaps)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (CHEST.replace("[chest-stretch]", "[chest-strech]"),
         "de.toml: chest-strech: no such exercise"),
        (CHEST.replace('"Drei.", ', ""), "expected 4 steps as in English, got 3"),
        (CHEST + 'caution = "Vorsicht."\n', "the English exercise has no caution"),
        (CHEST + 'hold = 5\n', "hold: unknown key"),
        (CHEST.replace('why = "', "why = "), "de.toml: not valid TOML"),
        (CHEST.replace('"Öffnet die Brust."', '""'), "expected non-empty text"),
        (CHEST.replace('"Eins."', '"' + "x" * 200 + '"'), "steps[1]: longer than 165"),
    ],
)  # fmt: skip
def test_a_contradicting_exercise_translation_is_a_clear_error(
    tmp_path: Path, text: str, message: str
) -> None:
    folder = _exercise_fixture(tmp_path, text)
    with pytest.raises(LibraryError, match=re.escape(message)):
        load_library(folder, "de")


def test_the_app_shows_english_exercises_when_a_translation_is_broken(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from creepguard.app import load_exercises

    folder = _exercise_fixture(tmp_path, "[nope]\ntitle = 'x'\n")
    assert load_exercises(folder, "de") == load_library(folder)
    assert "nope: no such exercise; the exercises are shown in English" in caplog.text


# ---------------------------------------------------------------------- compiled files


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent)
    )
    if not found:
        pytest.skip("pyside6-lrelease is not installed (PySide6-Essentials has it)")
    return found


def test_the_compiled_catalogues_are_the_ones_of_the_sources(tmp_path: Path) -> None:
    """Run scripts/build_translations.sh after changing a .ts: this says which is stale."""
    expected = {f"{path.stem}{suffix}" for path in CATALOGUES for suffix in (".qm", ".json")}
    present = {p.name for p in COMPILED.glob("creepguard_*") if p.suffix in (".qm", ".json")}
    assert present == expected
    lrelease = _lrelease()
    for path in CATALOGUES:
        qm = tmp_path / f"{path.stem}.qm"
        subprocess.run(
            [lrelease, "-silent", "-nounfinished", "-removeidentical", str(path), "-qm", str(qm)],
            check=True,
        )
        assert (COMPILED / qm.name).read_bytes() == qm.read_bytes(), f"{qm.name} is stale"
        written = json.loads((COMPILED / f"{path.stem}.json").read_text(encoding="utf-8"))
        assert written == catalogues.json_catalogue(path), f"{path.stem}.json is stale"


def test_the_packaging_files_carry_the_finished_translations() -> None:
    translations = catalogues.packaging_translations(CATALOGUES)
    for name, localize in (
        ("creepguard.desktop", catalogues.localized_desktop),
        ("io.github.creepguard.CreepGuard.metainfo.xml", catalogues.localized_metainfo),
    ):
        text = (ROOT / "packaging" / "linux" / name).read_text(encoding="utf-8")
        assert text == localize(text, translations), f"{name} is stale"


def test_every_packaging_text_is_the_one_in_the_files() -> None:
    """packaging_texts and the files agree, so no translation is silently left out."""
    desktop = (ROOT / "packaging" / "linux" / "creepguard.desktop").read_text(encoding="utf-8")
    group = ""
    found = {}
    for line in desktop.splitlines():
        if line.startswith("["):
            group = line.strip("[]")
        key, _, value = line.partition("=")
        if f"{group}/{key}" in packaging_texts.DESKTOP:
            found[f"{group}/{key}"] = value
    assert found == packaging_texts.DESKTOP
    metainfo = ROOT / "packaging" / "linux" / "io.github.creepguard.CreepGuard.metainfo.xml"
    english = [
        " ".join(match["body"].split())
        for match in catalogues._ELEMENT.finditer(metainfo.read_text(encoding="utf-8"))
    ]
    release_notes = [text for text in english if text.startswith("The first release")]
    assert sorted(set(english) - set(release_notes)) == sorted(packaging_texts.METAINFO)


def test_translations_land_in_the_packaging_files() -> None:
    translations = {"de": {"Take a Break Now": "Jetzt Pause machen", "A sit/stand toggle for "
                           "standing desks": "Sitzen & Stehen <umschalten>"}}  # fmt: skip
    desktop = (ROOT / "packaging" / "linux" / "creepguard.desktop").read_text(encoding="utf-8")
    assert "Name[de]=Jetzt Pause machen\n" in catalogues.localized_desktop(desktop, translations)
    metainfo = ROOT / "packaging" / "linux" / "io.github.creepguard.CreepGuard.metainfo.xml"
    localized = catalogues.localized_metainfo(metainfo.read_text(encoding="utf-8"), translations)
    assert '<li xml:lang="de">Sitzen &amp; Stehen &lt;umschalten&gt;</li>' in localized
    # Written again, nothing doubles.
    assert catalogues.localized_metainfo(localized, translations) == localized
