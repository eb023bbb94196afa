"""Every piece of wording the person reads, built in one place.

All visible text goes through ``QCoreApplication.translate(context, text)`` written out
in full (not through a wrapper) so that ``pyside6-lupdate`` finds every string and a
translation catalogue can be generated later. Numbers are put in with ``%n`` (Qt's
plural-aware placeholder) or ``str.replace`` on ``%1``/``%2``, never with f-strings inside
the source text, so translators see whole sentences. Counted words are one numerus
message each (``"%n break(s)"``, Qt's convention); where no catalogue is loaded (English)
``_counted`` turns the brackets into the English singular or plural.

Tone: plain, calm, friendly English. The only health statements the app makes are these
(from the source texts): after about 20 minutes of sitting the back starts to "creep"
(discs and ligaments slowly deform); recovery takes about as long as you sat; heavy
lifting in that window is risky; change posture about every 30 minutes. Nothing here
is medical advice, and every card says to stop what hurts.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from creepguard.core.model import Posture, PromptKind, State
from creepguard.ui.port import StatusView

if TYPE_CHECKING:
    from creepguard.core.exercises import Hold, Position
    from creepguard.core.history import DaySummary
    from creepguard.sensing.desktop_state import HoldReason
    from creepguard.ui.guide import Phase

# The CardView default (port.py) is plain English data; it is recognised and translated.
DEFAULT_SAFETY_NOTE = "Stop any exercise that hurts."


def counted(text: str, n: int) -> str:
    """``QCoreApplication.translate(..., "%n break(s)", None, n)`` as a person reads it:
    a catalogue has the right form already; English (no catalogue) gets its ending."""
    from creepguard.i18n import current_language, english_plural

    return english_plural(text, n) if current_language() == "en" else text


def _zero_min() -> str:
    return QCoreApplication.translate("Texts", "%1 min").replace("%1", "0")


def join_list(parts: list[str]) -> str:
    """Items joined the way the language lists them ("2 Done, 1 natural")."""
    return QCoreApplication.translate(
        "Texts", ", ", "between the items of a list, as in: 2 Done, 1 natural"
    ).join(parts)


def app_name() -> str:
    """The product name (translatable only for scripts that need a transliteration)."""
    return QCoreApplication.translate("Texts", "CreepGuard")


def duration(seconds: float) -> str:
    """A duration the way a person says it: "45 min", "1 h 05 min", "2 h".

    Below one minute it reads "under a minute"; minutes are rounded down so the number
    never runs ahead of the clock.
    """
    if seconds < 60:
        return QCoreApplication.translate("Texts", "under a minute")
    minutes_total = int(seconds // 60)
    hours, minutes = divmod(minutes_total, 60)
    if hours == 0:
        return QCoreApplication.translate("Texts", "%1 min").replace("%1", str(minutes))
    if minutes == 0:
        return QCoreApplication.translate("Texts", "%1 h").replace("%1", str(hours))
    return (
        QCoreApplication.translate("Texts", "%1 h %2 min")
        .replace("%1", str(hours))
        .replace("%2", f"{minutes:02d}")
    )


def seconds_left(seconds: float) -> str:
    """A countdown reading for the hold timer: "25 s", "1:30"."""
    whole = max(0, round(seconds))
    if whole < 60:
        return QCoreApplication.translate("Texts", "%1 s").replace("%1", str(whole))
    return f"{whole // 60}:{whole % 60:02d}"


def clock_time(moment: datetime) -> str:
    """A wall-clock time in the person's locale, e.g. "15:12" (local time zone)."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def wall_time(moment: datetime) -> str:
    """The time of day ``moment`` shows in its own time zone, in the person's locale."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def short_day(day: date) -> str:
    """A day on a button or an axis, in the person's language: "Mon 1"."""
    pattern = QCoreApplication.translate(
        "Texts", "ddd d", "a day on a button: a QDate format (ddd short weekday, d day)"
    )
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def long_day(day: date) -> str:
    """A day in full, in the person's language: "Monday 01 December"."""
    pattern = QCoreApplication.translate(
        "Texts",
        "dddd dd MMMM",
        "a day in full: a QDate format (dddd weekday, dd or d day, MMMM month)",
    )
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def day_and_time(moment: datetime, now: datetime | None = None) -> str:
    """ "15:12" today, "tomorrow 07:00" otherwise (for pauses that run past midnight)."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    reference = now if now is not None else datetime.now(local.tzinfo)
    if local.date() == reference.date():
        return clock_time(local)
    if (local.date() - reference.date()).days == 1:
        return QCoreApplication.translate("Texts", "tomorrow %1").replace("%1", clock_time(local))
    return (
        QLocale().toString(
            QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat
        )
        + " "
        + clock_time(local)
    )


# --- prompts ---------------------------------------------------------------------------


def headline(kind: PromptKind, *, standing_desk: bool) -> str:
    """The card's first line, by why it is shown and whether a standing desk is in use.

    The app puts this into ``CardView.headline``; it lives here so all wording is in one
    file.
    """
    match kind:
        case PromptKind.POSTURE_CHANGE:
            if standing_desk:
                return QCoreApplication.translate("Texts", "Switch to standing")
            return QCoreApplication.translate("Texts", "Time to stand up and move")
        case PromptKind.STANDING_TOO_LONG:
            if standing_desk:
                return QCoreApplication.translate("Texts", "Back to sitting for a while")
            return QCoreApplication.translate("Texts", "You have stood a while: sit or move")
        case PromptKind.MANUAL:
            return QCoreApplication.translate("Texts", "A short break")


def sat_for(sit_s: float) -> str:
    """The card's context line: "You have sat for 32 min." (empty when no sit)."""
    if sit_s < 60:
        return ""
    return QCoreApplication.translate("Texts", "You have sat for %1.").replace(
        "%1", duration(sit_s)
    )


def recovery_note(sat_s: float, until: datetime) -> str:
    """ "You sat 48 min. Your back recovers until about 15:12: leave heavy lifting until
    then." """
    return (
        QCoreApplication.translate(
            "Texts",
            "You sat %1. Your back recovers until about %2: leave heavy lifting until then.",
        )
        .replace("%1", duration(sat_s))
        .replace("%2", clock_time(until))
    )


def recovery_short(until: datetime) -> str:
    """ "Back recovering until 15:12: no heavy lifting" (without the length of the sit)."""
    return QCoreApplication.translate(
        "Texts", "Back recovering until %1: no heavy lifting"
    ).replace("%1", clock_time(until))


def hold_text(hold: Hold, *, sides: bool) -> str:
    """ "Hold 30 s", "10 breaths", "8 repetitions, each side"."""
    from creepguard.core.exercises import HoldKind  # card texts: not needed for the tray

    match hold.kind:
        case HoldKind.SECONDS:
            if hold.count >= 60 and hold.count % 60 == 0:
                amount = QCoreApplication.translate("Texts", "Hold %1 min").replace(
                    "%1", str(hold.count // 60)
                )
            else:
                amount = QCoreApplication.translate("Texts", "Hold %1 s").replace(
                    "%1", str(hold.count)
                )
        case HoldKind.BREATHS:
            amount = counted(
                QCoreApplication.translate("Texts", "%n breath(s)", None, hold.count), hold.count
            )
        case HoldKind.REPS:
            amount = counted(
                QCoreApplication.translate("Texts", "%n repetition(s)", None, hold.count),
                hold.count,
            )
    if sides:
        return QCoreApplication.translate("Texts", "%1, each side").replace("%1", amount)
    return amount


def position_text(position: Position) -> str:
    """Where the body is: "Standing", "Seated", "On the floor"."""
    from creepguard.core.exercises import Position

    match position:
        case Position.STANDING:
            return QCoreApplication.translate("Texts", "Standing")
        case Position.SEATED:
            return QCoreApplication.translate("Texts", "Seated")
        case Position.FLOOR:
            return QCoreApplication.translate("Texts", "On the floor")


def safety_note(note: str) -> str:
    """The card's safety line, translated when it is the default wording."""
    if note == DEFAULT_SAFETY_NOTE:
        return QCoreApplication.translate("Texts", "Stop any exercise that hurts.")
    return note


def hurts_note() -> str:
    """What the card says after "This hurts" (the card offers Undo next to it)."""
    return QCoreApplication.translate(
        "Texts",
        "Stop: nothing on these cards should hurt. This exercise will not be suggested "
        "again. Try another one, or simply walk around for a minute.",
    )


def hurts_undone() -> str:
    """What the card says after Undo of "This hurts"."""
    return QCoreApplication.translate("Texts", "Kept: this exercise can come again.")


def guide_waiting() -> str:
    """Under the hold before the countdown starts by itself."""
    return QCoreApplication.translate("Texts", "Starts by itself in a moment.")


def guide_phase(phase: Phase) -> str:
    """What to do now: "Hold", "Repetition 3 of 8: hold", "Breath 2 of 10", "Change sides"."""
    from creepguard.ui.guide import PhaseKind

    match phase.kind:
        case PhaseKind.HOLD if phase.of:
            text = (
                QCoreApplication.translate("Texts", "Repetition %1 of %2: hold")
                .replace("%1", str(phase.number))
                .replace("%2", str(phase.of))
            )
        case PhaseKind.HOLD:
            text = QCoreApplication.translate("Texts", "Hold")
        case PhaseKind.RETURN:
            text = QCoreApplication.translate("Texts", "Come back slowly")
        case PhaseKind.REP:
            text = (
                QCoreApplication.translate("Texts", "Repetition %1 of %2")
                .replace("%1", str(phase.number))
                .replace("%2", str(phase.of))
            )
        case PhaseKind.BREATH:
            text = (
                QCoreApplication.translate("Texts", "Breath %1 of %2: in, and slowly out")
                .replace("%1", str(phase.number))
                .replace("%2", str(phase.of))
            )
        case PhaseKind.CHANGE_SIDES:
            return QCoreApplication.translate("Texts", "Change sides")
    if phase.side:
        text += " \u00b7 " + QCoreApplication.translate("Texts", "side %1 of 2").replace(
            "%1", str(phase.side)
        )
    return text


def guide_complete() -> str:
    """When the guided hold has run through."""
    return QCoreApplication.translate("Texts", "Complete. Press Done when you are ready.")


def after_done(view: StatusView) -> str:
    """The card's last word after Done."""
    return QCoreApplication.translate(
        "Texts", "The next stretch comes after %1 of sitting."
    ).replace("%1", duration(view.posture_change_s))


def after_skip(view: StatusView) -> str:
    """The card's last word after Skip."""
    return QCoreApplication.translate(
        "Texts", "The next card comes after another %1 of sitting."
    ).replace("%1", duration(view.posture_change_s))


def after_snooze(view: StatusView) -> str:
    """The card's last word after Snooze."""
    if view.next_prompt_s is None:
        return QCoreApplication.translate("Texts", "The card comes back a little later.")
    return QCoreApplication.translate("Texts", "The card comes back in %1.").replace(
        "%1", duration(max(60.0, view.next_prompt_s))
    )


# --- status ----------------------------------------------------------------------------


def is_due(view: StatusView) -> bool:
    """A card is due now (the sit reached the posture-change interval or the prompt waits)."""
    if view.paused or view.state is not State.SITTING:
        return view.prompt_held
    return view.prompt_held or view.sitting_s >= view.posture_change_s


def status_line(view: StatusView, now: datetime | None = None) -> str:
    """One line on what is happening now: "Sitting for 23 min", "Paused until 14:30"."""
    if view.paused:
        if view.paused_until is not None:
            return QCoreApplication.translate("Texts", "Paused until %1").replace(
                "%1", day_and_time(view.paused_until, now)
            )
        return QCoreApplication.translate("Texts", "Paused")
    match view.state:
        case State.SITTING:
            if view.sitting_s < 60:
                return QCoreApplication.translate("Texts", "Sitting (just started)")
            return QCoreApplication.translate("Texts", "Sitting for %1").replace(
                "%1", duration(view.sitting_s)
            )
        case State.STANDING:
            return QCoreApplication.translate("Texts", "Standing")
        case State.ON_BREAK:
            return QCoreApplication.translate("Texts", "On a break")
        case State.AWAY:
            return QCoreApplication.translate("Texts", "Away")
        case State.UNTRACKED:
            return QCoreApplication.translate("Texts", "Not tracking")


def next_prompt_line(view: StatusView) -> str:
    """When the next card comes: "Next stretch in 7 min", "A stretch is waiting"."""
    if view.paused:
        return QCoreApplication.translate("Texts", "No stretches while paused")
    if view.prompt_held:
        return QCoreApplication.translate(
            "Texts", "A stretch is waiting (full screen or do-not-disturb)"
        )
    if view.next_prompt_s is None:
        return QCoreApplication.translate("Texts", "No stretch planned right now")
    if view.next_prompt_s <= 0:
        return QCoreApplication.translate("Texts", "A stretch is due now")
    return QCoreApplication.translate("Texts", "Next stretch in %1").replace(
        "%1", duration(max(60.0, view.next_prompt_s))
    )


def creep_line(view: StatusView) -> str:
    """ "Creep zone: past 20 min" once the sit passes the creep threshold (else empty)."""
    if view.paused or view.state is not State.SITTING:
        return ""
    if view.sitting_s >= view.creep_threshold_s:
        return QCoreApplication.translate("Texts", "Past %1 of sitting: time to move soon").replace(
            "%1", duration(view.creep_threshold_s)
        )
    return ""


def today_line(today: DaySummary) -> str:
    """ "Today: 3 h 12 min sitting, 45 min standing, 4 breaks" (every break taken)."""
    line = (
        QCoreApplication.translate("Texts", "Today: %1 sitting, %2 standing")
        .replace("%1", duration(today.sitting_s) if today.sitting_s >= 60 else _zero_min())
        .replace("%2", duration(today.standing_s) if today.standing_s >= 60 else _zero_min())
    )
    n = today.breaks_taken
    breaks = counted(QCoreApplication.translate("Texts", "%n break(s)", None, n), n)
    return join_list([line, breaks])


def breaks_line(today: DaySummary) -> str:
    """ "Breaks: 1 Done, 1 on your own, 2 without a prompt" (empty without a break)."""
    if today.breaks_taken == 0:
        return ""
    parts = []
    for count, source in (
        (today.breaks_done, QCoreApplication.translate("Texts", "%1 Done")),
        (today.breaks_natural, QCoreApplication.translate("Texts", "%1 on your own")),
        (today.breaks_unprompted, QCoreApplication.translate("Texts", "%1 without a prompt")),
    ):
        if count:
            parts.append(source.replace("%1", str(count)))
    return QCoreApplication.translate("Texts", "Breaks: %1").replace("%1", join_list(parts))


def prompts_line(today: DaySummary) -> str:
    """ "Prompts: 2 of 4 ended by a break, 1 skipped, 1 ignored, 1 snooze" (empty
    without a prompt)."""
    if today.prompts == 0 and today.breaks_snoozed == 0:
        return ""
    line = (
        QCoreApplication.translate("Texts", "Prompts: %1 of %2 ended by a break")
        .replace("%1", str(today.prompts_ended_by_break))
        .replace("%2", str(today.prompts))
    )
    parts = [line]
    if today.breaks_skipped:
        parts.append(
            QCoreApplication.translate("Texts", "%1 skipped").replace(
                "%1", str(today.breaks_skipped)
            )
        )
    if today.breaks_ignored:
        parts.append(
            QCoreApplication.translate("Texts", "%1 ignored").replace(
                "%1", str(today.breaks_ignored)
            )
        )
    n = today.breaks_snoozed
    if n:
        parts.append(counted(QCoreApplication.translate("Texts", "%n snooze(s)", None, n), n))
    return join_list(parts)


def sits_line(today: DaySummary) -> str:
    """ "Longest sit 45 min, 25 min past the creep threshold" (empty before any sitting)."""
    if today.sitting_s < 60:
        return ""
    return (
        QCoreApplication.translate("Texts", "Longest sit %1, %2 past the creep threshold")
        .replace("%1", duration(today.longest_sit_s) if today.longest_sit_s >= 60 else _zero_min())
        .replace("%2", duration(today.over_creep_s) if today.over_creep_s >= 60 else _zero_min())
    )


def recovery_line(view: StatusView) -> str:
    """The recovery note for the status surfaces (empty when there is none)."""
    if view.recovery_until is None:
        return ""
    return recovery_short(view.recovery_until)


def backend_line(view: StatusView) -> str:
    """That no activity source works (empty when one does: which one it is belongs to
    ``creepguard diagnose``)."""
    if not view.backend_works:
        return QCoreApplication.translate(
            "Texts",
            "CreepGuard cannot see the keyboard and mouse: use \u201cI'm away\u201d when you leave",
        )
    return ""


def posture_toggle(view: StatusView) -> str:
    """The one toggle's text: says what pressing it will record."""
    if view.posture is Posture.STANDING:
        return QCoreApplication.translate("Texts", "I'm sitting")
    return QCoreApplication.translate("Texts", "I'm standing")


def menu_line(view: StatusView, now: datetime | None = None) -> str:
    """The menu's first line, what matters now: "Sitting 23 min \u00b7 stretch in 7 min"."""
    if view.paused or view.state is not State.SITTING:
        return status_line(view, now)
    sitting = (
        QCoreApplication.translate("Texts", "Sitting, just started")
        if view.sitting_s < 60
        else QCoreApplication.translate("Texts", "Sitting %1").replace(
            "%1", duration(view.sitting_s)
        )
    )
    if view.prompt_held:
        after = QCoreApplication.translate("Texts", "a stretch is waiting")
    elif view.next_prompt_s is None:
        return sitting
    elif view.next_prompt_s <= 0:
        after = QCoreApplication.translate("Texts", "stretch now")
    else:
        after = QCoreApplication.translate("Texts", "stretch in %1").replace(
            "%1", duration(max(60.0, view.next_prompt_s))
        )
    return sitting + " \u00b7 " + after


def may_take_a_break(view: StatusView) -> bool:
    """ "Take a break now" makes sense: not paused, not already on a break or away."""
    return not view.paused and view.state in (State.SITTING, State.STANDING)


def tooltip(view: StatusView, now: datetime | None = None) -> str:
    """The tray tooltip: plain text lines, most important first."""
    lines = [
        QCoreApplication.translate(
            "Texts", "%1: %2", "a name and what it says, as in: CreepGuard: sitting 12 min"
        )
        .replace("%1", app_name())
        .replace("%2", status_line(view, now)),
        next_prompt_line(view),
    ]
    creep = creep_line(view)
    if creep:
        lines.append(creep)
    lines.append(today_line(view.today))
    recovery = recovery_line(view)
    if recovery:
        lines.append(recovery)
    if view.seated_only:
        lines.append(QCoreApplication.translate("Texts", "Seated exercises only today"))
    backend = backend_line(view)
    if backend:
        lines.append(backend)
    lines.extend(view.problems)
    return "\n".join(lines)


def hold_reason(reason: HoldReason) -> str:
    """Why a card waits, as a phrase: "a full-screen window is active"."""
    from creepguard.sensing.desktop_state import HoldReason

    match reason:
        case HoldReason.FULLSCREEN:
            return QCoreApplication.translate("Texts", "a full-screen window is active")
        case HoldReason.DO_NOT_DISTURB:
            return QCoreApplication.translate("Texts", "do-not-disturb is on")


def tray_missing_note() -> str:
    """The one-time note in the status window when the desktop has no tray."""
    return QCoreApplication.translate(
        "Texts",
        "Your desktop shows no tray area, so CreepGuard lives in this small window. "
        "On GNOME, the \u201cAppIndicator and KStatusNotifierItem Support\u201d extension "
        "adds one. When a tray appears, CreepGuard moves into it by itself.",
    )


def welcome_text() -> str:
    """The first-run welcome."""
    return QCoreApplication.translate(
        "Texts",
        "CreepGuard notices how long you sit and, every so often, suggests a short stretch. "
        "After about 20 minutes of sitting your back starts to \u201ccreep\u201d; changing "
        "posture about every 30 minutes helps it recover.",
    )


def welcome_safety() -> str:
    """The safety note of the first-run dialog."""
    return QCoreApplication.translate(
        "Texts",
        "This is not medical advice. Stop any exercise that hurts, and skip the ones "
        "that do not suit you.",
    )
