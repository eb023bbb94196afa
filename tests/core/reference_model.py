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

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

SITTING, STANDING, ON_BREAK, AWAY = "sitting", "standing", "on_break", "away"
RETURN_AFTER_S = 8  # "activity that goes on for about 10 seconds": 8 s of it is enough
RECENT_INPUT_S = 60
ASSUME_SITTING_AFTER_S = 30 * 60
CARD_FORGOTTEN_AFTER_S = 60
JUMP_TOLERANCE_S = 2
# Rule 11: clocks up to a minute apart are tolerated; a break heard of twice (its moment
# carried from one clock to another and back) is the same break within a second.
CLOCKS_APART_S = 60
SAME_BREAK_S = 1
ARRIVAL_QUIET_S = 60  # "when you start on a computer after a minute or more without input"
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


@dataclass(frozen=True)
class Word:
    """What the other computer wrote (rule 11), in this computer's seconds.

    ``sit``: the sit at ``seen`` while it counts sitting, the sit it holds otherwise;
    ``paused_at``: when its sit stopped running (None while it runs); ``zero_at``: the
    latest break it knows of; ``next_prompt_at``: the sit at which its next card is due.
    """

    seen: int
    sit: int
    paused_at: int | None
    zero_at: int | None
    creep_warned: bool
    next_prompt_at: int


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
        # Rule 11: the other computer's latest word (None: alone, or its clock is wrong),
        # the word as it was when the input of a return began, the latest break known
        # here, when the sit last went to zero here, and the last input before an away.
        self.view: Word | None = None
        self.return_view: Word | None = None
        self.zero_at: int | None = None
        self.sit_zeroed_at = 0
        self.away_input = 0
        # Set by a Pair: lets time pass on both computers at once.
        self.pass_time: Callable[[int, bool], None] = self.pass_alone

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
            self.begin_work()
            self.pass_time(n, True)
            self.input_since = None
        elif what == "quiet":
            self.pass_time(n, False)
        elif what in ("lock", "suspend"):
            self.leave(what)
            self.pass_time(n, False)
            if what == "lock":
                self.touch()  # typing the password
                self.come_back(self.x)
            else:
                self.away = "idle"  # awake again; back only once input says so
            self.decide()
        elif what in ("stand", "sit"):
            if self.card is not None:
                self.close_card_unanswered()
            self.touch()
            self.set_posture(STANDING if what == "stand" else SITTING)
            if self.away is not None:
                self.come_back(self.x, keep_posture=True)
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

    def begin_work(self) -> None:
        """Input starts (and goes on, one second after another)."""
        self.touch()
        if self.input_since is None:
            self.input_since = self.x
            self.return_view = self.view
        self.decide()

    def touch(self) -> None:
        """Input or a click now. At the desk already, coming from the other computer
        brings the sit along (rule 11); coming back from away does so in come_back."""
        if self.away is None:
            self.carry(self.last_input, self.x, self.view)
        self.last_input = self.x

    # ------------------------------------------------------------ time passing

    def pass_alone(self, seconds: int, typing: bool) -> None:
        for _ in range(seconds):
            self.tick(typing=typing)

    def tick(self, *, typing: bool) -> None:
        """One second passes, labelled with what the person is doing now."""
        self.label_second()
        self.after_second(typing=typing)

    def label_second(self) -> None:
        self.labels.append(self.state())
        self.calendar.append(self.x + self.cal_offset)
        for load, posture in ((self.sit, SITTING), (self.stand, STANDING)):
            if self.state() == posture:
                load.total += 1
        self.x += 1
        if (self.x + self.cal_offset - MIDNIGHT_AT) % 86400 == 0:
            self.cut_at = self.x

    def after_second(self, *, typing: bool) -> None:
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
            self.ignore_card()
        card = self.card
        back_at = card.back_at if card is not None else None
        if back_at is not None and self.away is None and x - back_at >= CARD_FORGOTTEN_AFTER_S:
            self.close_card(outcome="natural")
        card = self.card
        if self.away is None and card is None:
            # Rules 3 and 4: reading is sitting, until the quiet reaches the away limit.
            quiet = x - self.last_input
            if quiet >= r.away_after_s or (quiet >= r.min_break_s and self.sit.total >= r.creep_s):
                self.go_idle()
        elif self.away is None and card is not None and card.break_at is None:
            # Rule 7: quiet on the card is the break.
            quiet_from = max(self.last_input, card.since)
            if x - quiet_from >= r.min_break_s and self.seen_there_after(quiet_from):
                # Rule 11: at the other computer meanwhile, so no break: the card goes
                # unanswered, and the quiet is what it would be without a card.
                self.ignore_card()
                quiet = x - self.last_input
                if quiet >= r.away_after_s or (
                    quiet >= r.min_break_s and self.sit.total >= r.creep_s
                ):
                    self.go_idle()
            elif x - quiet_from >= r.min_break_s:
                self.relabel(quiet_from, ON_BREAK)
                self.away_input = self.last_input
                self.away, self.away_since = "break", quiet_from
                card.break_at = quiet_from
                self.end_load(self.posture, natural=False, keep_episode=True)
        elif self.away in ("idle", "manual", "break"):
            start = self.input_since
            if start is not None and start > self.away_since and x - start >= RETURN_AFTER_S:
                self.relabel(start, self.posture)
                self.come_back(start, self.return_view)
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
                held = posture == SITTING and self.seen_there_after(load.paused_at)
                if until - load.paused_at >= r.min_break_s and not held:
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
        if self.seen_there_after(self.last_input):
            return  # rule 11: the other computer was touched last
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

    def go_idle(self) -> None:
        """Rule 4: the quiet was away, from the last input."""
        self.relabel(self.last_input, AWAY)
        self.away_input = self.last_input
        self.away, self.away_since = "idle", self.last_input

    def ignore_card(self) -> None:
        """The card went unanswered: it comes again after a snooze of sitting (a card
        asked for does not come again)."""
        r = self.rules
        episode = self.episode
        self.close_card(outcome="ignored")
        if episode is not None and episode.kind != "manual":
            load = self.load_of(self.posture)
            load.next_prompt_at = max(load.next_prompt_at, load.total + r.snooze_s)

    def leave(self, cause: str) -> None:
        if self.card is not None:
            self.close_card_unanswered()
        if self.away is None:
            self.away_since = self.x
            self.away_input = self.last_input
        self.away = cause
        self.decide()

    def come_back(self, at: int, view: Word | None = None, *, keep_posture: bool = False) -> None:
        if self.away == "break" and self.card is not None:
            self.card.back_at = at
        self.away = None
        long_away = at - self.away_since >= ASSUME_SITTING_AFTER_S
        if self.posture == STANDING and long_away and not keep_posture:
            self.posture = SITTING
        self.carry(self.away_input, at, self.view if view is None else view)

    def set_posture(self, posture: str) -> None:
        self.posture = posture

    # ------------------------------------------------------------ rule 11

    def seen_there_after(self, t: int) -> bool:
        """The other computer saw the person after the moment ``t``."""
        return self.view is not None and self.view.seen > t

    def cross(self) -> None:
        """What the other computer wrote, as soon as it is read: a break it knows of and
        this one does not ends the sit here too; within one sit its warning and a card it
        put off hold here."""
        view = self.view
        if view is None:
            return
        if view.zero_at is not None and (
            self.zero_at is None or view.zero_at > self.zero_at + SAME_BREAK_S
        ):
            self.learn_break(view.zero_at)
        self.share(view)

    def learn_break(self, zero_at: int) -> None:
        """A break there at ``zero_at``: from then only the sitting seen here counts."""
        at = min(zero_at, self.x)
        after = sum(
            1 for t in range(max(at, self.sit_zeroed_at), self.x) if self.labels[t] == SITTING
        )
        if after < self.sit.total:
            about_sitting = self.episode is not None and self.episode.kind != "standing_too_long"
            if self.card is not None and about_sitting:
                self.close_card(outcome="natural", at=at)  # that break was its answer
            counted_from = max(at, self.sit_zeroed_at)
            self.end_load(SITTING, natural=True, at=at)
            self.sit.total = after
            self.sit_zeroed_at = counted_from
        elif self.sit.total == 0:
            # No sit here to end: what it took from the sit that break ended goes.
            self.creep_warned = False
            self.sit.next_prompt_at = self.rules.posture_change_s
        self.zero_at = zero_at

    def share(self, view: Word) -> None:
        same = (view.zero_at is None and self.zero_at is None) or (
            view.zero_at is not None
            and self.zero_at is not None
            and abs(view.zero_at - self.zero_at) <= SAME_BREAK_S
        )
        if same:
            self.creep_warned = self.creep_warned or view.creep_warned
            self.sit.next_prompt_at = max(self.sit.next_prompt_at, view.next_prompt_at)

    def carry(self, previous: int, at: int, view: Word | None) -> None:
        """The first input here at ``at`` after ``previous``: if the other computer saw
        the person in between, they came from there, and the sit comes with them."""
        if view is None or at - previous < ARRIVAL_QUIET_S or not previous < view.seen <= at:
            return
        r = self.rules
        sit, ended_at = view.sit, None
        if view.paused_at is None:
            # The way here, as a quiet stretch on one computer (rules 3 and 4).
            for quiet in range(1, at - view.seen + 1):
                sit = view.sit + quiet
                if quiet >= r.away_after_s or (quiet >= r.min_break_s and sit >= r.creep_s):
                    ended_at = view.seen + r.min_break_s
                    break
        elif at - view.paused_at >= r.min_break_s:
            ended_at = view.paused_at + r.min_break_s  # the pause there ran on
        if ended_at is not None:
            if self.sit.total > 0:
                self.end_load(SITTING, natural=True, at=min(ended_at, self.x))
            else:
                known = self.zero_at
                self.zero_at = (
                    ended_at if known is None else max(ended_at, known + 2 * SAME_BREAK_S)
                )
                self.creep_warned = False  # a new sit: nothing of the last one holds
                self.sit.next_prompt_at = r.posture_change_s
            return
        since = sum(
            1 for t in range(max(at, self.sit_zeroed_at), self.x) if self.labels[t] == SITTING
        )
        own = self.sit.total - since
        if sit <= own:
            return  # the higher count stands
        began = (view.seen if view.paused_at is None else view.paused_at) - view.sit
        if self.zero_at is not None and began < self.zero_at - SAME_BREAK_S:
            return  # it reaches back before a break known here: not heard of there
        self.sit.total += sit - own
        if self.state() != SITTING:
            # Paused here: since it was paused there, or since it came.
            self.sit.paused_at = view.paused_at if view.paused_at is not None else at
        if view.zero_at is not None and (self.zero_at is None or view.zero_at > self.zero_at):
            self.zero_at = view.zero_at
        self.share(view)

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
                    # A second from before the sit last went to zero is no longer in it
                    # (rule 11: a break heard of from the other computer can fall inside
                    # a quiet stretch found to be away later).
                    counted = posture == STANDING or t >= self.sit_zeroed_at
                    load.total -= 1 if counted else 0
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
            # Rule 11: the other computer learns of this break by its moment; one taken
            # here after a break heard of from there is news to it too.
            moment = self.x if at is None else at
            known = self.zero_at
            self.zero_at = moment if known is None else max(moment, known + 2 * SAME_BREAK_S)
            self.sit_zeroed_at = self.x
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


class Pair:
    """Two computers and one person (rule 11), each computer a :class:`Model`.

    ``here`` takes the usual steps; ``there_<step>`` is that step on the other computer
    (``there`` alone: work there), ``both`` is input on both at once. ``apart``: the other
    computer's clock minus this one's, in seconds. Each second both computers label it,
    then each reads what the other wrote (a snapshot: neither sees the other's decisions
    of the same moment), then both decide.
    """

    def __init__(self, rules: Rules, apart: int = 0) -> None:
        self.here = Model(rules)
        self.there = Model(rules)
        # Its wall clock, and so its calendar, runs ``apart`` seconds ahead of this one.
        self.there.wall_offset = self.there.cal_offset = apart
        self.here.pass_time = lambda n, typing: self.pass_time(n, here=typing, there=False)
        self.there.pass_time = lambda n, typing: self.pass_time(n, here=False, there=typing)

    def run(self, trace: list[Step]) -> tuple[Result, Result]:
        self.settle()
        for step in trace:
            self.step(step)
            self.settle()
            for model in (self.here, self.there):
                model.checks.append(
                    Check(model.x, model.state(), model.sit.total, model.card is not None)
                )
        return self.result(self.here), self.result(self.there)

    @staticmethod
    def result(model: Model) -> Result:
        return Result(
            model.labels,
            model.episodes,
            model.creep_warnings,
            model.prompts,
            model.checks,
            model.calendar,
        )

    def step(self, step: Step) -> None:
        what, n = step.what, step.seconds
        if what == "there":
            self.there.step(Step("work", n))
        elif what == "both":
            self.here.begin_work()
            self.there.begin_work()
            self.pass_time(n, here=True, there=True)
            self.here.input_since = self.there.input_since = None
        elif what.startswith("there_"):
            self.there.step(Step(what.removeprefix("there_"), n))
        else:
            self.here.step(step)

    def pass_time(self, seconds: int, *, here: bool, there: bool) -> None:
        typing = [m for m, types in ((self.here, here), (self.there, there)) if types]
        for _ in range(seconds):
            self.here.label_second()
            self.there.label_second()
            # Input lands first; then each reads the other's word (its input up to now,
            # what it decided up to the last second), and then both decide.
            previous = [m.last_input for m in typing]
            for m in typing:
                m.last_input = m.x
            self.exchange()
            for m, before in zip(typing, previous, strict=True):
                if m.away is None:
                    m.carry(before, m.x, m.view)
            self.here.decide()
            self.there.decide()

    def settle(self) -> None:
        """After a step: each reads the other's word, and both decide."""
        self.exchange()
        self.here.decide()
        self.there.decide()

    def exchange(self) -> None:
        here, there = self.here, self.there
        # The other's moments on this clock: its wall clock minus this one's.
        to_here = there.wall_offset - here.wall_offset
        here_view = word_of(there, to_here, here.x)
        there_view = word_of(here, -to_here, there.x)
        here.view, there.view = here_view, there_view
        here.cross()
        there.cross()


def word_of(model: Model, shift: int, now: int) -> Word | None:
    """What ``model`` wrote, read on a clock ``shift`` seconds from its own whose now is
    ``now``: None when its last input lies more than a minute in the future (rule 11)."""
    if model.last_input + shift > now + CLOCKS_APART_S:
        return None

    def here(t: int) -> int:
        return min(t + shift, now)  # a moment ahead of this clock is taken as now

    sitting = model.state() == SITTING
    quiet = model.x - model.last_input
    return Word(
        seen=here(model.last_input),
        sit=max(0, model.sit.total - quiet) if sitting else model.sit.total,
        paused_at=None if sitting or model.sit.paused_at is None else here(model.sit.paused_at),
        zero_at=None if model.zero_at is None else model.zero_at + shift,
        creep_warned=model.creep_warned,
        next_prompt_at=model.sit.next_prompt_at,
    )
