"""The last quiet spell counted again, as the tray's "I was away / I was here" asks."""

from __future__ import annotations

import pytest

from creepguard.core.quiet_spell import QuietSpell


def spell(*, was_away: bool) -> QuietSpell:
    # 10 min of quiet after a 25-minute sit; counted as sitting, it left the sit at 35.
    return QuietSpell(start=1500.0, end=2100.0, was_away=was_away, sit_before_s=1500.0,
                      sit_after_s=2100.0 if not was_away else 1500.0)  # fmt: skip


@pytest.mark.parametrize(
    ("min_break_s", "expected_total", "ended"),
    [(120.0, 300.0, True), (900.0, 1800.0, False)],
)
def test_away_takes_the_spell_out_and_a_long_one_ends_the_sit(
    min_break_s: float, expected_total: float, ended: bool
) -> None:
    quiet = spell(was_away=False)
    # 5 minutes sat since the spell: the sit is 40 min now.
    total, was_break = quiet.recount(was_away=True, sit_now=2400.0, min_break_s=min_break_s)
    assert (total, was_break) == (expected_total, ended)
    assert quiet.was_away and quiet.sit_after_s == expected_total - 300.0


def test_here_counts_the_spell_as_sitting_and_keeps_what_followed() -> None:
    quiet = spell(was_away=True)
    total, was_break = quiet.recount(was_away=False, sit_now=1800.0, min_break_s=120.0)
    assert (total, was_break) == (1500.0 + 600.0 + 300.0, False)
    assert not quiet.was_away and quiet.sit_after_s == 2100.0
    # Said twice the other way round, it comes back to where it was.
    assert quiet.recount(was_away=True, sit_now=2400.0, min_break_s=900.0) == (1800.0, False)
