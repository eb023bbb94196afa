"""Choosing the next stretch card.

The rules, in the order they apply:

1. Eligible: effectively enabled (the person's choice if they made one, otherwise the
   exercise's default), not marked as hurting, doable at a desk (``office`` and not on the
   floor), not in ``exclude`` ("Another one" on the card), and seated when the person said
   they cannot stand today. Nothing eligible: ``None``.
2. Never the card that was just shown, unless it is the only eligible one.
3. Position: a posture-change prompt (the person has been *sitting*) prefers standing
   exercises, because the point is to get up; a standing-too-long prompt prefers seated
   ones. The other position is used only when the preferred one has nothing eligible.
4. Least recently shown first; never shown counts as oldest. Among never-shown cards of
   a posture-change prompt the chest stretch, the psoas stretch and squats come first (in
   that order: the break exercises the sources name), then never-shown favourites.
5. Favourites come round more often: a favourite's time since it was last shown counts
   double (``FAVOURITE_AGE_FACTOR``), so it falls due sooner; in a steady rotation of six
   cards with one favourite, the favourite is shown about 1.7 times as often as each of
   the others. An age multiplier rather than random weights keeps the rotation fair and
   predictable: every enabled card still comes round, and no card is starved by luck.
6. Ties (several never-shown cards, equal ages) are broken with the injected ``rng``, so
   tests are reproducible with a seeded ``random.Random``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from creepguard.core.exercises import Exercise, Position

if TYPE_CHECKING:
    import random
    from collections.abc import Collection, Mapping, Sequence

__all__ = [
    "FAVOURITE_AGE_FACTOR",
    "STARTERS",
    "ExerciseChoice",
    "ExercisePicker",
    "is_enabled",
]

# The break exercises the sources recommend after a long sit, shown first to a new user.
STARTERS: tuple[str, ...] = ("chest-stretch", "psoas-stretch", "squats")
FAVOURITE_AGE_FACTOR = 2.0


@dataclass(frozen=True, slots=True)
class ExerciseChoice:
    """What the person decided about one exercise.

    Attributes:
        enabled: offer this card (overrides the exercise's default).
        favourite: show it more often.
        hurts: it hurts; never offer it, whatever else is set.
    """

    enabled: bool
    favourite: bool = False
    hurts: bool = False


def is_enabled(exercise: Exercise, choice: ExerciseChoice | None) -> bool:
    """The effective switch: the person's choice if there is one, else the default."""
    return exercise.enabled_by_default if choice is None else choice.enabled


def _seconds(moment: datetime | float) -> float:
    return moment.timestamp() if isinstance(moment, datetime) else float(moment)


class ExercisePicker:
    """Picks the card for a prompt; see the module docstring for the rules.

    Args:
        rng: the only source of randomness (tie-breaking); pass a seeded one in tests.
    """

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def pick(
        self,
        exercises: Sequence[Exercise],
        choices: Mapping[str, ExerciseChoice],
        *,
        for_standing_prompt: bool,
        seated_only: bool,
        last_shown: Mapping[str, datetime] | Mapping[str, float],
        previous_id: str | None,
        exclude: Collection[str] = (),
    ) -> Exercise | None:
        """Choose the next exercise, or ``None`` when nothing is eligible.

        Args:
            exercises: the whole library.
            choices: the person's choices by exercise id; missing ids use the defaults.
            for_standing_prompt: the person has been standing too long (prefer seated
                exercises); ``False`` means they have been sitting and should get up
                (prefer standing exercises).
            seated_only: the person cannot stand today: seated exercises only.
            last_shown: when each exercise was last shown, as datetimes or as seconds on
                any one clock (the two are not mixed in one mapping).
            previous_id: the card shown last, not to be repeated straight away.
            exclude: ids to leave out, e.g. the cards already turned down with "Another
                one" during this prompt.

        Returns:
            The chosen exercise, or ``None``.
        """
        candidates = [
            exercise
            for exercise in exercises
            if exercise.id not in exclude and self._eligible(exercise, choices, seated_only)
        ]
        if not candidates:
            return None
        if len(candidates) > 1:
            candidates = [exercise for exercise in candidates if exercise.id != previous_id]

        preferred = Position.SEATED if for_standing_prompt else Position.STANDING
        pool = [exercise for exercise in candidates if exercise.position is preferred]
        starters = () if for_standing_prompt else STARTERS
        return self._stalest(pool or candidates, choices, last_shown, starters)

    @staticmethod
    def _eligible(
        exercise: Exercise, choices: Mapping[str, ExerciseChoice], seated_only: bool
    ) -> bool:
        choice = choices.get(exercise.id)
        if not is_enabled(exercise, choice) or (choice is not None and choice.hurts):
            return False
        # A prompt interrupts work: nothing that needs lying down or a change of clothes.
        if exercise.position is Position.FLOOR or not exercise.office:
            return False
        return not seated_only or exercise.position is Position.SEATED

    def _stalest(
        self,
        pool: Sequence[Exercise],
        choices: Mapping[str, ExerciseChoice],
        last_shown: Mapping[str, datetime] | Mapping[str, float],
        starters: Sequence[str],
    ) -> Exercise:
        def favourite(exercise: Exercise) -> bool:
            choice = choices.get(exercise.id)
            return choice is not None and choice.favourite

        shown = {key: _seconds(moment) for key, moment in last_shown.items()}
        never = [exercise for exercise in pool if exercise.id not in shown]
        if never:
            by_id = {exercise.id: exercise for exercise in never}
            for starter in starters:
                if starter in by_id:
                    return by_id[starter]
            favourites = [exercise for exercise in never if favourite(exercise)]
            return self._rng.choice(favourites or never)

        # Ages are measured back from the latest show we know of, the nearest thing to
        # "now" the picker has without reading a clock.
        latest = max(shown.values())

        def staleness(exercise: Exercise) -> float:
            age = latest - shown[exercise.id]
            return age * FAVOURITE_AGE_FACTOR if favourite(exercise) else age

        oldest = max(staleness(exercise) for exercise in pool)
        return self._rng.choice([exercise for exercise in pool if staleness(exercise) == oldest])
