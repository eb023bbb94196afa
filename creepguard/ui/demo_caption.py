"""The demo's caption: one small line at the bottom of the screen saying what the scripted
person does and why. It takes no focus and lets clicks through."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget


class DemoCaption(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setWindowTitle("CreepGuard demo")
        self.setAccessibleName("CreepGuard demo caption")
        self.setStyleSheet(
            "QLabel { background: rgba(32, 32, 32, 230); color: white; padding: 10px 16px;"
            " border-radius: 6px; font-size: 11pt; }"
        )

    def say(self, text: str, minute: float) -> None:
        """Show ``text`` with the demo's clock ("minute 12")."""
        line = f"Demo, minute {int(minute)}: {text}"
        if line == self.text() and self.isVisible():
            return
        self.setText(line)
        self.adjustSize()
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.center().x() - self.width() // 2, area.bottom() - self.height() - 48)
        self.show()
        self.raise_()
