"""How ``creepguard status`` shows a status: plain text and the waybar object.

Standard library only, and ``datetime`` only when a status carries a time to show:
``creepguard.quick`` prints these for a status bar that polls every few seconds.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing costs a few ms to import
    from typing import Any


def _minutes(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    minutes = round(seconds / 60)
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


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
    text = f"{round(sit / 60)}m" if state == "sitting" else state.replace("_", " ")
    lines = [
        f"Sitting for {_minutes(sit)}" if state == "sitting" else f"Now: {state.replace('_', ' ')}",
        f"Next prompt in {_minutes(status.get('next_prompt_s'))}",
        f"Today: {_minutes(status['today']['sitting_s'])} sitting, "
        f"{status['today']['breaks_taken']} breaks",
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
    if not status.get("running"):
        return "\n".join(
            [
                "CreepGuard is not running.",
                f"Today: {_minutes(status['today']['sitting_s'])} sitting, "
                f"{status['today']['breaks_taken']} breaks taken.",
                *_problems(status),
            ]
        )
    return "\n".join(waybar(status)["tooltip"].splitlines())
