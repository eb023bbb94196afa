"""The texts of the Linux desktop entry and the AppStream metadata, for translators.

``packaging/linux/creepguard.desktop`` and ``io.github.creepguard.CreepGuard.metainfo.xml``
are read by software centres and menus, not by CreepGuard, so their words cannot be
translated at run time. They are marked here (context "Packaging") so they land in the
catalogue with the rest; ``scripts/build_translations.sh`` then writes each finished
translation into those files (``Name[de]=...``, ``<p xml:lang="de">``), and
tests/packaging/test_packaging_translations.py checks the committed files are exactly
what it writes. Change an English text here and in the file together.

Nothing in the running app imports this module.
"""

from __future__ import annotations

from creepguard.i18n import QT_TRANSLATE_NOOP as N_

# Desktop entry keys ("Group/Key") and their English values, as in creepguard.desktop.
DESKTOP: dict[str, str] = {
    "Desktop Entry/Name": N_("Packaging", "CreepGuard", "the app's name in menus"),
    "Desktop Entry/GenericName": N_("Packaging", "Sitting Break Reminder", "what kind of app"),
    "Desktop Entry/Comment": N_(
        "Packaging", "Measures continuous sitting and prompts short posture breaks"
    ),
    "Desktop Entry/Keywords": N_(
        "Packaging",
        "sitting;posture;break;stretch;back;reminder;ergonomics;health;timer;",
        "search words for menus: separated by ';', ending with ';', no spaces around them",
    ),
    "Desktop Action take-break/Name": N_("Packaging", "Take a Break Now", "a menu action"),
    "Desktop Action pause/Name": N_("Packaging", "Pause Reminders for 30 Minutes", "a menu action"),
    "Desktop Action resume/Name": N_("Packaging", "Resume Reminders", "a menu action"),
}

# Every text of the AppStream metadata a software centre shows, whitespace collapsed:
# the summary, the description's paragraphs and items, the screenshots' captions.
METAINFO: tuple[str, ...] = (
    N_("Packaging", "Measure continuous sitting and take short posture breaks", "a summary"),
    N_(
        "Packaging",
        "CreepGuard sits in the system tray and measures how long you have sat without a "
        "break, from your real keyboard and mouse activity: a pause to read or think does not "
        "reset it, leaving the desk does.",
    ),
    N_(
        "Packaging",
        "After about 20 minutes of unbroken sitting the discs and ligaments of the lower back "
        "start to creep, slowly deforming under the steady load. CreepGuard warns you when "
        "that point comes and, about every 30 minutes, prompts a change of posture with a "
        "short illustrated stretch.",
    ),
    N_("Packaging", "Tracks sitting from real activity and notices when you step away"),
    N_("Packaging", "A sit/stand toggle for standing desks"),
    N_(
        "Packaging",
        "A calm warning at the creep point and a posture prompt about every 30 minutes",
    ),
    N_("Packaging", "A library of short stretches, each with an illustration"),
    N_("Packaging", "A weekly history of sitting, standing and breaks, with CSV and JSON export"),
    N_("Packaging", "A command line and a status-bar output for scripts and panels"),
    N_(
        "Packaging",
        "Everything stays on your computer: CreepGuard keeps its history in a local file and "
        "never uses the network.",
    ),
    N_("Packaging", "A posture prompt with a short illustrated stretch", "a screenshot"),
    N_("Packaging", "A week of sitting, standing and breaks", "a screenshot"),
    N_("Packaging", "Settings: when to warn, when to prompt, when to stay quiet", "a screenshot"),
)
