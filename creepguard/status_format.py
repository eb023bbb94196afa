"""How ``creepguard status`` shows a status: plain text and the waybar object.

Standard library only, and ``datetime`` only when a status carries a time to show:
``creepguard.quick`` prints these for a status bar that polls every few seconds.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing costs a few ms to import
    from datetime import datetime
    from typing import Any


def _minutes(seconds: float | None) -> str:
    """ "45 min", "1 h 05 min"; minutes rounded down, as the tray and windows show them."""
    if seconds is None:
        return "-"
    minutes = int(seconds // 60)
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


_PATTERN: list[str] = []  # _clock_pattern's answer, once found


def _clock_pattern() -> str:
    """The person's time of day as ``strftime`` writes it, without seconds: "%H:%M" in
    most locales, "%I:%M %p" where the locale says so (LC_TIME, as ``date`` reads it)."""
    if not _PATTERN:
        _PATTERN.append(_locale_clock_pattern())
    return _PATTERN[0]


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
        return f"tomorrow {time}"
    if 1 < days < 7:
        return f"{local:%a} {time}"
    return f"{local:%a} {local.day} {local:%b} {time}"


def _in(seconds: float) -> str:
    """How far off a moment is: "in 1 h 30 min", "in 3 days"; to the nearest minute."""
    minutes = max(0, round(seconds / 60))
    if minutes >= 48 * 60:
        return f"in {minutes // (24 * 60)} days"
    return f"in {_minutes(minutes * 60)}" if minutes else "in less than a minute"


def until_text(iso: str, now: datetime | None = None) -> str:
    """ "08:55, in 1 h 30 min" for an ISO 8601 moment (``paused_until``)."""
    from datetime import datetime

    moment = datetime.fromisoformat(iso)
    now = now or datetime.now(moment.tzinfo)
    return f"{clock_time(moment, now)}, {_in((moment - now).total_seconds())}"


def next_prompt_line(status: dict[str, Any]) -> str:
    """ "Next prompt in 20 min", or in words why none is coming."""
    seconds = status.get("next_prompt_s")
    if seconds is not None:
        return f"Next prompt in {_minutes(seconds)}" if seconds > 0 else "A prompt is due now"
    if status.get("paused"):
        return "No prompts while paused"
    state = status.get("state")
    if state == "away":
        return "No prompt while you are away"
    if state == "on_break":
        return "No prompt during a break"
    return "No prompt due"


def _count(n: int, word: str) -> str:
    """ "1 break", "2 breaks"."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _today_line(today: dict[str, Any]) -> str:
    return (
        f"Today: {_minutes(today['sitting_s'])} sitting, {_count(today['breaks_taken'], 'break')}"
    )


def _today_details(today: dict[str, Any]) -> list[str]:
    """The today popup's lines on breaks, prompts and sits (what `status` prints below the
    tooltip). Keys a tracker of an older version does not send leave their line out."""
    lines = []
    kinds = [
        f"{today.get(key, 0)} {name}"
        for key, name in (
            ("breaks_done", "Done"),
            ("breaks_natural", "natural"),
            ("breaks_unprompted", "without a prompt"),
        )
        if today.get(key)
    ]
    if kinds:
        lines.append("Breaks: " + ", ".join(kinds))
    if "prompts" in today and (today["prompts"] or today.get("breaks_snoozed")):
        ended = today.get("prompts_ended_by_break", 0)
        parts = [f"Prompts: {ended} of {today['prompts']} ended by a break"]
        if today.get("breaks_skipped"):
            parts.append(f"{today['breaks_skipped']} skipped")
        if today.get("breaks_ignored"):
            parts.append(f"{today['breaks_ignored']} ignored")
        if today.get("breaks_snoozed"):
            parts.append(_count(today["breaks_snoozed"], "snooze"))
        lines.append(", ".join(parts))
    if "longest_sit_s" in today and today["sitting_s"] >= 60:
        lines.append(
            f"Longest sit {_minutes(today['longest_sit_s'])}, "
            f"{_minutes(today.get('over_creep_s', 0))} past the creep threshold"
        )
    return lines


def waybar(status: dict[str, Any]) -> dict[str, str]:
    """The one-line object status bars (waybar, polybar scripts) read."""
    if not status.get("running"):
        tooltip = "\n".join(["CreepGuard is not running", *_problems(status)])
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
    text = f"{int(sit // 60)}m" if state == "sitting" else state.replace("_", " ")
    lines = [
        f"Sitting for {_minutes(sit)}" if state == "sitting" else f"Now: {state.replace('_', ' ')}",
        next_prompt_line(status),
        _today_line(status["today"]),
    ]
    if status.get("recovery_until"):
        from datetime import datetime

        until = clock_time(datetime.fromisoformat(status["recovery_until"]))
        lines.append(f"Go easy on lifting until {until}")
    if status.get("paused_until"):
        lines.append(f"Paused until {until_text(status['paused_until'])}")
    elif status.get("paused"):
        lines.append("Paused until you resume")
    lines += _problems(status)
    return {"text": text, "tooltip": "\n".join(lines), "class": css}


def _problems(status: dict[str, Any]) -> list[str]:
    """The status's ``problems``, one line each (a reply from an older tracker has none)."""
    problems = status.get("problems")
    return [f"Problem: {problem}" for problem in problems] if isinstance(problems, list) else []


def _status_text(status: dict[str, Any]) -> str:
    """What ``creepguard status`` prints: the tooltip's lines, then today's details."""
    today = status["today"]
    if not status.get("running"):
        lines = ["CreepGuard is not running.", _today_line(today), *_problems(status)]
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
        case "sit" | "stand":
            posture = "sitting" if command == "sit" else "standing"
            return f"Noted: you are {posture}. {next_prompt_line(status)}."
        case "away":
            return "Noted: you are away until you are back (input, or creepguard sit)."
        case "break":
            if status.get("card_open"):
                return "A stretch card is on screen."
            return (
                "A break was asked for: its card shows once nothing holds it "
                "(a full-screen window, do not disturb)."
            )
        case "pause":
            if status.get("paused_until"):
                return (
                    f"Paused until {until_text(status['paused_until'])}. Tracking goes on; "
                    "creepguard resume ends it."
                )
            return "Paused until you resume (creepguard resume). Tracking goes on."
        case "resume":
            return f"Prompts are back on. {next_prompt_line(status)}."
    return "Done."
