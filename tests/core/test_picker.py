"""The exercise picker: one test per rule, plus properties over random libraries."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from creepguard.core.exercises import Exercise, Hold, HoldKind, Position, load_library
from creepguard.core.picker import STARTERS, ExerciseChoice, ExercisePicker, is_enabled

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)


def make(
    exercise_id: str,
    position: Position = Position.STANDING,
    *,
    office: bool = True,
    default: bool = True,
) -> Exercise:
    return Exercise(
        id=exercise_id,
        title=exercise_id.replace("-", " ").capitalize(),
        position=position,
        office=office,
        enabled_by_default=default,
        hold=Hold(HoldKind.REPS, 8),
        sides=False,
        steps=("One.", "Two.", "Three."),
        why="Because.",
        caution=None,
        tags=(),
        source="001",
        illustration=f"{exercise_id}.svg",
    )


def picker(seed: int = 7) -> ExercisePicker:
    return ExercisePicker(random.Random(seed))


def pick(
    exercises: list[Exercise],
    choices: dict[str, ExerciseChoice] | None = None,
    *,
    for_standing_prompt: bool = False,
    seated_only: bool = False,
    last_shown: dict[str, datetime] | dict[str, float] | None = None,
    previous_id: str | None = None,
    exclude: tuple[str, ...] = (),
    seed: int = 7,
) -> Exercise | None:
    return picker(seed).pick(
        exercises,
        choices or {},
        for_standing_prompt=for_standing_prompt,
        seated_only=seated_only,
        last_shown=last_shown if last_shown is not None else {},
        previous_id=previous_id,
        exclude=exclude,
    )


def picked_id(
    exercises: list[Exercise],
    choices: dict[str, ExerciseChoice] | None = None,
    *,
    for_standing_prompt: bool = False,
    seated_only: bool = False,
    last_shown: dict[str, datetime] | dict[str, float] | None = None,
    previous_id: str | None = None,
    exclude: tuple[str, ...] = (),
    seed: int = 7,
) -> str | None:
    result = pick(
        exercises,
        choices,
        for_standing_prompt=for_standing_prompt,
        seated_only=seated_only,
        last_shown=last_shown,
        previous_id=previous_id,
        exclude=exclude,
        seed=seed,
    )
    return None if result is None else result.id


# --------------------------------------------------------------------------- eligibility


def test_effective_enabled_is_the_choice_if_present_else_the_default() -> None:
    on_by_default, off_by_default = make("on"), make("off", default=False)
    assert is_enabled(on_by_default, None)
    assert not is_enabled(off_by_default, None)
    assert not is_enabled(on_by_default, ExerciseChoice(enabled=False))
    assert is_enabled(off_by_default, ExerciseChoice(enabled=True))
    # The person switched the default-off one on and the default-on one off.
    choices = {"on": ExerciseChoice(enabled=False), "off": ExerciseChoice(enabled=True)}
    for seed in range(20):
        assert picked_id([on_by_default, off_by_default], choices, seed=seed) == "off"


def test_disabled_exercises_are_never_picked() -> None:
    exercises = [make("a"), make("b", default=False), make("c")]
    choices = {"c": ExerciseChoice(enabled=False)}
    for seed in range(30):
        assert picked_id(exercises, choices, seed=seed) == "a"


def test_exercises_that_hurt_are_never_picked_even_as_favourites() -> None:
    exercises = [make("a"), make("b")]
    choices = {"b": ExerciseChoice(enabled=True, favourite=True, hurts=True)}
    for seed in range(30):
        assert picked_id(exercises, choices, seed=seed) == "a"
    assert picked_id([make("b")], choices) is None


def test_floor_and_non_office_exercises_are_never_prompted() -> None:
    exercises = [
        make("mat", Position.FLOOR, office=False),
        make("gym", Position.STANDING, office=False),
        make("desk", Position.SEATED),
    ]
    choices = {
        "mat": ExerciseChoice(enabled=True, favourite=True),
        "gym": ExerciseChoice(enabled=True, favourite=True),
    }
    for prompt in (False, True):
        for seed in range(20):
            assert picked_id(exercises, choices, for_standing_prompt=prompt, seed=seed) == "desk"
    assert picked_id(exercises[:2], choices) is None


def test_returns_none_when_nothing_is_eligible() -> None:
    assert picked_id([]) is None
    assert picked_id([make("a", default=False)]) is None
    assert picked_id([make("a")], seated_only=True) is None
    assert picked_id([make("a")], exclude=("a",)) is None


# --------------------------------------------------------------------------- repetition


def test_never_the_same_card_twice_in_a_row() -> None:
    exercises = [make("a"), make("b")]
    # "a" is by far the stalest, but it was the card just shown.
    last_shown = {"a": T0, "b": T0 + timedelta(hours=1)}
    for seed in range(20):
        assert picked_id(exercises, last_shown=last_shown, previous_id="a", seed=seed) == "b"


def test_previous_card_again_when_it_is_the_only_candidate() -> None:
    exercises = [make("a"), make("b", default=False)]
    assert picked_id(exercises, previous_id="a") == "a"


def test_previous_card_is_avoided_even_across_positions() -> None:
    # Standing is preferred after sitting, but repeating the card matters more.
    exercises = [make("stand"), make("sit", Position.SEATED)]
    assert picked_id(exercises, previous_id="stand") == "sit"


# --------------------------------------------------------------------------- rotation


def test_least_recently_shown_first_with_datetimes() -> None:
    exercises = [make("a"), make("b"), make("c")]
    last_shown = {
        "a": T0 + timedelta(minutes=30),
        "b": T0,
        "c": T0 + timedelta(minutes=60),
    }
    assert picked_id(exercises, last_shown=last_shown) == "b"


def test_least_recently_shown_first_with_seconds() -> None:
    exercises = [make("a"), make("b"), make("c")]
    assert picked_id(exercises, last_shown={"a": 300.0, "b": 900.0, "c": 100.0}) == "c"


def test_never_shown_counts_as_oldest() -> None:
    exercises = [make("a"), make("b"), make("new")]
    last_shown = {"a": T0 - timedelta(days=300), "b": T0}
    assert picked_id(exercises, last_shown=last_shown) == "new"


def test_ties_are_broken_by_the_rng_reproducibly() -> None:
    exercises = [make(f"e{i}") for i in range(8)]
    first = [picked_id(exercises, seed=seed) for seed in range(40)]
    again = [picked_id(exercises, seed=seed) for seed in range(40)]
    assert first == again
    assert len(set(first)) > 3  # not always the first in the list


def test_a_rotation_shows_every_card_before_repeating() -> None:
    exercises = [make(f"e{i}") for i in range(6)]
    chooser = picker()
    last_shown: dict[str, float] = {}
    previous: str | None = None
    seen = []
    for minute in range(12):
        chosen = chooser.pick(
            exercises,
            {},
            for_standing_prompt=False,
            seated_only=False,
            last_shown=last_shown,
            previous_id=previous,
        )
        assert chosen is not None
        seen.append(chosen.id)
        last_shown[chosen.id] = minute * 60.0
        previous = chosen.id
    assert sorted(seen[:6]) == sorted(e.id for e in exercises)
    assert seen[6:] == seen[:6]


def test_favourites_come_round_more_often() -> None:
    exercises = [make(f"e{i}") for i in range(6)]
    choices = {"e3": ExerciseChoice(enabled=True, favourite=True)}
    for seed in range(5):
        chooser = picker(seed)
        last_shown: dict[str, float] = {}
        previous: str | None = None
        counts: Counter[str] = Counter()
        for step in range(600):
            chosen = chooser.pick(
                exercises,
                choices,
                for_standing_prompt=False,
                seated_only=False,
                last_shown=last_shown,
                previous_id=previous,
            )
            assert chosen is not None
            counts[chosen.id] += 1
            last_shown[chosen.id] = step * 1800.0
            previous = chosen.id
        others = [counts[e.id] for e in exercises if e.id != "e3"]
        assert min(others) > 0  # nobody is starved
        assert counts["e3"] > 1.5 * max(others)


def test_never_shown_favourites_come_before_other_never_shown() -> None:
    exercises = [make(f"e{i}") for i in range(8)]
    choices = {"e5": ExerciseChoice(enabled=True, favourite=True)}
    for seed in range(20):
        assert picked_id(exercises, choices, seed=seed) == "e5"


# --------------------------------------------------------------------------- position


def test_posture_change_prefers_standing() -> None:
    exercises = [make("sit-1", Position.SEATED), make("stand"), make("sit-2", Position.SEATED)]
    last_shown = {"stand": T0 + timedelta(hours=2), "sit-1": T0, "sit-2": T0}
    for seed in range(20):
        assert picked_id(exercises, last_shown=last_shown, seed=seed) == "stand"


def test_posture_change_starts_with_chest_psoas_and_squats() -> None:
    exercises = [make("wall-slide"), *(make(i) for i in reversed(STARTERS)), make("calf")]
    choices = {"calf": ExerciseChoice(enabled=True, favourite=True)}
    last_shown: dict[str, datetime] = {}
    order = []
    for minute in range(4):
        chosen = pick(exercises, choices, last_shown=last_shown, previous_id=None)
        assert chosen is not None
        order.append(chosen.id)
        last_shown[chosen.id] = T0 + timedelta(minutes=minute)
    assert order == ["chest-stretch", "psoas-stretch", "squats", "calf"]


def test_starters_apply_only_to_never_shown() -> None:
    exercises = [make("chest-stretch"), make("other")]
    last_shown = {"chest-stretch": T0, "other": T0 - timedelta(hours=1)}
    assert picked_id(exercises, last_shown=last_shown) == "other"


def test_standing_too_long_prefers_seated() -> None:
    exercises = [make("chest-stretch"), make("stand"), make("sit", Position.SEATED)]
    last_shown = {"sit": T0 + timedelta(hours=3), "stand": T0}
    for seed in range(20):
        got = picked_id(exercises, last_shown=last_shown, for_standing_prompt=True, seed=seed)
        assert got == "sit"


def test_standing_too_long_falls_back_to_standing() -> None:
    exercises = [make("stand"), make("sit", Position.SEATED, default=False)]
    assert picked_id(exercises, for_standing_prompt=True) == "stand"


def test_seated_only_gives_seated_exercises_only() -> None:
    exercises = [make("chest-stretch"), make("squats"), make("sit", Position.SEATED)]
    for prompt in (False, True):
        for seed in range(20):
            got = picked_id(exercises, for_standing_prompt=prompt, seated_only=True, seed=seed)
            assert got == "sit"
    assert picked_id(exercises[:2], seated_only=True) is None


# --------------------------------------------------------------------------- "Another one"


def test_exclude_supports_another_one() -> None:
    exercises = [make("a"), make("b"), make("c")]
    shown: list[str] = []
    for _ in range(3):
        got = picked_id(exercises, exclude=tuple(shown))
        assert got is not None
        assert got not in shown
        shown.append(got)
    assert sorted(shown) == ["a", "b", "c"]
    assert picked_id(exercises, exclude=tuple(shown)) is None


# --------------------------------------------------------------------------- properties


def test_real_library_prompts_never_offer_floor_work() -> None:
    library = load_library(ROOT / "resources" / "exercises")
    choices = {e.id: ExerciseChoice(enabled=True) for e in library}  # even if switched on
    chooser = picker()
    last_shown: dict[str, float] = {}
    previous: str | None = None
    for step in range(200):
        chosen = chooser.pick(
            library,
            choices,
            for_standing_prompt=step % 3 == 0,
            seated_only=step % 7 == 0,
            last_shown=last_shown,
            previous_id=previous,
        )
        assert chosen is not None
        assert chosen.position is not Position.FLOOR
        assert chosen.office
        assert chosen.id != previous
        last_shown[chosen.id] = float(step)
        previous = chosen.id


_positions = st.sampled_from(list(Position))
_choice = st.one_of(
    st.none(),
    st.builds(ExerciseChoice, enabled=st.booleans(), favourite=st.booleans(), hurts=st.booleans()),
)


@settings(max_examples=200)
@given(
    specs=st.lists(
        st.tuples(_positions, st.booleans(), st.booleans(), _choice, st.none() | st.integers(0, 9)),
        max_size=8,
    ),
    for_standing_prompt=st.booleans(),
    seated_only=st.booleans(),
    previous=st.none() | st.integers(0, 7),
    excluded=st.sets(st.integers(0, 7), max_size=3),
    seed=st.integers(0, 2**16),
)
def test_whatever_is_picked_is_eligible(
    *,
    specs: list[tuple[Position, bool, bool, ExerciseChoice | None, int | None]],
    for_standing_prompt: bool,
    seated_only: bool,
    previous: int | None,
    excluded: set[int],
    seed: int,
) -> None:
    exercises = [
        make(f"e{i}", position, office=office, default=default)
        for i, (position, office, default, _, _) in enumerate(specs)
    ]
    choices = {f"e{i}": spec[3] for i, spec in enumerate(specs) if spec[3] is not None}
    last_shown = {f"e{i}": float(spec[4]) for i, spec in enumerate(specs) if spec[4] is not None}
    previous_id = None if previous is None else f"e{previous}"
    exclude = {f"e{i}" for i in excluded}

    def eligible(exercise: Exercise) -> bool:
        choice = choices.get(exercise.id)
        return (
            is_enabled(exercise, choice)
            and not (choice is not None and choice.hurts)
            and exercise.office
            and exercise.position is not Position.FLOOR
            and (not seated_only or exercise.position is Position.SEATED)
            and exercise.id not in exclude
        )

    chosen = ExercisePicker(random.Random(seed)).pick(
        exercises,
        choices,
        for_standing_prompt=for_standing_prompt,
        seated_only=seated_only,
        last_shown=last_shown,
        previous_id=previous_id,
        exclude=exclude,
    )
    candidates = [exercise for exercise in exercises if eligible(exercise)]
    if not candidates:
        assert chosen is None
        return
    assert chosen is not None
    assert eligible(chosen)
    if chosen.id == previous_id:
        assert len(candidates) == 1
    preferred = Position.SEATED if for_standing_prompt else Position.STANDING
    if any(c.position is preferred and c.id != previous_id for c in candidates):
        assert chosen.position is preferred
