"""The exercise library: the shipped files, the loader's checks and the illustrations."""

from __future__ import annotations

import shutil
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from creepguard.core.exercises import (
    Exercise,
    Hold,
    HoldKind,
    LibraryError,
    Position,
    load_library,
)
from creepguard.illustration import PoseError, render

ROOT = Path(__file__).resolve().parents[2]
EXERCISES = ROOT / "resources" / "exercises"
ILLUSTRATIONS = ROOT / "resources" / "illustrations"
ICON = ROOT / "resources" / "icons" / "creepguard.svg"
SVG = "{http://www.w3.org/2000/svg}"

REQUIRED_OFFICE = {
    "chest-stretch",
    "psoas-stretch",
    "squats",
    "up-and-over",
    "calf-stretch",
    "chair-hamstring-stretch",
    "wall-slide",
    "standing-back-bend",
    "seated-side-stretch",
    "neck-turn",
    "neck-tilt",
    "shoulder-shrug",
    "seated-pelvis-reset",
    "standing-march",
    "full-back-release",
}
REQUIRED_FLOOR = {
    "pelvic-tilt",
    "lower-back-rotation",
    "knee-pulls",
    "hip-lift",
    "partial-curl-up",
    "bird-dog",
    "foam-roller-rest",
    "back-press",
    "back-release",
    "arm-reach",
    "leg-reach",
}
TOML_FILES = sorted(EXERCISES.glob("*.toml"))


@pytest.fixture(scope="module")
def library() -> dict[str, Exercise]:
    return {exercise.id: exercise for exercise in load_library(EXERCISES)}


# --------------------------------------------------------------------------- the real library


def test_real_library_loads_with_enough_exercises(library: dict[str, Exercise]) -> None:
    assert len(library) >= 24


def test_every_required_exercise_is_present(library: dict[str, Exercise]) -> None:
    assert library.keys() >= REQUIRED_OFFICE
    assert library.keys() >= REQUIRED_FLOOR


def test_required_office_exercises_can_be_prompted(library: dict[str, Exercise]) -> None:
    for exercise_id in REQUIRED_OFFICE:
        exercise = library[exercise_id]
        assert exercise.office, exercise_id
        assert exercise.position is not Position.FLOOR, exercise_id


def test_every_exercise_has_three_to_six_short_steps(library: dict[str, Exercise]) -> None:
    for exercise in library.values():
        assert 3 <= len(exercise.steps) <= 6, exercise.id
        assert all(len(step) <= 110 for step in exercise.steps), exercise.id
        assert len(exercise.why) <= 140, exercise.id


def test_every_illustration_file_exists(library: dict[str, Exercise]) -> None:
    for exercise in library.values():
        assert exercise.illustration == f"{exercise.id}.svg"
        assert (ILLUSTRATIONS / exercise.illustration).is_file(), exercise.illustration


def test_every_floor_exercise_is_off_by_default_and_not_for_the_office(
    library: dict[str, Exercise],
) -> None:
    floor = [exercise for exercise in library.values() if exercise.position is Position.FLOOR]
    assert {exercise.id for exercise in floor} >= REQUIRED_FLOOR
    for exercise in floor:
        assert not exercise.enabled_by_default, exercise.id
        assert not exercise.office, exercise.id


def test_there_is_something_seated_to_offer(library: dict[str, Exercise]) -> None:
    seated = [
        exercise
        for exercise in library.values()
        if exercise.position is Position.SEATED and exercise.enabled_by_default
    ]
    assert len(seated) >= 5


def test_holds_follow_the_sources(library: dict[str, Exercise]) -> None:
    assert library["up-and-over"].hold == Hold(HoldKind.SECONDS, 300)
    assert library["calf-stretch"].hold == Hold(HoldKind.BREATHS, 10)
    strengthening = [e for e in library.values() if e.source == "001" and e.id != "wall-slide"]
    assert strengthening
    for exercise in strengthening:
        assert exercise.hold == Hold(HoldKind.REPS, 8), exercise.id
        timed = ("5 seconds", "count of five")
        assert any(t in step for step in exercise.steps for t in timed), exercise.id


def test_hold_describe() -> None:
    assert Hold(HoldKind.SECONDS, 30).describe() == "30 s"
    assert Hold(HoldKind.SECONDS, 300).describe() == "5 min"
    assert Hold(HoldKind.SECONDS, 90).describe() == "90 s"
    assert Hold(HoldKind.BREATHS, 10).describe() == "10 breaths"
    assert Hold(HoldKind.BREATHS, 1).describe() == "1 breath"
    assert Hold(HoldKind.REPS, 8).describe() == "8 repetitions"


def test_content_hash_is_stable_and_sensitive(library: dict[str, Exercise]) -> None:
    exercise = library["chest-stretch"]
    again = {e.id: e for e in load_library(EXERCISES)}["chest-stretch"]
    assert exercise.content_hash() == again.content_hash()
    assert len(exercise.content_hash()) == 64
    changed = replace(exercise, steps=(*exercise.steps[:-1], "Breathe."))
    assert changed.content_hash() != exercise.content_hash()
    assert replace(exercise, caution="Careful.").content_hash() != exercise.content_hash()
    hashes = {e.content_hash() for e in library.values()}
    assert len(hashes) == len(library)


# --------------------------------------------------------------------------- loader errors


def _library_with(tmp_path: Path, name: str, text: str) -> Path:
    """A copy of one good exercise plus one file with the given text."""
    shutil.copy(EXERCISES / "squats.toml", tmp_path / "squats.toml")
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _good_text(exercise_id: str = "calf-stretch") -> str:
    return (EXERCISES / f"{exercise_id}.toml").read_text(encoding="utf-8")


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    directory = _library_with(tmp_path, "broken.toml", 'id = "broken"\ntitle = \n')
    with pytest.raises(LibraryError, match=r"broken\.toml.*TOML"):
        load_library(directory)


def test_missing_key_names_the_file_and_key(tmp_path: Path) -> None:
    text = "\n".join(line for line in _good_text().splitlines() if not line.startswith("why ="))
    directory = _library_with(tmp_path, "calf-stretch.toml", text)
    with pytest.raises(LibraryError, match=r"calf-stretch\.toml: why: missing"):
        load_library(directory)


def test_bad_position_names_the_file_and_key(tmp_path: Path) -> None:
    text = _good_text().replace('position = "standing"', 'position = "lying"')
    directory = _library_with(tmp_path, "calf-stretch.toml", text)
    with pytest.raises(LibraryError, match=r"calf-stretch\.toml: position: .*'lying'"):
        load_library(directory)


def test_id_must_match_the_file_name(tmp_path: Path) -> None:
    directory = _library_with(tmp_path, "calf.toml", _good_text())
    with pytest.raises(LibraryError, match=r"calf\.toml: id"):
        load_library(directory)


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ("sides = true", 'sides = "yes"', "sides"),
        ("office = true", "office = 1", "office"),
        ('kind = "breaths"', 'kind = "minutes"', "hold.kind"),
        ("count = 10", "count = 0", "hold.count"),
        ('source = "000"', 'source = "003"', "source"),
        ("[pose.end]", "[extra]", "extra"),
    ],
)
def test_wrong_values_name_the_key(tmp_path: Path, old: str, new: str, key: str) -> None:
    text = _good_text()
    assert old in text
    directory = _library_with(tmp_path, "calf-stretch.toml", text.replace(old, new, 1))
    with pytest.raises(LibraryError, match=rf"calf-stretch\.toml: {key}"):
        load_library(directory)


def test_step_count_is_checked(tmp_path: Path) -> None:
    data = tomllib.loads(_good_text())
    two_steps = '",\n    "'.join(data["steps"][:2])
    text = _good_text()
    start, end = text.index("steps = ["), text.index("]", text.index("steps = ["))
    text = text[:start] + f'steps = [\n    "{two_steps}",\n' + text[end:]
    directory = _library_with(tmp_path, "calf-stretch.toml", text)
    with pytest.raises(LibraryError, match=r"calf-stretch\.toml: steps: expected 3 to 6"):
        load_library(directory)


def test_overlong_step_is_rejected(tmp_path: Path) -> None:
    text = _good_text().replace("then swap legs.", "then swap legs." + " slowly" * 20)
    directory = _library_with(tmp_path, "calf-stretch.toml", text)
    with pytest.raises(LibraryError, match=r"calf-stretch\.toml: steps\[5\]"):
        load_library(directory)


def test_empty_or_missing_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="no exercise files"):
        load_library(tmp_path)
    with pytest.raises(LibraryError, match="not a directory"):
        load_library(tmp_path / "nowhere")


# --------------------------------------------------------------------------- illustrations


@pytest.mark.parametrize("path", TOML_FILES, ids=lambda path: path.stem)
def test_committed_svg_matches_its_pose(path: Path) -> None:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    committed = (ILLUSTRATIONS / f"{path.stem}.svg").read_text(encoding="utf-8")
    assert render(data["pose"], title=data["title"]) == committed, (
        f"{path.stem}.svg is stale: run python scripts/render_illustrations.py"
    )


@pytest.mark.parametrize("path", TOML_FILES, ids=lambda path: path.stem)
def test_svg_parses_with_the_card_viewbox(path: Path) -> None:
    root = ET.fromstring((ILLUSTRATIONS / f"{path.stem}.svg").read_text(encoding="utf-8"))
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 200 200"
    title = root.find(f"{SVG}title")
    assert title is not None
    assert title.text


def test_no_orphan_illustrations() -> None:
    # Each exercise owns its start frame <id>.svg, its end frame <id>-end.svg and the two
    # cross-fading in <id>-anim.svg.
    stems = {f"{path.stem}{suffix}" for path in TOML_FILES for suffix in ("", "-end", "-anim")}
    assert {path.stem for path in ILLUSTRATIONS.glob("*.svg")} <= stems


def test_mirror_flips_the_picture() -> None:
    pose = tomllib.loads((EXERCISES / "calf-stretch.toml").read_text(encoding="utf-8"))["pose"]
    plain, flipped = render(pose), render(pose, mirror=True)
    assert "matrix(-1 0 0 1 200 0)" in flipped
    assert "matrix(" not in plain
    assert render({**pose, "mirror": True}) == flipped


def test_render_is_deterministic() -> None:
    pose = {"view": "front", "arm_left": [90, 90], "props": ["chair"], "lengths": {"thigh": 0.5}}
    assert render(pose) == render(dict(pose))


@pytest.mark.parametrize(
    ("pose", "message"),
    [
        ({"torsoo": 180}, "unknown keys"),
        ({"view": "back"}, "pose.view"),
        ({"torso": "up"}, "pose.torso"),
        ({"arm_left": [1, 2, 3]}, "pose.arm_left"),
        ({"props": ["sofa"]}, "unknown prop"),
        ({"arrow": {"at": "tail", "angle": 0}}, "unknown joint"),
        ({"arrow": {"at": "head"}}, "angle"),
        ({"lengths": {"neck": 2}}, "unknown segment"),
    ],
)
def test_bad_pose_is_reported(pose: dict[str, object], message: str) -> None:
    with pytest.raises(PoseError, match=message):
        render(pose)


def test_app_icon_is_a_square_svg() -> None:
    root = ET.fromstring(ICON.read_text(encoding="utf-8"))
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 256 256"
