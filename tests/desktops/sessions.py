"""Real Wayland compositors, headless, each in its own D-Bus session, for the real app.

What runs here (Debian 12, no GPU, as root) and how input gets in:

* ``mutter --headless``: GNOME's compositor. Idle time from org.gnome.Mutter.IdleMonitor;
  input through org.gnome.Mutter.RemoteDesktop (a session started over one persistent bus
  connection, then NotifyPointerMotionRelative).
* ``gnome-shell --headless``: the same, plus org.gnome.ScreenSaver (the lock screen). The
  shell locks only when it can talk to a display manager, so a stand-in
  org.gnome.DisplayManager (``fake_gdm.py``) answers on a private system bus.
* ``kwin_wayland --virtual``: KDE's compositor. ext-idle-notify-v1 for idle; input through
  org_kde_kwin_fake_input (allowed with ``KWIN_WAYLAND_NO_PERMISSION_CHECKS=1``). The
  packaged binary carries a file capability (cap_sys_resource) that makes it refuse to
  start as root, so a plain copy of it is run.
  KDE's screen locker (inside kwin) unlocks when logind asks it to, as ``loginctl
  unlock-session`` does: a stand-in logind (python-dbusmock's template) on a private
  system bus lets a test ask. With ``plasma=True`` the rest of a Plasma session's tray
  runs too: kactivitymanagerd, kded5 (whose statusnotifierwatcher module is the
  StatusNotifierWatcher) and plasmashell (the panel's system tray, the host).
* ``sway`` 1.7 (wlroots 0.15, headless backend, pixman renderer): it refuses to run as
  root, so as root it runs as the unprivileged user ``creepguard-sway`` (``scripts/test.sh``
  creates it) with a runtime folder of its own in /tmp; clients connect by the socket's
  absolute path. Idle from org_kde_kwin_idle (no ext-idle-notify-v1 before sway 1.8);
  input is a key press from ``wtype`` (virtual-keyboard protocol); screenshots with
  ``grim``; the lock screen is ``swaylock``, which tells nobody it locked: the app learns
  of a lock from logind (a stand-in here), as swayidle's ``lock`` hook makes it happen.
* ``weston --backend=headless-backend.so``: a compositor with no idle protocol at all.

Nothing here depends on pytest: a missing program raises
:class:`~tests.harness.processes.DesktopUnavailable` naming the Debian package, and the
fixtures turn that into a skip with the reason (``scripts/test.sh`` installs them all).
The buses, the process handling and the app process are :mod:`tests.harness`'s, shared
with the X11 tier (``tests/e2e``).
"""

from __future__ import annotations

import contextlib
import importlib
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.harness.app_process import AppProcess, settings_text
from tests.harness.bus import bus_has_name, call, start_bus
from tests.harness.processes import (
    DesktopUnavailable,
    ProcessGroup,
    private_env,
    require,
    wait_for,
)

SIZE = (1280, 800)

#: the unprivileged user sway runs as when the tests run as root (scripts/test.sh makes it)
SWAY_USER = "creepguard-sway"

#: Qt 5's Wayland platform plugin: plasmashell and KDE's lock screen greeter need it
QT5_WAYLAND = Path("/usr/lib/x86_64-linux-gnu/qt5/plugins/platforms/libqwayland-generic.so")
KACTIVITYMANAGERD = Path("/usr/lib/x86_64-linux-gnu/libexec/kactivitymanagerd")
#: the session a stand-in logind knows: KDE's screen locker asks logind for "auto" (the
#: caller's own session), which the stand-in answers with this id's object
LOGIND_SESSION = "auto"

HERE = Path(__file__).resolve().parent


@dataclass
class WaylandSession(ProcessGroup):
    """One compositor, its buses and its folders, and the processes of the session (each
    with its log in ``root/logs``). Build with one of the ``start_*`` functions."""

    kind: str
    bus_address: str
    wayland_display: str
    desktop: str
    system_bus_address: str | None = None

    @property
    def runtime(self) -> Path:
        """The clients' XDG_RUNTIME_DIR (``wayland_display`` is relative to it, unless it
        is an absolute path)."""
        return self.root / "runtime"

    def env(self, **extra: str) -> dict[str, str]:
        """An environment for a Wayland client of this compositor: its socket and buses,
        private XDG folders, nothing of the session running the tests."""
        settings = {
            "DBUS_SESSION_BUS_ADDRESS": self.bus_address,
            # Without a system bus of its own, the machine's logind must not decide
            # whether this desktop is locked or asleep.
            "DBUS_SYSTEM_BUS_ADDRESS": self.system_bus_address
            or f"unix:path={self.root / 'no-system-bus'}",
            "XDG_SESSION_TYPE": "wayland",
            "XDG_CURRENT_DESKTOP": self.desktop,
            "WAYLAND_DISPLAY": self.wayland_display,
            "QT_QPA_PLATFORM": "wayland",
            "LIBGL_ALWAYS_SOFTWARE": "1",
            "NO_AT_BRIDGE": "1",
        }
        return private_env(self.root / "home", self.runtime, **{**settings, **extra})

    def app(self, home: Path, env: dict[str, str] | None = None, **options: Any) -> AppProcess:
        """A ``creepguard run`` on this desktop (not started yet), in ``env`` (default:
        :meth:`env`)."""
        return AppProcess(home, env if env is not None else self.env(), **options)

    def start_app(self, home: Path, **options: Any) -> AppProcess:
        """A ``creepguard run`` on this desktop, started and answering (see :meth:`app`)."""
        return self.app(home, **options).start_answering(60)

    def without_system_bus(self) -> dict[str, str]:
        """:meth:`env` without this session's system bus: a client that must not see
        logind (so what it learns comes from the session bus alone)."""
        return self.env(DBUS_SYSTEM_BUS_ADDRESS=f"unix:path={self.root / 'no-system-bus'}")

    def logind_session(self, method: str) -> None:
        """Call the stand-in logind's session object: ``Lock`` or ``Unlock`` make it send
        that signal, as logind does for ``loginctl lock-session`` / ``unlock-session``."""
        if self.system_bus_address is None or "logind" not in self.processes:
            raise RuntimeError("this session has no stand-in logind (start it with logind=True)")
        call(
            self.system_bus_address,
            "org.freedesktop.login1",
            f"/org/freedesktop/login1/session/{LOGIND_SESSION}",
            "org.freedesktop.login1.Session",
            method,
        )

    def screenshot(self, path: Path) -> Path | None:
        """The whole screen as PNG where the compositor lets a client take one (weston
        with ``--debug``; gnome-shell's org.gnome.Shell.Screenshot); else None."""
        path.parent.mkdir(parents=True, exist_ok=True)
        if self.kind == "weston" and shutil.which("weston-screenshooter"):
            folder = self.root / "shots"
            folder.mkdir(exist_ok=True)
            for old in folder.glob("*.png"):
                old.unlink()
            subprocess.run(
                ["weston-screenshooter"],
                env=self.env(),
                cwd=folder,
                capture_output=True,
                timeout=20,
                check=False,
            )
            taken = sorted(folder.glob("*.png"))
            if not taken:
                return None
            shutil.move(taken[-1], path)
            return path
        if self.kind == "gnome-shell":
            return gnome_shell_screenshot(self.bus_address, path)
        if self.kind == "sway" and shutil.which("grim"):
            subprocess.run(
                ["grim", str(path)], env=self.env(), capture_output=True, timeout=20, check=False
            )
            return path if path.exists() else None
        return None

    def has_name(self, name: str) -> bool:
        return bus_has_name(self.bus_address, name)

    # --- life ------------------------------------------------------------------------------

    def spawn(  # type: ignore[override]
        self,
        name: str,
        command: Sequence[str],
        env: dict[str, str] | None = None,
        *,
        user: pwd.struct_passwd | None = None,
    ) -> subprocess.Popen[bytes]:
        """Start a program of this session, in :meth:`env` unless ``env`` is given."""
        return super().spawn(name, command, env if env is not None else self.env(), user=user)

    def wait(self, condition: Callable[[], Any], timeout_s: float, what: str) -> Any:
        """Wait for ``condition`` while the compositor lives (its log if it dies); what
        it returned."""

        def check() -> Any:
            self.check_alive(self.kind)
            return condition()

        return wait_for(check, timeout_s, what, interval_s=0.1)


def _prepare(root: Path) -> None:
    for folder in ("logs", "home/.config", "home/.cache", "home/.local/share", "runtime"):
        (root / folder).mkdir(parents=True, exist_ok=True, mode=0o700)
    (root / "runtime").chmod(0o700)


def _service_env(root: Path) -> dict[str, str]:
    """What the services a session bus starts inherit: the session's home and XDG folders
    (dconf-service must write where gsettings reads)."""
    home = root / "home"
    return {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_STATE_HOME": str(home / ".local/state"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(root / "runtime"),
    }


def _socket_up(session: WaylandSession) -> bool:
    return (session.runtime / session.wayland_display).exists()


def start_mutter(root: Path) -> WaylandSession:
    """mutter 43 ``--headless`` with one 1280x800 virtual monitor."""
    require("mutter", "dbus-daemon")
    _prepare(root)
    bus, address = start_bus(root / "bus")
    session = WaylandSession(root, "mutter", address, "wl-mutter", "GNOME")
    session.processes["dbus-daemon"] = bus
    try:
        session.spawn(
            "mutter",
            [
                "mutter",
                "--headless",
                "--wayland",
                "--no-x11",
                f"--virtual-monitor={SIZE[0]}x{SIZE[1]}",
                f"--wayland-display={session.wayland_display}",
            ],
        )
        session.wait(
            lambda: _socket_up(session) and session.has_name("org.gnome.Mutter.IdleMonitor"),
            30,
            "mutter's Wayland socket and IdleMonitor",
        )
    except BaseException:
        session.stop()
        raise
    return session


FAKE_GDM = HERE / "fake_gdm.py"


def start_gnome_shell(root: Path, *, appindicator: bool = False) -> WaylandSession:
    """gnome-shell 43 ``--headless`` on a private session bus and a private system bus,
    where a stand-in display manager lets the shell lock the screen."""
    require("gnome-shell", "dbus-daemon", "gsettings")
    if not Path("/usr/bin/python3").exists():
        raise DesktopUnavailable("/usr/bin/python3 is missing (Debian: python3-gi)")
    _prepare(root)
    # dconf: the shell's settings (gsettings, the extensions switched on) go through it.
    # org.gnome.ScreenSaver is a small gjs service, started on first call, that forwards
    # to the shell's org.gnome.Shell.ScreenShield: as on a real GNOME session.
    bus, address = start_bus(
        root / "bus", services=["ca.desrt.dconf", "org.gnome.ScreenSaver"], env=_service_env(root)
    )
    system, system_address = start_bus(root / "system-bus", "system")
    session = WaylandSession(
        root, "gnome-shell", address, "wl-gnome", "GNOME", system_bus_address=system_address
    )
    session.processes["dbus-daemon"] = bus
    session.processes["dbus-daemon-system"] = system
    try:
        env = session.env()
        env.pop("QT_QPA_PLATFORM")
        gdm = session.spawn("fake-gdm", ["/usr/bin/python3", str(FAKE_GDM)], env)
        wait_for(
            lambda: (
                gdm.poll() is not None or bus_has_name(system_address, "org.gnome.DisplayManager")
            ),
            15,
            "the stand-in display manager",
        )
        session.check_alive("fake-gdm")
        if appindicator:
            enable_appindicator(session)
        session.spawn(
            "gnome-shell",
            [
                "gnome-shell",
                "--headless",
                "--wayland",
                "--no-x11",
                f"--virtual-monitor={SIZE[0]}x{SIZE[1]}",
                f"--wayland-display={session.wayland_display}",
            ],
            env,
        )
        session.wait(
            lambda: (
                _socket_up(session)
                and session.has_name("org.gnome.Mutter.IdleMonitor")
                and session.has_name("org.gnome.Shell.ScreenShield")
            ),
            60,
            "gnome-shell's Wayland socket, IdleMonitor and ScreenShield",
        )
    except BaseException:
        session.stop()
        raise
    return session


def start_logind(session: WaylandSession) -> None:
    """A private system bus with a stand-in systemd-logind (python-dbusmock's ``logind``
    template, Debian's python3-dbusmock) that knows one active session."""
    if not Path("/usr/bin/python3").exists():
        raise DesktopUnavailable("/usr/bin/python3 is missing (Debian: python3-dbusmock)")
    probe = subprocess.run(
        ["/usr/bin/python3", "-c", "import dbusmock"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        raise DesktopUnavailable("python-dbusmock is missing (Debian: python3-dbusmock)")
    system, address = start_bus(session.root / "system-bus", "system")
    session.processes["dbus-daemon-system"] = system
    session.system_bus_address = address
    env = session.env()
    logind = session.spawn(
        "logind", ["/usr/bin/python3", "-m", "dbusmock", "--system", "--template", "logind"], env
    )
    wait_for(
        lambda: logind.poll() is not None or bus_has_name(address, "org.freedesktop.login1"),
        15,
        "the stand-in logind",
    )
    session.check_alive("logind")
    call(
        address,
        "org.freedesktop.login1",
        "/org/freedesktop/login1",
        "org.freedesktop.DBus.Mock",
        "AddSession",
        signature="ssusb",
        body=(LOGIND_SESSION, "seat0", os.getuid(), "creepguard", True),
    )


def start_plasma_tray(session: WaylandSession) -> None:
    """What shows tray items in a Plasma session: kactivitymanagerd (plasmashell will not
    load its shell without it), kded5 (its statusnotifierwatcher module owns
    org.kde.StatusNotifierWatcher) and plasmashell (the panel, whose system tray registers
    as the StatusNotifierHost). They are started here, not by D-Bus activation: activated
    services would not get the compositor's socket."""
    require("plasmashell", "kded5")
    if not (QT5_WAYLAND.exists() and KACTIVITYMANAGERD.exists()):
        raise DesktopUnavailable(
            "Qt 5's Wayland plugin or kactivitymanagerd is missing "
            "(Debian: apt-get install qtwayland5 kactivitymanagerd)"
        )
    env = session.env(KDE_FULL_SESSION="true", KDE_SESSION_VERSION="5")
    session.spawn("kactivitymanagerd", [str(KACTIVITYMANAGERD)], env)
    session.spawn("kded5", ["kded5"], env)
    session.wait(
        lambda: session.has_name("org.kde.ActivityManager") and session.has_name("org.kde.kded5"),
        30,
        "kactivitymanagerd and kded5",
    )
    session.spawn("plasmashell", ["plasmashell", "--no-respawn"], env)
    session.wait(
        lambda: (
            session.alive("plasmashell")
            and session.has_name("org.kde.StatusNotifierWatcher")
            and session.has_name("org.kde.plasmashell")
        ),
        60,
        "plasmashell and the StatusNotifierWatcher",
    )
    session.check_alive("plasmashell")


def start_kwin(root: Path, *, logind: bool = False, plasma: bool = False) -> WaylandSession:
    """kwin_wayland 5.27 ``--virtual`` (a copy without the file capability); with
    ``logind``, a stand-in logind on a private system bus (kwin's screen locker uses it);
    with ``plasma``, Plasma's tray (:func:`start_plasma_tray`)."""
    require("kwin_wayland", "dbus-daemon")
    _prepare(root)
    binary = root / "kwin_wayland"
    shutil.copy(shutil.which("kwin_wayland") or "kwin_wayland", binary)  # drops the capability
    bus, address = start_bus(root / "bus")
    session = WaylandSession(root, "kwin", address, "wl-kwin", "KDE")
    session.processes["dbus-daemon"] = bus
    try:
        if logind:
            start_logind(session)
        env = session.env(KWIN_WAYLAND_NO_PERMISSION_CHECKS="1", KWIN_COMPOSE="Q")
        env.pop("QT_QPA_PLATFORM")  # kwin picks its own
        env.pop("WAYLAND_DISPLAY")
        session.spawn(
            "kwin",
            [
                str(binary),
                "--virtual",
                "--width",
                str(SIZE[0]),
                "--height",
                str(SIZE[1]),
                "--socket",
                session.wayland_display,
                "--no-global-shortcuts",
            ],
            env,
        )
        session.wait(
            lambda: _socket_up(session) and session.has_name("org.kde.KWin"),
            45,
            "kwin's Wayland socket and org.kde.KWin",
        )
        if plasma:
            start_plasma_tray(session)
    except BaseException:
        session.stop()
        raise
    return session


def sway_user() -> pwd.struct_passwd | None:
    """Whom sway runs as: :data:`SWAY_USER` when the tests run as root (sway refuses root),
    else nobody else (None: the tests' own user)."""
    if os.getuid() != 0:
        return None
    try:
        return pwd.getpwnam(SWAY_USER)
    except KeyError:
        raise DesktopUnavailable(
            f"sway refuses to run as root and the user {SWAY_USER} is missing "
            f"(scripts/test.sh creates it: useradd --system --user-group --no-create-home "
            f"--home-dir /nonexistent --shell /usr/sbin/nologin {SWAY_USER})"
        ) from None


SWAY_CONFIG = f"""\
output HEADLESS-1 resolution {SIZE[0]}x{SIZE[1]} bg #4a5866 solid_color
font pango:DejaVu Sans 10
"""


def start_sway(root: Path, *, logind: bool = False) -> WaylandSession:
    """sway 1.7 on its headless backend, as :func:`sway_user`; with ``logind``, a
    stand-in logind on a private system bus."""
    require("sway", "wtype", "dbus-daemon")
    user = sway_user()
    _prepare(root)
    # sway's runtime folder must belong to the user running it: the tests' temporary
    # folders are root's and closed to others, so it lives in /tmp.
    runtime = Path(tempfile.mkdtemp(prefix="cg-sway-", dir="/tmp"))
    if user is not None:
        os.chown(runtime, user.pw_uid, user.pw_gid)
    runtime.chmod(0o700)
    bus, address = start_bus(root / "bus")
    session = WaylandSession(root, "sway", address, "", "sway")
    session.processes["dbus-daemon"] = bus
    session.cleanups.append(lambda: shutil.rmtree(runtime, ignore_errors=True))
    try:
        if logind:
            start_logind(session)
        config = runtime / "config"
        config.write_text(SWAY_CONFIG, encoding="utf-8")
        config.chmod(0o644)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(runtime),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_SESSION_TYPE": "wayland",
            "WLR_BACKENDS": "headless",
            "WLR_LIBINPUT_NO_DEVICES": "1",
            "WLR_RENDERER": "pixman",
        }
        session.spawn("sway", ["sway", "--config", str(config)], env, user=user)

        def socket() -> Path | None:
            found = sorted(runtime.glob("wayland-[0-9]*"))
            sockets = [path for path in found if not path.name.endswith(".lock")]
            return sockets[0] if sockets else None

        found: Path = session.wait(socket, 30, "sway's Wayland socket")
        session.wayland_display = str(found)  # absolute: clients keep their own runtime
    except BaseException:
        session.stop()
        raise
    return session


def start_weston(root: Path) -> WaylandSession:
    """weston 10 on its headless backend: no idle protocol of any kind."""
    require("weston", "dbus-daemon")
    _prepare(root)
    bus, address = start_bus(root / "bus")
    session = WaylandSession(root, "weston", address, "wl-weston", "weston")
    session.processes["dbus-daemon"] = bus
    try:
        env = session.env()
        env.pop("WAYLAND_DISPLAY")
        session.spawn(
            "weston",
            [
                "weston",
                "--backend=headless-backend.so",
                f"--socket={session.wayland_display}",
                f"--width={SIZE[0]}",
                f"--height={SIZE[1]}",
                "--idle-time=0",
                "--use-pixman",  # draws (the default renderer draws nothing)
                "--debug",  # lets weston-screenshooter take screenshots
            ],
            env,
        )
        session.wait(lambda: _socket_up(session), 30, "weston's Wayland socket")
    except BaseException:
        session.stop()
        raise
    return session


def gnome_shell_screenshot(bus_address: str, path: Path) -> Path | None:
    """org.gnome.Shell.Screenshot, which the shell grants only to a few well-known bus
    names: the connection first owns org.gnome.Screenshot, as GNOME's tool would."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(bus=bus_address) as connection:
        bus = DBusAddress(
            "/org/freedesktop/DBus",
            bus_name="org.freedesktop.DBus",
            interface="org.freedesktop.DBus",
        )
        connection.send_and_get_reply(
            new_method_call(bus, "RequestName", "su", ("org.gnome.Screenshot", 4)), timeout=5
        )
        shell = DBusAddress(
            "/org/gnome/Shell/Screenshot",
            bus_name="org.gnome.Shell.Screenshot",
            interface="org.gnome.Shell.Screenshot",
        )
        reply = connection.send_and_get_reply(
            new_method_call(shell, "Screenshot", "bbs", (False, False, str(path))), timeout=20
        )
    if reply.header.message_type.name != "method_return" or not reply.body[0]:
        return None
    return path if path.exists() else None


def enable_appindicator(session: WaylandSession) -> None:
    """Switch GNOME's AppIndicator extension on (as Extensions or gsettings would)."""
    env = session.env()
    for key, value in (
        ("disable-user-extensions", "false"),
        ("enabled-extensions", "['ubuntu-appindicators@ubuntu.com']"),
    ):
        subprocess.run(
            ["gsettings", "set", "org.gnome.shell", key, value],
            env=env,
            check=True,
            timeout=20,
            capture_output=True,
        )


def short_limits() -> str:
    """The app's settings with a one-minute away limit and minimum break."""
    return settings_text(away_after_min=1, min_break_min=1)


STARTERS: dict[str, Callable[[Path], WaylandSession]] = {
    "mutter": start_mutter,
    "gnome-shell": start_gnome_shell,
    "kwin": start_kwin,
    "kwin-logind": lambda root: start_kwin(root, logind=True),
    "plasma": lambda root: start_kwin(root, plasma=True),
    "sway": lambda root: start_sway(root, logind=True),
    "weston": start_weston,
}


# ---------------------------------------------------------------------- input


class MutterInput:
    """Input into mutter or gnome-shell through org.gnome.Mutter.RemoteDesktop.

    The remote-desktop session lives as long as the bus connection that created it, so
    one connection is kept open.
    """

    SERVICE = "org.gnome.Mutter.RemoteDesktop"

    def __init__(self, bus_address: str) -> None:
        from jeepney import DBusAddress
        from jeepney.io.blocking import open_dbus_connection

        self._connection = open_dbus_connection(bus=bus_address)
        manager = DBusAddress(
            "/org/gnome/Mutter/RemoteDesktop", bus_name=self.SERVICE, interface=self.SERVICE
        )
        (path,) = self._call(manager, "CreateSession", "", ())
        self._session = DBusAddress(
            path, bus_name=self.SERVICE, interface=f"{self.SERVICE}.Session"
        )
        self._call(self._session, "Start", "", ())

    def _call(self, address: Any, method: str, signature: str, body: tuple[Any, ...]) -> Any:
        from jeepney import new_method_call

        reply = self._connection.send_and_get_reply(
            new_method_call(address, method, signature, body), timeout=5
        )
        if reply.header.message_type.name == "error":
            raise RuntimeError(f"{method}: {reply.body}")
        return reply.body

    def move(self, dx: float = 3.0, dy: float = 2.0) -> None:
        """A relative pointer motion."""
        self._call(self._session, "NotifyPointerMotionRelative", "dd", (dx, dy))

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._call(self._session, "Stop", "", ())
        self._connection.close()


class KWinInput:
    """Input into kwin through org_kde_kwin_fake_input, from a Wayland client of our own.

    The protocol binding is generated with pywayland's scanner from Debian's
    plasma-wayland-protocols (``fake-input.xml``) into ``scratch``.
    """

    XML = Path("/usr/share/plasma-wayland-protocols/fake-input.xml")

    def __init__(self, session: WaylandSession, scratch: Path) -> None:
        if not self.XML.exists():
            raise DesktopUnavailable(
                f"{self.XML} is missing (Debian: apt-get install plasma-wayland-protocols)"
            )
        try:
            client = importlib.import_module("pywayland.client")
        except ImportError as error:
            raise DesktopUnavailable(f"pywayland is not installed ({error})") from error
        package = scratch / "kwinfake"
        if not (package / "fake_input.py").exists():
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pywayland.scanner",
                    "-i",
                    str(self.XML),
                    "-o",
                    str(package),
                ],
                check=True,
                capture_output=True,
                timeout=60,
            )
        sys.path.insert(0, str(scratch))
        try:
            fake_module = importlib.import_module("kwinfake.fake_input")
        finally:
            sys.path.remove(str(scratch))
        self._display = client.Display(str(session.runtime / session.wayland_display))
        self._display.connect()
        found: dict[str, tuple[int, int]] = {}

        def on_global(_registry: Any, name: int, interface: str, version: int) -> None:
            found[interface] = (name, version)

        registry = self._display.get_registry()
        registry.dispatcher["global"] = on_global
        self._display.roundtrip()
        if "org_kde_kwin_fake_input" not in found:
            self._display.disconnect()
            raise DesktopUnavailable("kwin offers no org_kde_kwin_fake_input")
        name, version = found["org_kde_kwin_fake_input"]
        cls = fake_module.OrgKdeKwinFakeInput
        self._fake = registry.bind(name, cls, min(version, cls.version))
        self._fake.authenticate("creepguard-tests", "input for the real-desktop tests")
        self._display.roundtrip()

    def move(self, dx: float = 3.0, dy: float = 2.0) -> None:
        self._fake.pointer_motion(dx, dy)
        self._display.flush()
        self._display.roundtrip()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._display.disconnect()


class SwayInput:
    """A key press (Shift) from ``wtype``, through the virtual-keyboard protocol: sway's
    idle timers take it as a person's (a modifier alone, ``wtype -M``, they do not)."""

    def __init__(self, session: WaylandSession) -> None:
        require("wtype")
        self._env = session.env()

    def move(self) -> None:
        subprocess.run(
            ["wtype", "-k", "Shift_L"], env=self._env, check=True, timeout=10, capture_output=True
        )

    def close(self) -> None:
        return None


def keep_moving(
    input_: MutterInput | KWinInput | SwayInput, seconds: float, every_s: float = 0.2
) -> None:
    """Steady input for ``seconds``: a person working."""
    end = time.monotonic() + seconds
    while True:
        input_.move()
        if time.monotonic() >= end:
            return
        time.sleep(every_s)
