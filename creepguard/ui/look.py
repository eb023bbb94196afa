"""One calm look for the surfaces of the moment: the card, the today popup and the status
window share these colours and this style (settings and history follow the platform).

Colours: a near-white surface, one teal accent, ink and muted text that keep AA contrast
on white. Font sizes are never set here: they follow the system font.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialogButtonBox

TRAY_SIZES = (16, 22, 24, 32, 48, 64)
"""The edges trays ask for; the tray ring is drawn (never scaled) at each."""

ACCENT = "#0f766e"
ACCENT_DARK = "#0c5f58"
INK = "#1d272d"
MUTED = "#56626b"
SURFACE = "#fdfefe"
TINT = "#f1f6f6"
LINE = "#c5d0d7"
EDGE = "#b8c5cc"


def calm_style(root: str) -> str:
    """The shared style sheet for a surface whose object name is ``root``: its background,
    text, buttons with one focus ring (the style's own focus rectangle is off), check
    boxes and panels."""
    return f"""
#{root} {{ background: {SURFACE}; }}
#{root} QLabel {{ color: {INK}; background: transparent; }}
#{root} QCheckBox {{ color: {INK}; }}
#{root} QPushButton {{
    background: #ffffff; color: {INK}; border: 1px solid {LINE}; border-radius: 8px;
    padding: 6px 12px; outline: none;
}}
#{root} QPushButton:hover {{ background: #f2f6f8; }}
#{root} QPushButton:focus {{ border: 2px solid {ACCENT}; padding: 5px 11px; }}
#{root} QPushButton:disabled {{ color: #8a969e; }}
#{root} QPushButton:default, #{root} QPushButton[primary="true"] {{
    background: {ACCENT}; color: #ffffff; border: 1px solid {ACCENT};
}}
#{root} QPushButton:default:hover, #{root} QPushButton[primary="true"]:hover {{
    background: {ACCENT_DARK};
}}
#{root} QPushButton:default:disabled {{ background: #9fbdb9; border-color: #9fbdb9; }}
#{root} QPushButton::menu-indicator {{ subcontrol-origin: padding; width: 0; }}
#{root} QFrame#message, #{root} QFrame#tray_note {{
    background: {TINT}; border: none; border-radius: 10px;
}}
"""


def plain_buttons(box: QDialogButtonBox) -> None:
    """Words only on a dialog's buttons: some styles force stock icons on them."""
    from PySide6.QtGui import QIcon

    for button in box.buttons():
        button.setIcon(QIcon())
