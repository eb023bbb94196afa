"""The reference model: README's "How time is counted", one second at a time.

Written from the rules, not from the engine: it labels every second of a day with what
the person was doing, keeps the sit and the standing time as plain counters, and opens
and closes cards as the rules say. It is slow and simple on purpose; the engine is fast
and clever, and the property tests hold the two against each other.

A trace is a list of steps in whole seconds (see ``Step``). The model sees the same
person the engine's driver feeds: input is continuous during ``work``, a ``bump`` is two
seconds of input, and an action happens at the moment between two seconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

SITTING, STANDING, ON_BREAK, AWAY = "sitting", "standing", "on_break", "away"
RETURN_AFTER_S = 8  # "activity that goes on for about 10 seconds": 8 s of it is enough
RECENT_INPUT_S = 60
ASSUME_SITTING_AFTER_S = 30 * 60
CARD_FORGOTTEN_AFTER_S = 60
JUMP_TOLERANCE_S = 2
MIDNIGHT_AT = 2 * 3600  # the traces start two hours before midnight


@dataclass(frozen=True)
class Rules:
    creep_s: int = 20 * 60
    posture_change_s: int = 30 * 60
    min_break_s: int = 2 * 60
    away_after_s: int = 5 * 60
    snooze_s: int = 5 * 60
    max_snoozes: int = 2
    card_ignored_after_s: int = 5 * 60
    persistent: bool = False


@dataclass(frozen=True)
class Step:
    """One thing the person does.

    ``what``: work (input for ``seconds``), quiet (no input), lock / suspend (for
    ``seconds``, then unlock / wake), stand, sit, away, break (asks for a card), done,
    snooze, skip, dismiss (close the card), pause (``seconds``, 0: until resumed),
    resume, jump (the wall clock moves by ``seconds``).
    """

    what: str
    seconds: int = 0


@dataclass
class Card:
    since: int
    break_at: int | None = None  # when the break counted on it began
    back_at: int | None = None  # back at the keyboard after that break


@dataclass
class Episode:
    kind: str  # posture_change, standing_too_long, manual
    started: int
    snoozes: int = 0
    ended: int | None = None
    outcome: str | None = None


@dataclass
class Load:
    """Time in one posture since it last began; ``paused_at``: when it stopped running."""

    total: int = 0
    paused_at: int | None = None
    next_prompt_at: int = 0


@dataclass
class Check:
    """What the model says at the end of one step."""

    at: int
    state: str
    sitting_s: int
    card_open: bool


@dataclass
class Result:
    labels: list[str]
    episodes: list[Episode]
    creep_warnings: list[int]
    prompts: list[tuple[int, str]]
    checks: list[Check]
    calendar: list[int]  # per second: its calendar time, in seconds from the start


@dataclass
class Model:
    rules: Rules = field(default_factory=Rules)

    def __post_init__(self) -> None:
        r = self.rules
        self.x = 0
        self.labels: list[str] = []
        self.calendar: list[int] = []
        self.cal_offset = 0  # calendar minus steady time
        self.cut_at = 0  # the last midnight or clock change: what came before is written
        self.wall_offset = 0  # wall clock minus steady time
        self.posture = SITTING
        self.away: str | None = None  # idle, manual, lock, suspend, break
        self.away_since = 0
        self.last_input = 0
        self.input_since: int | None = None  # start of the input going on now
        self.sit = Load(next_prompt_at=r.posture_change_s)
        self.stand = Load(paused_at=0, next_prompt_at=r.posture_change_s)
        self.creep_warned = False
        self.card: Card | None = None
        self.episode: Episode | None = None
        self.episodes: list[Episode] = []
        self.paused = False
        self.paused_until: int | None = None  # wall seconds
        self.creep_warnings: list[int] = []
        self.prompts: list[tuple[int, str]] = []
        self.checks: list[Check] = []

    # ------------------------------------------------------------ the person

    def run(self, trace: list[Step]) -> Result:
        self.decide()
        for step in trace:
            self.step(step)
            self.checks.append(
                Check(self.x, self.state(), self.load_of(SITTING).total, self.card is not None)
            )
        return Result(
            self.labels,
            self.episodes,
            self.creep_warnings,
            self.prompts,
            self.checks,
            self.calendar,
        )

    def step(self, step: Step) -> None:
        what, n = step.what, step.seconds
        if what == "work":
            self.touch()
            self.input_since = self.x if self.input_since is None else self.input_since
            self.decide()
            for _ in range(n):
                self.tick(typing=True)
            self.input_since = None
        elif what == "quiet":
            for _ in range(n):
                self.tick(typing=False)
        elif what in ("lock", "suspend"):
            self.leave(what)
            for _ in range(n):
                self.tick(typing=False)
            if what == "lock":
                self.touch()  # typing the password
                self.come_back(self.x)
            else:
                self.away = "idle"  # awake again; back only once input says so
            self.decide()
        elif what in ("stand", "sit"):
            self.touch()
            if self.card is not None:
                self.close_card_unanswered()
            if self.away is not None:
                self.come_back(self.x)
            self.set_posture(STANDING if what == "stand" else SITTING)
            self.decide()
        elif what == "away":
            self.leave("manual")
            self.decide()
        elif what == "break":
            self.touch()  # a click on the tray menu: the person is at the desk
            if self.away is not None:
                self.come_back(self.x)
            if self.card is None:
                if self.episode is None:
                    self.episode = Episode("manual", self.x)
                self.open_card()
            self.decide()
        elif what in ("done", "snooze", "skip", "dismiss") and self.card is not None:
            self.answer(what)
            self.touch()  # the click on the card
            self.decide()
        elif what == "pause":
            self.paused = True
            self.paused_until = self.wall() + n if n else None
            self.decide()
        elif what == "resume":
            self.paused = False
            self.paused_until = None
            self.decide()
        elif what == "jump":
            self.wall_offset += n
            if self.wall_offset - self.cal_offset > JUMP_TOLERANCE_S:
                self.cal_offset = self.wall_offset  # forward: a hole in the calendar
                self.cut_at = self.x
            self.decide()

    def touch(self) -> None:
        self.last_input = self.x

    # ------------------------------------------------------------ time passing

    def tick(self, *, typing: bool) -> None:
        """One second passes, labelled with what the person is doing now."""
        self.labels.append(self.state())
        self.calendar.append(self.x + self.cal_offset)
        for load, posture in ((self.sit, SITTING), (self.stand, STANDING)):
            if self.state() == posture:
                load.total += 1
        self.x += 1
        if (self.x + self.cal_offset - MIDNIGHT_AT) % 86400 == 0:
            self.cut_at = self.x
        if typing:
            self.touch()
        self.decide()

    def state(self) -> str:
        if self.away == "break":
            return ON_BREAK
        if self.away is not None:
            return AWAY
        return self.posture

    def load_of(self, posture: str) -> Load:
        return self.sit if posture == SITTING else self.stand

    def wall(self) -> int:
        return self.x + self.wall_offset

    # ------------------------------------------------------------ the rules

    def decide(self) -> None:
        """Apply the rules at the moment ``self.x``."""
        r, x = self.rules, self.x
        if self.paused and self.paused_until is not None and self.wall() >= self.paused_until:
            self.paused = False
            self.paused_until = None
        self.sync_loads()
        card = self.card
        # Rule 7: a card nobody answers, or forgets after the break it brought.
        ignored = card is not None and card.break_at is None and not r.persistent
        if ignored and card is not None and x - card.since >= r.card_ignored_after_s:
            episode = self.episode
            self.close_card(outcome="ignored")
            if episode is not None and episode.kind != "manual":
                load = self.load_of(self.posture)
                load.next_prompt_at = max(load.next_prompt_at, load.total + r.snooze_s)
        card = self.card
        back_at = card.back_at if card is not None else None
        if back_at is not None and self.away is None and x - back_at >= CARD_FORGOTTEN_AFTER_S:
            self.close_card(outcome="natural")
        card = self.card
        if self.away is None and card is None:
            # Rules 3 and 4: reading is sitting, until the quiet reaches the away limit.
            quiet = x - self.last_input
            if quiet >= r.away_after_s or (quiet >= r.min_break_s and self.sit.total >= r.creep_s):
                self.relabel(self.last_input, AWAY)
                self.away, self.away_since = "idle", self.last_input
        elif self.away is None and card is not None and card.break_at is None:
            # Rule 7: quiet on the card is the break.
            quiet_from = max(self.last_input, card.since)
            if x - quiet_from >= r.min_break_s:
                self.relabel(quiet_from, ON_BREAK)
                self.away, self.away_since = "break", quiet_from
                card.break_at = quiet_from
                self.end_load(self.posture, natural=False, keep_episode=True)
        elif self.away in ("idle", "manual", "break"):
            start = self.input_since
            if start is not None and start > self.away_since and x - start >= RETURN_AFTER_S:
                self.relabel(start, self.posture)
                self.come_back(start)
            elif (
                self.away == "break"
                and card is not None
                and card.break_at is not None
                and start is None
                and x - card.break_at >= r.min_break_s + r.away_after_s
            ):
                self.close_card(outcome="natural")
                self.away = "idle"
        long_away = self.away is not None and x - self.away_since >= ASSUME_SITTING_AFTER_S
        if long_away and self.posture == STANDING:
            self.posture = SITTING
        self.sync_loads()
        # Rule 5: a pause of a minimum break ends the sit (or the standing time). While a
        # return is being confirmed, the pause ends where that input began.
        for posture in (SITTING, STANDING):
            load = self.load_of(posture)
            if load.paused_at is not None and load.total > 0:
                returning = self.away is not None and self.input_since is not None
                until = self.input_since if returning and self.input_since is not None else x
                if until - load.paused_at >= r.min_break_s:
                    # The pause was a break from the moment it reached a minimum break.
                    self.end_load(posture, natural=True, at=load.paused_at + r.min_break_s)
        self.maybe_prompt()

    def sync_loads(self) -> None:
        """The posture being held runs; the other one is paused since it stopped."""
        for posture in (SITTING, STANDING):
            load = self.load_of(posture)
            if self.state() == posture:
                load.paused_at = None
            elif load.paused_at is None:
                load.paused_at = self.x

    def maybe_prompt(self) -> None:
        r, x = self.rules, self.x
        if self.card is not None or self.away is not None or self.paused:
            return
        if x - self.last_input > RECENT_INPUT_S:
            return
        if self.posture == SITTING:
            if not self.creep_warned and self.sit.total >= r.creep_s:
                self.creep_warned = True
                self.creep_warnings.append(x)
            if self.sit.total >= self.sit.next_prompt_at:
                if self.episode is None:
                    self.episode = Episode("posture_change", x)
                self.open_card()
        elif self.stand.total >= self.stand.next_prompt_at:
            if self.episode is None:
                self.episode = Episode("standing_too_long", x)
            self.open_card()

    def open_card(self) -> None:
        assert self.episode is not None
        self.prompts.append((self.x, self.episode.kind))
        self.card = Card(self.x)

    def answer(self, what: str) -> None:
        r, x = self.rules, self.x
        card = self.card
        assert card is not None and self.episode is not None
        load = self.load_of(self.posture)
        if card.break_at is not None:
            # The break was counted already: any answer only closes the card.
            self.close_card(outcome="done" if what == "done" else "natural")
            if self.away == "break":
                self.come_back(x)
            return
        if what == "done":
            start = max(self.last_input, card.since)
            self.relabel(start, ON_BREAK)
            self.end_load(self.posture, natural=False, keep_episode=True)
            self.close_card(outcome="done")
            load.paused_at = None  # running again from now: back at the desk
            return
        if what == "snooze":
            if self.episode.snoozes >= r.max_snoozes:
                return
            self.episode.snoozes += 1
            self.card = None
            load.next_prompt_at = load.total + r.snooze_s
        elif what == "skip":
            self.close_card(outcome="skipped")
            load.next_prompt_at = load.total + r.posture_change_s
        else:  # dismissed: the window was closed unanswered
            kind = self.episode.kind
            self.close_card(outcome="ignored")
            if kind != "manual":
                load.next_prompt_at = max(load.next_prompt_at, load.total + r.snooze_s)

    def close_card(self, *, outcome: str | None, at: int | None = None) -> None:
        self.card = None
        if outcome is not None and self.episode is not None:
            self.episode.ended = self.x if at is None else at
            self.episode.outcome = outcome
            self.episodes.append(self.episode)
            self.episode = None

    def close_card_unanswered(self) -> None:
        """Locked, suspended, away or a change of posture: the card goes."""
        card = self.card
        counted = card is not None and card.break_at is not None
        self.close_card(outcome="natural" if counted else None)

    def leave(self, cause: str) -> None:
        if self.card is not None:
            self.close_card_unanswered()
        if self.away is None:
            self.away_since = self.x
        self.away = cause
        self.decide()

    def come_back(self, at: int) -> None:
        if self.away == "break" and self.card is not None:
            self.card.back_at = at
        self.away = None
        if self.posture == STANDING and at - self.away_since >= ASSUME_SITTING_AFTER_S:
            self.posture = SITTING

    def set_posture(self, posture: str) -> None:
        self.posture = posture

    def relabel(self, start: int, state: str) -> None:
        """The seconds from ``start`` to now were ``state`` after all.

        Rule 9's limit: a day is written at midnight (and the calendar at a clock change),
        so a correction reaches back no further than that.
        """
        for t in range(max(start, self.cut_at), self.x):
            old = self.labels[t]
            if old == state:
                continue
            for load, posture in ((self.sit, SITTING), (self.stand, STANDING)):
                if old == posture:
                    load.total -= 1
                    if load.paused_at is None or load.paused_at > t:
                        load.paused_at = t
                if state == posture:
                    load.total += 1
            self.labels[t] = state

    def end_load(
        self, posture: str, *, natural: bool, keep_episode: bool = False, at: int | None = None
    ) -> None:
        """The sit (or the standing time) ends: it starts again from zero."""
        load = self.load_of(posture)
        load.total = 0
        load.next_prompt_at = self.rules.posture_change_s
        if posture == SITTING:
            self.creep_warned = False
        episode = self.episode
        if episode is None or keep_episode:
            return
        matching = (episode.kind == "standing_too_long") == (posture == STANDING)
        if matching and self.card is None:
            self.close_card(outcome="natural", at=at)


def start_time() -> datetime:
    """Two hours before midnight, so a day's trace crosses it."""
    return datetime(2026, 3, 10, 22, 0, tzinfo=UTC)


def spans_of(result: Result, start: datetime) -> list[tuple[str, datetime, datetime]]:
    """The labelled seconds as spans on the calendar, cut at midnight, joined where they
    continue each other."""
    spans: list[tuple[str, datetime, datetime]] = []
    for label, cal in zip(result.labels, result.calendar, strict=True):
        begin = start + timedelta(seconds=cal)
        end = begin + timedelta(seconds=1)
        if spans and spans[-1][0] == label and spans[-1][2] == begin:
            spans[-1] = (label, spans[-1][1], end)
        else:
            spans.append((label, begin, end))
    cut: list[tuple[str, datetime, datetime]] = []
    for label, first, end in spans:
        begin = first
        while True:
            midnight = datetime.combine(
                begin.date() + timedelta(days=1), datetime.min.time(), tzinfo=begin.tzinfo
            )
            if end <= midnight:
                cut.append((label, begin, end))
                break
            cut.append((label, begin, midnight))
            begin = midnight
    return cut
