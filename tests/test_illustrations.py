"""The exercise pictures: two key frames per exercise, drawn from the pose data, readable.

Every exercise has a start frame (``<id>.svg``), an end frame (``<id>-end.svg``) and both
cross-fading in one animated file (``<id>-anim.svg``); the
committed files are exactly what ``scripts/render_illustrations.py`` makes from the
``[pose]`` tables, so nobody can hand-edit them out of step; each renders to a non-empty
picture with Qt's own SVG renderer; and the end frame shows where the exercise is felt as a
highlight that is really visible, not hidden behind another limb.
"""

from __future__ import annotations

import importlib.util
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from creepguard.illustration import (
    ANIMATION_SECONDS,
    ARROW,
    CARD,
    FIGURE,
    FRAMES,
    HIGHLIGHT,
    PoseError,
    animation_file,
    companion_path,
    frame_file,
    frame_pose,
    render,
    render_animation,
    render_frames,
)

ROOT = Path(__file__).resolve().parents[1]
EXERCISES = ROOT / "resources" / "exercises"
ILLUSTRATIONS = ROOT / "resources" / "illustrations"
SCRIPT = ROOT / "scripts" / "render_illustrations.py"
SVG = "{http://www.w3.org/2000/svg}"
TOML_FILES = sorted(EXERCISES.glob("*.toml"))
ALL_FRAMES = [(path, frame) for path in TOML_FILES for frame in FRAMES]
SIZE = 200


def _ids(item: object) -> str:
    if isinstance(item, Path):
        return item.stem
    return str(item)


def _data(path: Path) -> dict[str, object]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("render_illustrations", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _count_near(image: object, colour: str, tolerance: int = 24) -> int:
    """Pixels of a rendered QImage within ``tolerance`` of ``colour`` on every channel."""
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, stride = rgb.width() * 3, rgb.bytesPerLine()
    raw = bytes(rgb.constBits())
    data = b"".join(raw[row * stride : row * stride + width] for row in range(rgb.height()))
    # Per channel, a byte of 1 where it is close enough; AND the three as big integers.
    matches = -1
    for channel, target in enumerate(_rgb(colour)):
        table = bytes(1 if abs(value - target) <= tolerance else 0 for value in range(256))
        matches &= int.from_bytes(data[channel::3].translate(table), "big")
    return matches.bit_count()


def _rendered(svg_path: Path, at_ms: int | None = None) -> object:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg_path))
    assert renderer.isValid(), svg_path.name
    if at_ms is not None:
        assert renderer.animated(), svg_path.name
        renderer.setCurrentFrame(at_ms * renderer.framesPerSecond() // 1000)
    assert renderer.defaultSize().width() == SIZE
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, SIZE, SIZE))
    painter.end()
    return image


# --------------------------------------------------------------------------- the files


def test_every_exercise_has_a_start_and_an_end_frame() -> None:
    assert FRAMES == ("start", "end")
    for path in TOML_FILES:
        assert "end" in _data(path)["pose"], f"{path.name}: no [pose.end] table"  # type: ignore[operator]
        for frame in FRAMES:
            assert (ILLUSTRATIONS / frame_file(path.stem, frame)).is_file(), (path.stem, frame)
        assert (ILLUSTRATIONS / animation_file(path.stem)).is_file(), path.stem


def test_frame_file_names() -> None:
    assert frame_file("neck-turn", "start") == "neck-turn.svg"
    assert frame_file("neck-turn", "end") == "neck-turn-end.svg"
    assert animation_file("neck-turn") == "neck-turn-anim.svg"
    with pytest.raises(PoseError, match="frame"):
        frame_file("neck-turn", "middle")


def test_a_card_finds_the_pair_beside_the_start_picture() -> None:
    for path in TOML_FILES:
        start = str(ILLUSTRATIONS / frame_file(path.stem, "start"))
        assert companion_path(start, "end") == str(ILLUSTRATIONS / frame_file(path.stem, "end"))
        assert companion_path(start, "anim") == str(ILLUSTRATIONS / animation_file(path.stem))
    with pytest.raises(PoseError, match="kind"):
        companion_path(start, "middle")
    with pytest.raises(PoseError, match="svg"):
        companion_path("/tmp/picture.png", "end")


def test_committed_files_are_what_the_generator_makes() -> None:
    script = _script()
    pictures = script.rendered()
    assert set(pictures) == {path.stem for path in TOML_FILES}
    for exercise_id, frames in pictures.items():
        names = [frame_file(exercise_id, frame) for frame in FRAMES]
        assert list(frames) == [*names, animation_file(exercise_id)]
        for name, svg in frames.items():
            committed = (ILLUSTRATIONS / name).read_text(encoding="utf-8")
            assert committed == svg, f"{name} is stale: run python scripts/render_illustrations.py"
    assert script.check(pictures) == 0


def test_no_file_without_an_exercise() -> None:
    expected = {frame_file(path.stem, frame) for path, frame in ALL_FRAMES}
    expected |= {animation_file(path.stem) for path in TOML_FILES}
    assert {path.name for path in ILLUSTRATIONS.glob("*.svg")} == expected


# --------------------------------------------------------------------------- each frame


@pytest.mark.parametrize(("path", "frame"), ALL_FRAMES, ids=_ids)
def test_frame_parses_with_a_title_and_the_card_viewbox(path: Path, frame: str) -> None:
    root = ET.fromstring((ILLUSTRATIONS / frame_file(path.stem, frame)).read_text("utf-8"))
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 200 200"
    title = root.find(f"{SVG}title")
    assert title is not None
    assert title.text
    assert title.text.startswith(str(_data(path)["title"]))


@pytest.mark.parametrize(("path", "frame"), ALL_FRAMES, ids=_ids)
def test_frame_renders_a_figure_with_qt(path: Path, frame: str, qapp: object) -> None:
    image = _rendered(ILLUSTRATIONS / frame_file(path.stem, frame))
    # A figure of a reasonable size, not an empty card: a standing body is ~1,800 px.
    assert _count_near(image, FIGURE, tolerance=12) > 700, path.stem
    assert _count_near(image, CARD, tolerance=6) > 10_000, path.stem


@pytest.mark.parametrize("path", TOML_FILES, ids=_ids)
def test_end_frame_highlights_where_it_is_felt(path: Path, qapp: object) -> None:
    end = ILLUSTRATIONS / frame_file(path.stem, "end")
    root = ET.fromstring(end.read_text(encoding="utf-8"))
    marks = [element for element in root.iter() if element.get("class") == "highlight"]
    assert marks, f"{end.name}: no highlighted muscle"
    assert all(mark.get("stroke") == HIGHLIGHT for mark in marks)
    # Visible in the picture, not drawn and then covered by an arm or a leg.
    assert _count_near(_rendered(end), HIGHLIGHT, tolerance=20) >= 25, end.name


@pytest.mark.parametrize("path", TOML_FILES, ids=_ids)
def test_animation_holds_the_start_then_the_end(path: Path, qapp: object) -> None:
    anim = ILLUSTRATIONS / animation_file(path.stem)
    root = ET.fromstring(anim.read_text(encoding="utf-8"))
    assert root.get("viewBox") == "0 0 200 200"
    assert root.find(f"{SVG}title") is not None
    # Without CSS animation the end frame stays hidden and the start frame shows alone.
    groups = {group.get("class"): group for group in root.iter(f"{SVG}g")}
    assert groups["frame-start"].get("opacity") is None
    assert groups["frame-end"].get("opacity") == "0"
    period = ANIMATION_SECONDS * 1000
    # Held start (a fifth into the cycle): no highlight; held end (two thirds): it shows.
    start, end = _rendered(anim, period // 5), _rendered(anim, period * 2 // 3)
    assert _count_near(start, HIGHLIGHT, tolerance=20) == 0, anim.name
    assert _count_near(end, HIGHLIGHT, tolerance=20) >= 25, anim.name
    assert _count_near(start, FIGURE, tolerance=12) > 700, anim.name
    assert _count_near(end, FIGURE, tolerance=12) > 700, anim.name


def test_animation_needs_an_end_frame() -> None:
    with pytest.raises(PoseError, match=r"pose\.end"):
        render_animation({"torso": 180})


@pytest.mark.parametrize("path", TOML_FILES, ids=_ids)
def test_the_two_frames_show_different_poses(path: Path) -> None:
    pose = _data(path)["pose"]
    assert isinstance(pose, dict)
    start, end = frame_pose(pose, "start"), frame_pose(pose, "end")
    body = {key for key in {*start, *end} if key not in {"arrow", "highlight"}}
    assert any(start.get(key) != end.get(key) for key in body), (
        f"{path.stem}: the end frame only adds marks to the start pose"
    )


def test_start_frames_with_an_arrow_show_it() -> None:
    # The start frame says what to do next; the arrow colour is reserved for that.
    for path in TOML_FILES:
        svg = (ILLUSTRATIONS / f"{path.stem}.svg").read_text(encoding="utf-8")
        if "arrow" in _data(path)["pose"]:  # type: ignore[operator]
            assert ARROW in svg, path.stem


# --------------------------------------------------------------------------- the data


def test_end_inherits_the_start_but_not_its_marks() -> None:
    pose = {
        "torso": 170,
        "props": ["chair"],
        "arrow": {"at": "head", "angle": 90},
        "highlight": {"part": "torso"},
        "end": {"torso": 150},
    }
    assert frame_pose(pose, "end") == {"torso": 150, "props": ["chair"]}
    assert "end" not in frame_pose(pose, "start")


def test_both_frames_share_one_layout() -> None:
    pose = {"leg_left": [0, 0], "anchor": "ankle_left", "end": {"leg_left": [75, -20]}}
    frames = render_frames(pose, title="Squat")
    assert list(frames) == ["start", "end"]
    assert render(pose, frame="end", title="Squat") == frames["end"]
    assert "<title>Squat (end position)</title>" in frames["end"]


def test_a_pose_without_an_end_has_one_frame() -> None:
    assert list(render_frames({"torso": 180})) == ["start"]
    with pytest.raises(PoseError, match=r"pose\.end"):
        render({"torso": 180}, frame="end")


@pytest.mark.parametrize(
    ("pose", "message"),
    [
        ({"highlight": {"part": "tail"}}, r"highlight\[0\]\.part"),
        ({"highlight": {"part": "torso", "edge": "top"}}, r"highlight\[0\]\.edge"),
        ({"highlight": {"part": "torso", "from": 0.8, "to": 0.2}}, "from < to"),
        ({"highlight": [{"part": "torso", "colour": "red"}]}, "unknown keys"),
        ({"highlight": "torso"}, r"pose\.highlight: expected a table"),
        ({"highlight": ["torso"]}, r"highlight\[0\]: expected a table"),
        ({"anchor": "tail"}, r"pose\.anchor"),
        ({"clasp": "yes"}, r"pose\.clasp"),
        ({"pelvis": "up"}, r"pose\.pelvis"),
        ({"end": 3}, r"pose\.end"),
        ({"end": {"end": {}}}, r"pose\.end"),
        ({"end": {"torsoo": 1}}, "unknown keys"),
    ],
)
def test_bad_frame_data_is_reported(pose: dict[str, object], message: str) -> None:
    with pytest.raises(PoseError, match=message):
        render_frames(pose)


def test_a_mirrored_picture_flips_the_drawing_and_keeps_the_title_readable() -> None:
    import xml.etree.ElementTree as ET

    from creepguard.illustration import PoseError, mirrored

    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 200" role="img">'
        '<title>Calf stretch</title><circle cx="10" cy="20" r="5"/></svg>'
    )
    root = ET.fromstring(mirrored(svg))
    ns = "{http://www.w3.org/2000/svg}"
    title, group = list(root)
    assert title.tag == f"{ns}title" and title.text == "Calf stretch"
    assert group.tag == f"{ns}g" and group.get("transform") == "matrix(-1 0 0 1 120 0)"
    assert [child.tag for child in group] == [f"{ns}circle"]
    with pytest.raises(PoseError):
        mirrored("not a picture")
