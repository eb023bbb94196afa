"""How ``creepguard status`` shows a status: plain text and the waybar object.

Standard library only, and ``datetime`` only when a status carries a time to show:
``creepguard.quick`` prints these for a status bar that polls every few seconds.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing costs a few ms to import
    from typing import Any


def _minutes(seconds: float | None) -> str:
    """ "45 min", "1 h 05 min"; minutes rounded down, as the tray and windows show them."""
    if seconds is None:
        return "-"
    minutes = int(seconds // 60)
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


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
        f"Next prompt in {_minutes(status.get('next_prompt_s'))}",
        _today_line(status["today"]),
    ]
    if status.get("recovery_until"):
        from datetime import datetime

        until = datetime.fromisoformat(status["recovery_until"]).strftime("%H:%M")
        lines.append(f"Go easy on lifting until {until}")
    if status.get("paused_until"):
        from datetime import datetime

        until = datetime.fromisoformat(status["paused_until"]).strftime("%a %H:%M")
        lines.append(f"Paused until {until}")
    elif status.get("paused"):
        lines.append("Paused")
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
