"""The demo's caption: a small line at the bottom of the screen (two lines on a screen too
narrow for it) saying what the scripted person does and why. It takes no focus and lets
clicks through.

The script's captions come in English (creepguard.demo marks them, context "Demo"); they
are translated here, when shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from creepguard.i18n import fill

_MARGIN_PX = 24  # the least room left on either side of the caption


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
        self.setWindowTitle(QCoreApplication.translate("Demo", "CreepGuard demo"))
        self.setAccessibleName(QCoreApplication.translate("Demo", "CreepGuard demo caption"))
        self.setStyleSheet(
            "QLabel { background: rgba(32, 32, 32, 230); color: white; padding: 10px 16px;"
            " border-radius: 6px; font-size: 11pt; }"
        )

    def say(self, text: str, minute: float) -> None:
        """Show ``text`` (a caption of the script, in English) translated, with the demo's
        clock ("minute 12")."""
        line = fill(
            QCoreApplication.translate(
                "Demo",
                "Demo, minute %1: %2",
                "the demo's caption: %1 the minute of the demo's short day, %2 what happens",
            ),
            int(minute),
            QCoreApplication.translate("Demo", text) if text else "",
        )
        if line == self.text() and self.isVisible():
            return
        self.setWordWrap(False)
        self.setText(line)
        # Not adjustSize(): it keeps a window within 2/3 of the screen, cutting a long line.
        self.resize(self.sizeHint())
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            widest = area.width() - 2 * _MARGIN_PX
            if self.width() > widest:  # a long language on a small screen: two lines
                self.setWordWrap(True)
                self.resize(widest, self.heightForWidth(widest))
            self.move(area.center().x() - self.width() // 2, area.bottom() - self.height() - 48)
        self.show()
        self.raise_()
