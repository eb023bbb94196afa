"""The shared folder on disk: whole writes, conflict copies, a folder that is not there,
is a file, is empty after being set up or cannot be written, and files read only again
once they change."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from creepguard import i18n
from creepguard.core.model import Episode, Outcome, Posture, PromptKind, Span, State
from creepguard.core.peers import Presence
from creepguard.sync.folder import (
    FolderProblem,
    FolderReader,
    check_folder,
    conflict_base,
    devices_dir,
    write_whole,
)
from creepguard.sync.formats import day_doc, device_doc, dumps, presence_doc

TZ = timezone(timedelta(hours=1))
T0 = datetime(2026, 12, 3, 9, 0, tzinfo=TZ)
A, B = "a" * 32, "b" * 32


def _word(device: str, seen: datetime) -> bytes:
    presence = Presence(seen, State.SITTING, 60.0, None, None, False, 1800.0)
    return dumps(presence_doc(device, seen, presence, Posture.SITTING, None))


def test_a_whole_write_replaces_the_file_and_leaves_nothing_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "presence.json"
    write_whole(path, b"first\n")
    write_whole(path, b"second\n")
    assert path.read_bytes() == b"second\n"
    assert sorted(p.name for p in path.parent.iterdir()) == ["presence.json"]


def test_a_write_that_fails_halfway_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "presence.json"
    write_whole(path, b"old\n")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_whole(path, b"new, never to be seen half\n")
    assert path.read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["presence.json"]


@pytest.mark.parametrize(
    ("name", "base"),
    [
        ("presence.sync-conflict-20261203-101010-ABCDEFG.json", "presence.json"),
        ("2026-12-03.sync-conflict-20261203-101010-7XQ2ZZA.json", "2026-12-03.json"),
        ("presence (conflicted copy 2026-12-03 101010).json", "presence.json"),
        ("2026-12-03 (Laptop's conflicted copy 2026-12-03).json", "2026-12-03.json"),
        ("presence.json", None),
        ("2026-12-03.json", None),
        (".presence.json.123.abcd.tmp", None),
        ("presence.sync-conflict-nonsense.json", None),
    ],
)
def test_conflict_copies_are_known_by_their_names(name: str, base: str | None) -> None:
    assert conflict_base(name) == base


def test_a_folder_that_is_not_there_is_said_so_and_not_made(tmp_path: Path) -> None:
    folder = tmp_path / "usb-stick"
    with pytest.raises(FolderProblem, match="is not there"):
        check_folder(folder, set_up_before=False)
    assert not folder.exists()  # an unmounted mount point is never filled


def test_a_folder_that_is_not_there_is_said_in_the_persons_language(tmp_path: Path) -> None:
    """The sentence comes from the shipped German catalogue, with the path put in."""
    folder = tmp_path / "usb-stick"
    with pytest.raises(FolderProblem) as english:
        check_folder(folder, set_up_before=False)
    assert i18n.set_language("de") == "de"
    with pytest.raises(FolderProblem) as german:
        check_folder(folder, set_up_before=False)
    said = str(german.value)
    assert said != str(english.value)
    assert str(folder) in said
    assert said.startswith("Der gemeinsame Ordner ")
    assert "is not there" not in said


def test_a_file_where_the_folder_should_be_is_said_so(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.write_text("oops")
    with pytest.raises(FolderProblem, match="is a file, not a folder"):
        check_folder(folder, set_up_before=False)


def test_an_empty_folder_after_set_up_looks_unmounted_and_is_left_empty(tmp_path: Path) -> None:
    assert check_folder(tmp_path, set_up_before=False) == devices_dir(tmp_path)
    (tmp_path / "creepguard" / "devices").rmdir()
    (tmp_path / "creepguard").rmdir()
    with pytest.raises(FolderProblem, match="no longer holds CreepGuard's files"):
        check_folder(tmp_path, set_up_before=True)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_is_said_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests may run as root, for whom permissions do not apply: refuse as the kernel would.
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(FolderProblem, match=r"cannot write .*permission denied"):
        check_folder(tmp_path, set_up_before=False)


def test_the_reader_reads_a_file_again_only_once_it_changed(tmp_path: Path) -> None:
    devices = check_folder(tmp_path, set_up_before=False)
    write_whole(devices / A / "device.json", dumps(device_doc(A, "Desk", T0)))
    write_whole(devices / A / "presence.json", _word(A, T0))
    settled = T0.timestamp()  # written long ago: a coarse clock cannot hide a change
    for name in ("device.json", "presence.json"):
        os.utime(devices / A / name, (settled, settled))
    reader = FolderReader(devices)
    assert reader.view(A).name == "Desk"
    reads = reader.reads
    for _ in range(5):
        assert reader.view(A).word is not None
    assert reader.reads == reads  # a few stats, no reading or parsing
    write_whole(devices / A / "presence.json", _word(A, T0 + timedelta(minutes=1)))
    view = reader.view(A)
    assert view.word is not None and view.word.presence.seen == T0 + timedelta(minutes=1)


def test_a_word_caught_half_written_counts_as_it_was_until_it_arrives(tmp_path: Path) -> None:
    devices = check_folder(tmp_path, set_up_before=False)
    reader = FolderReader(devices)
    write_whole(devices / A / "presence.json", _word(A, T0))
    assert reader.view(A).word is not None
    whole = _word(A, T0 + timedelta(minutes=2))
    (devices / A / "presence.json").write_bytes(whole[: len(whole) // 2])  # a network folder
    view = reader.view(A)
    assert view.word is not None and view.word.presence.seen == T0  # as it was
    assert any("may still be arriving" in problem for problem in view.problems)
    (devices / A / "presence.json").write_bytes(whole)
    view = reader.view(A)
    assert view.word is not None and view.word.presence.seen == T0 + timedelta(minutes=2)
    assert view.problems == []


def test_a_conflicting_copy_of_a_word_the_latest_stands_and_it_is_said(tmp_path: Path) -> None:
    devices = check_folder(tmp_path, set_up_before=False)
    write_whole(devices / A / "presence.json", _word(A, T0))
    conflict = "presence.sync-conflict-20261203-101010-ABCDEFG.json"
    write_whole(devices / A / conflict, _word(A, T0 + timedelta(minutes=5)))
    view = FolderReader(devices).view(A)
    assert view.word is not None and view.word.presence.seen == T0 + timedelta(minutes=5)
    assert view.conflicts == [f"{A}/{conflict}"]


def test_a_day_and_its_conflicting_copy_are_read_together_nothing_lost(tmp_path: Path) -> None:
    devices = check_folder(tmp_path, set_up_before=False)
    day = date(2026, 12, 3)
    morning = Span(State.SITTING, T0, T0 + timedelta(minutes=30))
    noon = Span(State.AWAY, T0 + timedelta(hours=3), T0 + timedelta(hours=4))
    prompt = Episode(PromptKind.POSTURE_CHANGE, T0 + timedelta(minutes=29),
                     T0 + timedelta(minutes=31), Outcome.DONE)  # fmt: skip
    folder = devices / B / "days"
    write_whole(folder / "2026-12-03.json", dumps(day_doc(B, day, [morning], [prompt], T0)))
    copy = "2026-12-03.sync-conflict-20261203-120000-ZZZZZZZ.json"
    write_whole(folder / copy, dumps(day_doc(B, day, [morning, noon], [prompt], T0)))
    reader = FolderReader(devices)
    view = reader.view(B)
    [record] = reader.days(B, day, day, view)
    assert list(record.spans) == [morning, noon]  # each once
    assert list(record.episodes) == [prompt]
    assert view.conflicts == [f"{B}/days/{copy}"]


def test_a_day_from_a_newer_version_is_reported_and_left_out(tmp_path: Path) -> None:
    devices = check_folder(tmp_path, set_up_before=False)
    doc = day_doc(B, date(2026, 12, 3), [], [], T0)
    doc["format"] = 7
    import json

    write_whole(devices / B / "days" / "2026-12-03.json", json.dumps(doc).encode())
    reader = FolderReader(devices)
    view = reader.view(B)
    assert reader.days(B, date(2026, 12, 3), date(2026, 12, 3), view) == []
    assert any("newer CreepGuard (format 7)" in problem for problem in view.problems)


def test_only_device_folders_are_read_and_temporary_files_are_skipped(tmp_path: Path) -> None:
    devices = check_folder(tmp_path, set_up_before=False)
    (devices / "notes").mkdir()
    (devices / ".stfolder").mkdir()
    write_whole(devices / A / "presence.json", _word(A, T0))
    (devices / A / "days").mkdir()
    (devices / A / "days" / ".2026-12-03.json.1.ab.tmp").write_text("{")
    reader = FolderReader(devices)
    assert reader.device_ids() == [A]
    view = reader.view(A)
    assert reader.days(A, date(2026, 12, 1), date(2026, 12, 5), view) == []
    assert view.problems == []


def test_what_creepguard_makes_in_the_folder_is_the_owners_alone(tmp_path: Path) -> None:
    import stat

    devices = check_folder(tmp_path, set_up_before=False)
    write_whole(devices / A / "days" / "2026-12-03.json", b"{}")
    for path in (tmp_path / "creepguard", devices, devices / A, devices / A / "days"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700, path
    assert stat.S_IMODE((devices / A / "days" / "2026-12-03.json").stat().st_mode) == 0o600


def test_without_a_shared_folder_nothing_is_stored(tmp_path: Path) -> None:
    from creepguard.core.clock import FakeClock
    from creepguard.sync.link import FolderLink

    data = tmp_path / "data"
    data.mkdir()
    clock = FakeClock(tz=TZ)
    link = FolderLink(data, data / "h.sqlite3", TZ, clock, folder=None, threaded=False)
    assert link.peers() == () and link.problems() == () and link.devices() == []
    assert list(data.iterdir()) == []  # no id, no state: off means off
    shared = tmp_path / "shared"
    shared.mkdir()
    link.configure(shared, "Desk")  # chosen in Settings: in effect at once
    assert (data / "device-id").exists()
    assert (devices_dir(shared) / link.device / "device.json").exists()
