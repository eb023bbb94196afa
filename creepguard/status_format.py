"""How ``creepguard status`` shows a status: plain text and the waybar object.

Standard library only, and ``datetime`` only when a status carries a time to show:
``creepguard.startup.quick`` prints these for a status bar that polls every few seconds. The words
are translated by :mod:`creepguard.i18n` (context "StatusFormat"), weekday and month
names included, so a time reads the same in every language's catalogue whatever LC_TIME
says; only the clock pattern comes from LC_TIME.
"""

from __future__ import annotations

from creepguard.i18n import fill, tr

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing costs a few ms to import
    from datetime import date, datetime
    from typing import Any


def _minutes(seconds: float | None) -> str:
    """ "45 min", "1 h 05 min"; minutes rounded down, as the tray and windows show them."""
    if seconds is None:
        return "-"
    minutes = int(seconds // 60)
    if minutes >= 60:
        return fill(
            tr("StatusFormat", "%1 h %2 min", "hours and minutes, as in 1 h 05 min"),
            minutes // 60,
            f"{minutes % 60:02d}",
        )
    return fill(tr("StatusFormat", "%1 min", "minutes, as in 45 min"), minutes)


_PATTERN: list[str] = []  # _clock_pattern's answer, once found (a process has one language)


def _clock_pattern() -> str:
    """The person's time of day as ``strftime`` writes it, without seconds: "%H:%M" in
    most locales, "%I:%M %p" where the locale says so (LC_TIME, as ``date`` reads it).
    Where LC_TIME names no locale (C, POSIX, unset), the language's catalogue says."""
    if not _PATTERN:
        if _time_locale_named():
            _PATTERN.append(_locale_clock_pattern())
        else:
            _PATTERN.append(
                tr(
                    "StatusFormat",
                    "%H:%M",
                    "the time of day as a strftime pattern (%H hours 00-23, %I 01-12, %M "
                    "minutes, %p AM/PM), used where the system names no time format (LC_TIME "
                    "is C)",
                )
            )
    return _PATTERN[0]


def _time_locale_named() -> bool:
    """Whether LC_TIME names a real locale (not C or POSIX) that this system has."""
    import locale

    try:
        name = locale.setlocale(locale.LC_TIME, "")
    except locale.Error:
        return False
    return name.split(".", maxsplit=1)[0] not in ("C", "POSIX")


def _locale_clock_pattern() -> str:
    import locale

    try:
        locale.setlocale(locale.LC_TIME, "")
        pattern = locale.nl_langinfo(locale.T_FMT)
    except (locale.Error, AttributeError, ValueError):  # no such locale; not on POSIX
        return "%H:%M"
    pattern = pattern.replace("%T", "%H:%M").replace("%r", "%I:%M %p").replace("%X", "%H:%M")
    for seconds in (":%S", ".%S", "%S"):
        pattern = pattern.replace(seconds, "")
    return pattern.strip() or "%H:%M"


def weekday_name(index: int) -> str:
    """Monday (0) to Sunday (6), abbreviated, in the language in use."""
    return (
        tr("StatusFormat", "Mon", "Monday, abbreviated"),
        tr("StatusFormat", "Tue", "Tuesday, abbreviated"),
        tr("StatusFormat", "Wed", "Wednesday, abbreviated"),
        tr("StatusFormat", "Thu", "Thursday, abbreviated"),
        tr("StatusFormat", "Fri", "Friday, abbreviated"),
        tr("StatusFormat", "Sat", "Saturday, abbreviated"),
        tr("StatusFormat", "Sun", "Sunday, abbreviated"),
    )[index]


def month_name(month: int) -> str:
    """January (1) to December (12), abbreviated, in the language in use."""
    return (
        tr("StatusFormat", "Jan", "January, abbreviated"),
        tr("StatusFormat", "Feb", "February, abbreviated"),
        tr("StatusFormat", "Mar", "March, abbreviated"),
        tr("StatusFormat", "Apr", "April, abbreviated"),
        tr("StatusFormat", "May", "May, abbreviated"),
        tr("StatusFormat", "Jun", "June, abbreviated"),
        tr("StatusFormat", "Jul", "July, abbreviated"),
        tr("StatusFormat", "Aug", "August, abbreviated"),
        tr("StatusFormat", "Sep", "September, abbreviated"),
        tr("StatusFormat", "Oct", "October, abbreviated"),
        tr("StatusFormat", "Nov", "November, abbreviated"),
        tr("StatusFormat", "Dec", "December, abbreviated"),
    )[month - 1]


def day_text(day: date) -> str:
    """A day as ``history`` lists it: "Fri 05 Dec"."""
    return fill(
        tr("StatusFormat", "%1 %2 %3", "a day: weekday (%1), day of the month (%2), month (%3)"),
        weekday_name(day.weekday()),
        f"{day.day:02d}",
        month_name(day.month),
    )


def clock_time(moment: datetime, now: datetime | None = None) -> str:
    """A moment in local time as a person reads it: "08:55" today, "tomorrow 08:55",
    "Fri 08:55" within a week, "Fri 5 Dec 08:55" beyond."""
    from datetime import datetime

    local = moment.astimezone()
    now = (now or datetime.now(local.tzinfo)).astimezone(local.tzinfo)
    time = local.strftime(_clock_pattern())
    days = (local.date() - now.date()).days
    if days == 0:
        return time
    if days == 1:
        return fill(tr("StatusFormat", "tomorrow %1", "a time (%1) tomorrow"), time)
    if 1 < days < 7:
        return fill(
            tr("StatusFormat", "%1 %2", "a time within the week: weekday (%1), time (%2)"),
            weekday_name(local.weekday()),
            time,
        )
    return fill(
        tr(
            "StatusFormat",
            "%1 %2 %3 %4",
            "a time beyond the week: weekday (%1), day of the month (%2), month (%3), time (%4)",
        ),
        weekday_name(local.weekday()),
        local.day,
        month_name(local.month),
        time,
    )


def _in(seconds: float) -> str:
    """How far off a moment is: "in 1 h 30 min", "in 3 days"; to the nearest minute."""
    minutes = max(0, round(seconds / 60))
    if minutes >= 48 * 60:
        return tr("StatusFormat", "in %n day(s)", None, minutes // (24 * 60))
    if not minutes:
        return tr("StatusFormat", "in less than a minute")
    return fill(
        tr("StatusFormat", "in %1", "how far off a moment is: in 1 h 30 min"),
        _minutes(minutes * 60),
    )


def until_text(iso: str, now: datetime | None = None) -> str:
    """ "08:55, in 1 h 30 min" for an ISO 8601 moment (``paused_until``)."""
    from datetime import datetime

    moment = datetime.fromisoformat(iso)
    now = now or datetime.now(moment.tzinfo)
    return fill(
        tr(
            "StatusFormat", "%1, %2", "a time (%1) and how far off it is (%2): 08:55, in 1 h 30 min"
        ),
        clock_time(moment, now),
        _in((moment - now).total_seconds()),
    )


def next_prompt_line(status: dict[str, Any]) -> str:
    """ "Next prompt in 20 min", or in words why none is coming."""
    seconds = status.get("next_prompt_s")
    if seconds is not None:
        if seconds > 0:
            return fill(tr("StatusFormat", "Next prompt in %1"), _minutes(seconds))
        return tr("StatusFormat", "A prompt is due now")
    if status.get("paused"):
        return tr("StatusFormat", "No prompts while paused")
    state = status.get("state")
    if state == "away":
        return tr("StatusFormat", "No prompt while you are away")
    if state == "on_break":
        return tr("StatusFormat", "No prompt during a break")
    return tr("StatusFormat", "No prompt due")


def list_text(items: list[str]) -> str:
    """Items joined as the language lists them ("2 Done, 1 natural")."""
    return tr("StatusFormat", ", ", "between the items of a list, as in: 2 Done, 1 natural").join(
        items
    )


def _today_line(today: dict[str, Any]) -> str:
    return fill(
        tr("StatusFormat", "Today: %1 sitting, %n break(s)", None, today["breaks_taken"]),
        _minutes(today["sitting_s"]),
    )


def _today_details(today: dict[str, Any]) -> list[str]:
    """The today popup's lines on breaks, prompts and sits (what `status` prints below the
    tooltip). Keys a tracker of an older version does not send leave their line out."""
    lines = []
    kinds = [
        fill(name, today.get(key, 0))
        for key, name in (
            ("breaks_done", tr("StatusFormat", "%1 Done", "breaks: the count of Done presses")),
            ("breaks_natural", tr("StatusFormat", "%1 on your own", "breaks taken on one's own")),
            ("breaks_unprompted", tr("StatusFormat", "%1 without a prompt", "breaks")),
        )
        if today.get(key)
    ]
    if kinds:
        lines.append(fill(tr("StatusFormat", "Breaks: %1", "a list of counts"), list_text(kinds)))
    if "prompts" in today and (today["prompts"] or today.get("breaks_snoozed")):
        ended = today.get("prompts_ended_by_break", 0)
        parts = [
            fill(tr("StatusFormat", "Prompts: %1 of %2 ended by a break"), ended, today["prompts"])
        ]
        if today.get("breaks_skipped"):
            parts.append(fill(tr("StatusFormat", "%1 skipped", "prompts"), today["breaks_skipped"]))
        if today.get("breaks_ignored"):
            parts.append(fill(tr("StatusFormat", "%1 ignored", "prompts"), today["breaks_ignored"]))
        if today.get("breaks_snoozed"):
            parts.append(tr("StatusFormat", "%n snooze(s)", None, today["breaks_snoozed"]))
        lines.append(list_text(parts))
    if "longest_sit_s" in today and today["sitting_s"] >= 60:
        lines.append(
            fill(
                tr("StatusFormat", "Longest sit %1, %2 past the creep threshold"),
                _minutes(today["longest_sit_s"]),
                _minutes(today.get("over_creep_s", 0)),
            )
        )
    return lines


def waybar(status: dict[str, Any]) -> dict[str, str]:
    """The one-line object status bars (waybar, polybar scripts) read."""
    if not status.get("running"):
        tooltip = "\n".join([tr("StatusFormat", "CreepGuard is not running"), *_problems(status)])
        return {"text": "-", "tooltip": tooltip, "class": "not-running"}
    sit = status.get("sitting_s") or 0
    state = status.get("state") or "sitting"
    if status.get("paused"):
        css = "paused"
    elif state != "sitting":
        css = state
    elif status.get("prompt_held") or (status.get("next_prompt_s") == 0):
        css = "due"
    elif sit >= status.get("creep_threshold_s", 1200):
        css = "creep"
    else:
        css = "sitting"
    if state == "sitting":
        text = fill(
            tr("StatusFormat", "%1m", "the sit in minutes, in a status bar: short"), int(sit // 60)
        )
        now = fill(tr("StatusFormat", "Sitting for %1"), _minutes(sit))
    else:
        text = state_name(state)
        now = fill(tr("StatusFormat", "Now: %1", "the state: standing, away, on break"), text)
    lines = [now, next_prompt_line(status), _today_line(status["today"])]
    if status.get("recovery_until"):
        from datetime import datetime

        until = clock_time(datetime.fromisoformat(status["recovery_until"]))
        lines.append(fill(tr("StatusFormat", "Go easy on lifting until %1"), until))
    if status.get("paused_until"):
        lines.append(
            fill(tr("StatusFormat", "Paused until %1"), until_text(status["paused_until"]))
        )
    elif status.get("paused"):
        lines.append(tr("StatusFormat", "Paused until you resume"))
    lines += _problems(status)
    return {"text": text, "tooltip": "\n".join(lines), "class": css}


def state_name(state: str) -> str:
    """A state of the status contract in words ("on_break" -> "on break")."""
    match state:
        case "sitting":
            return tr("StatusFormat", "sitting", "a state")
        case "standing":
            return tr("StatusFormat", "standing", "a state")
        case "away":
            return tr("StatusFormat", "away", "a state")
        case "on_break":
            return tr("StatusFormat", "on break", "a state")
    return state.replace("_", " ")


def _problems(status: dict[str, Any]) -> list[str]:
    """The status's ``problems``, one line each (a reply from an older tracker has none)."""
    problems = status.get("problems")
    if not isinstance(problems, list):
        return []
    line = tr("StatusFormat", "Problem: %1", "one problem per line; status bars may look for it")
    return [fill(line, problem) for problem in problems]


def _status_text(status: dict[str, Any]) -> str:
    """What ``creepguard status`` prints: the tooltip's lines, then today's details."""
    today = status["today"]
    if not status.get("running"):
        lines = [
            tr("StatusFormat", "CreepGuard is not running."),
            _today_line(today),
            *_problems(status),
        ]
    else:
        lines = waybar(status)["tooltip"].splitlines()
    # Today's details go below the today line's block, before any problems (always last).
    problems = _problems(status)
    body = lines[: len(lines) - len(problems)]
    return "\n".join([*body, *_today_details(today), *problems])


def confirmation(command: str, status: dict[str, Any]) -> str:
    """The one line a command that changes something prints on success, from the status
    the tracker answered with."""
    match command:
        case "sit":
            return fill(tr("StatusFormat", "Noted: you are sitting. %1."), next_prompt_line(status))
        case "stand":
            return fill(
                tr("StatusFormat", "Noted: you are standing. %1."), next_prompt_line(status)
            )
        case "away":
            return tr(
                "StatusFormat", "Noted: you are away until you are back (input, or creepguard sit)."
            )
        case "break":
            if status.get("card_open"):
                return tr("StatusFormat", "A stretch card is on screen.")
            return tr(
                "StatusFormat",
                "A break was asked for: its card shows once nothing holds it "
                "(a full-screen window, do not disturb).",
            )
        case "pause":
            if status.get("paused_until"):
                return fill(
                    tr(
                        "StatusFormat",
                        "Paused until %1. Tracking goes on; creepguard resume ends it.",
                    ),
                    until_text(status["paused_until"]),
                )
            return tr(
                "StatusFormat", "Paused until you resume (creepguard resume). Tracking goes on."
            )
        case "resume":
            return fill(tr("StatusFormat", "Prompts are back on. %1."), next_prompt_line(status))
    return tr("StatusFormat", "Done.")
