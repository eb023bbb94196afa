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
:class:`~tests.e2e.desktop.DesktopUnavailable` naming the Debian package, and the
fixtures turn that into a skip with the reason (``scripts/test.sh`` installs them all).
"""

from __future__ import annotations

import contextlib
import importlib
import os
import pwd
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from tests.e2e.apprun import AppProcess
from tests.e2e.desktop import DesktopUnavailable, _bus_has_name, wait_for

SIZE = (1280, 800)

#: program -> the Debian package that provides it
PACKAGES = {
    "mutter": "mutter",
    "gnome-shell": "gnome-shell",
    "kwin_wayland": "kwin-wayland",
    "weston": "weston",
    "dbus-daemon": "dbus",
    "gsettings": "libglib2.0-bin",
    "plasmashell": "plasma-workspace plasma-desktop qtwayland5",
    "kded5": "kded5",
    "sway": "sway",
    "wtype": "wtype",
    "grim": "grim",
    "swaylock": "swaylock",
}

#: the unprivileged user sway runs as when the tests run as root (scripts/test.sh makes it)
SWAY_USER = "creepguard-sway"

#: Qt 5's Wayland platform plugin: plasmashell and KDE's lock screen greeter need it
QT5_WAYLAND = Path("/usr/lib/x86_64-linux-gnu/qt5/plugins/platforms/libqwayland-generic.so")
KACTIVITYMANAGERD = Path("/usr/lib/x86_64-linux-gnu/libexec/kactivitymanagerd")
#: the session a stand-in logind knows: KDE's screen locker asks logind for "auto" (the
#: caller's own session), which the stand-in answers with this id's object
LOGIND_SESSION = "auto"

HERE = Path(__file__).resolve().parent

BUS_CONFIG = """\
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>{kind}</type>
  <listen>unix:dir={folder}</listen>
  <servicedir>{folder}/services</servicedir>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def require(*programs: str) -> None:
    """Raise DesktopUnavailable naming the Debian packages of the missing programs."""
    missing = [program for program in programs if shutil.which(program) is None]
    if missing:
        packages = sorted({PACKAGES.get(program, program) for program in missing})
        raise DesktopUnavailable(
            f"{', '.join(missing)} not installed (Debian: apt-get install {' '.join(packages)})"
        )


def start_bus(
    folder: Path, kind: str = "session", services: Sequence[str] = (), root: Path | None = None
) -> tuple[subprocess.Popen[bytes], str]:
    """A private dbus-daemon that activates only the named services (their Debian
    .service files; nothing else is started behind the test's back); its address.

    The services it starts inherit its environment: with ``root``, the session's home and
    XDG folders (dconf-service must write where gsettings reads)."""
    env = dict(os.environ)
    if root is not None:
        home = root / "home"
        env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local/share"),
            XDG_STATE_HOME=str(home / ".local/state"),
            XDG_CACHE_HOME=str(home / ".cache"),
            XDG_RUNTIME_DIR=str(root / "runtime"),
        )
    (folder / "services").mkdir(parents=True, exist_ok=True)
    for service in services:
        source = Path("/usr/share/dbus-1/services") / f"{service}.service"
        if source.exists():
            shutil.copy(source, folder / "services" / source.name)
    config = folder / "bus.conf"
    config.write_text(BUS_CONFIG.format(kind=kind, folder=folder), encoding="utf-8")
    process = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
    )
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], 10)
    address = process.stdout.readline().decode().strip() if ready else ""
    if not address:
        process.kill()
        process.wait(5)
        process.stdout.close()
        raise DesktopUnavailable(f"dbus-daemon ({kind}) did not start")
    return process, address


@dataclass
class WaylandSession:
    """One compositor, its buses and its folders. Build with :func:`start_session`."""

    kind: str
    root: Path
    bus_address: str
    wayland_display: str
    desktop: str
    system_bus_address: str | None = None
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    #: run at :meth:`stop`, after the processes, last added first
    cleanups: list[Callable[[], None]] = field(default_factory=list)
    _logs: list[IO[bytes]] = field(default_factory=list)

    @property
    def runtime(self) -> Path:
        """The clients' XDG_RUNTIME_DIR (``wayland_display`` is relative to it, unless it
        is an absolute path)."""
        return self.root / "runtime"

    def env(self, **extra: str) -> dict[str, str]:
        """An environment for a Wayland client of this compositor: its socket and buses,
        private XDG folders, nothing of the session running the tests."""
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("XDG_", "DBUS_", "WAYLAND", "QT_", "DESKTOP_SESSION"))
            and key not in ("DISPLAY", "CREEPGUARD_HOME", "SESSION_MANAGER")
        }
        home = self.root / "home"
        env.update(
            HOME=str(home),
            DBUS_SESSION_BUS_ADDRESS=self.bus_address,
            # Without a system bus of its own, the machine's logind must not decide
            # whether this desktop is locked or asleep.
            DBUS_SYSTEM_BUS_ADDRESS=self.system_bus_address
            or f"unix:path={self.root / 'no-system-bus'}",
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local/share"),
            XDG_STATE_HOME=str(home / ".local/state"),
            XDG_CACHE_HOME=str(home / ".cache"),
            XDG_RUNTIME_DIR=str(self.runtime),
            XDG_SESSION_TYPE="wayland",
            XDG_CURRENT_DESKTOP=self.desktop,
            WAYLAND_DISPLAY=self.wayland_display,
            QT_QPA_PLATFORM="wayland",
            LIBGL_ALWAYS_SOFTWARE="1",
            NO_AT_BRIDGE="1",
        )
        env.update(extra)
        return env

    def app(self, home: Path, env: dict[str, str] | None = None, **options: Any) -> AppProcess:
        """A ``creepguard run`` on this desktop (not started yet), in ``env`` (default:
        :meth:`env`)."""
        return AppProcess(home, env if env is not None else self.env(), **options)

    def without_system_bus(self) -> dict[str, str]:
        """:meth:`env` without this session's system bus: a client that must not see
        logind (so what it learns comes from the session bus alone)."""
        return self.env(DBUS_SYSTEM_BUS_ADDRESS=f"unix:path={self.root / 'no-system-bus'}")

    def logind_session(self, method: str) -> None:
        """Call the stand-in logind's session object: ``Lock`` or ``Unlock`` make it send
        that signal, as logind does for ``loginctl lock-session`` / ``unlock-session``."""
        if self.system_bus_address is None or "logind" not in self.processes:
            raise RuntimeError("this session has no stand-in logind (start it with logind=True)")
        _call(
            self.system_bus_address,
            "org.freedesktop.login1",
            f"/org/freedesktop/login1/session/{LOGIND_SESSION}",
            "org.freedesktop.login1.Session",
            method,
        )

    def log(self, name: str) -> str:
        path = self.root / "logs" / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

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
        return _bus_has_name(self.bus_address, name)

    # --- life ------------------------------------------------------------------------------

    def spawn(
        self,
        name: str,
        command: Sequence[str],
        env: dict[str, str] | None = None,
        user: pwd.struct_passwd | None = None,
    ) -> subprocess.Popen[bytes]:
        """Start ``command`` with its output in ``logs/NAME.log``; as ``user`` if given."""
        (self.root / "logs").mkdir(exist_ok=True)
        log = (self.root / "logs" / f"{name}.log").open("ab")
        self._logs.append(log)
        as_user: dict[str, Any] = {}
        if user is not None:
            as_user = {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}
        process = subprocess.Popen(
            list(command),
            env=env if env is not None else self.env(),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            **as_user,
        )
        self.processes[name] = process
        return process

    def alive(self, name: str) -> bool:
        return self.processes[name].poll() is None

    def check_alive(self, name: str) -> None:
        process = self.processes[name]
        if process.poll() is not None:
            raise DesktopUnavailable(
                f"{name} exited with {process.returncode}: {self.log(name)[-2500:]}"
            )

    def wait(self, condition: Callable[[], Any], timeout_s: float, what: str) -> Any:
        """Wait for ``condition`` while the compositor lives (its log if it dies); what
        it returned."""

        def check() -> Any:
            self.check_alive(self.kind)
            return condition()

        return wait_for(check, timeout_s, what, interval_s=0.1)

    def stop(self) -> None:
        for name in reversed(list(self.processes)):
            process = self.processes.pop(name)
            if process.poll() is None:
                process.terminate()
            try:
                process.wait(timeout=8)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
            if process.stdout is not None:
                process.stdout.close()
        for handle in self._logs:
            handle.close()
        self._logs.clear()
        while self.cleanups:
            self.cleanups.pop()()


def _prepare(root: Path) -> None:
    for folder in ("logs", "home/.config", "home/.cache", "home/.local/share", "runtime"):
        (root / folder).mkdir(parents=True, exist_ok=True, mode=0o700)
    (root / "runtime").chmod(0o700)


def _socket_up(session: WaylandSession) -> bool:
    return (session.runtime / session.wayland_display).exists()


def start_mutter(root: Path) -> WaylandSession:
    """mutter 43 ``--headless`` with one 1280x800 virtual monitor."""
    require("mutter", "dbus-daemon")
    _prepare(root)
    bus, address = start_bus(root / "bus")
    session = WaylandSession("mutter", root, address, "wl-mutter", "GNOME")
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
        root / "bus", services=["ca.desrt.dconf", "org.gnome.ScreenSaver"], root=root
    )
    system, system_address = start_bus(root / "system-bus", "system")
    session = WaylandSession(
        "gnome-shell", root, address, "wl-gnome", "GNOME", system_bus_address=system_address
    )
    session.processes["dbus-daemon"] = bus
    session.processes["dbus-daemon-system"] = system
    try:
        env = session.env()
        env.pop("QT_QPA_PLATFORM")
        gdm = session.spawn("fake-gdm", ["/usr/bin/python3", str(FAKE_GDM)], env)
        wait_for(
            lambda: (
                gdm.poll() is not None or _bus_has_name(system_address, "org.gnome.DisplayManager")
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


def _call(
    address: str,
    service: str,
    path: str,
    interface: str,
    method: str,
    *,
    signature: str = "",
    body: tuple[Any, ...] = (),
) -> tuple[Any, ...]:
    """One method call on the bus at ``address``; its reply's body (an error raises)."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    target = DBusAddress(path, bus_name=service, interface=interface)
    with open_dbus_connection(bus=address) as connection:
        reply = connection.send_and_get_reply(
            new_method_call(target, method, signature or None, body), timeout=10
        )
    if reply.header.message_type.name != "method_return":
        raise RuntimeError(f"{interface}.{method}: {reply.body}")
    return tuple(reply.body)


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
        lambda: logind.poll() is not None or _bus_has_name(address, "org.freedesktop.login1"),
        15,
        "the stand-in logind",
    )
    session.check_alive("logind")
    _call(
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
    session = WaylandSession("kwin", root, address, "wl-kwin", "KDE")
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
    session = WaylandSession("sway", root, address, "", "sway")
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
    session = WaylandSession("weston", root, address, "wl-weston", "weston")
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


def sni_owners(bus_address: str) -> list[int]:
    """Process ids owning the items registered with the StatusNotifierWatcher (GNOME's
    AppIndicator extension, or KDE's); empty while there is none, or while the watcher is
    too busy to answer within 2 s (kded5 loading its modules)."""
    try:
        return _sni_owners(bus_address)
    except (OSError, ValueError, TimeoutError):
        return []


def _sni_owners(bus_address: str) -> list[int]:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    watcher = DBusAddress(
        "/StatusNotifierWatcher",
        bus_name="org.kde.StatusNotifierWatcher",
        interface="org.freedesktop.DBus.Properties",
    )
    bus = DBusAddress(
        "/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus"
    )
    owners: list[int] = []
    with open_dbus_connection(bus=bus_address) as connection:
        reply = connection.send_and_get_reply(
            new_method_call(
                watcher,
                "Get",
                "ss",
                ("org.kde.StatusNotifierWatcher", "RegisteredStatusNotifierItems"),
            ),
            timeout=2,
        )
        if reply.header.message_type.name != "method_return":
            return []
        _signature, items = reply.body[0]
        for item in items:
            # "name/path" (KDE's watcher) or "name@path" (GNOME's AppIndicator extension)
            service = item.replace("@", "/").split("/", 1)[0]
            answer = connection.send_and_get_reply(
                new_method_call(bus, "GetConnectionUnixProcessID", "s", (service,)), timeout=2
            )
            if answer.header.message_type.name == "method_return":
                owners.append(int(answer.body[0]))
    return owners


def connection_pid(bus_address: str, name: str) -> int | None:
    """The process id behind a bus name (a unique ``:1.N`` or a well-known one)."""
    try:
        (pid,) = _call(
            bus_address,
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "GetConnectionUnixProcessID",
            signature="s",
            body=(name,),
        )
    except (RuntimeError, OSError, TimeoutError):
        return None
    return int(pid)


def sni_activate(bus_address: str, pid: int) -> bool:
    """Click the tray item of process ``pid`` (what the panel does on a left click:
    org.kde.StatusNotifierItem.Activate); False when it has no item."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    watcher = DBusAddress(
        "/StatusNotifierWatcher",
        bus_name="org.kde.StatusNotifierWatcher",
        interface="org.freedesktop.DBus.Properties",
    )
    bus = DBusAddress(
        "/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus"
    )
    with open_dbus_connection(bus=bus_address) as connection:
        reply = connection.send_and_get_reply(
            new_method_call(
                watcher,
                "Get",
                "ss",
                ("org.kde.StatusNotifierWatcher", "RegisteredStatusNotifierItems"),
            ),
            timeout=2,
        )
        for item in reply.body[0][1]:
            service, _sep, path = item.replace("@", "/").partition("/")
            answer = connection.send_and_get_reply(
                new_method_call(bus, "GetConnectionUnixProcessID", "s", (service,)), timeout=2
            )
            if answer.body and int(answer.body[0]) == pid:
                address = DBusAddress(
                    "/" + path.lstrip("/"), bus_name=service, interface="org.kde.StatusNotifierItem"
                )
                done = connection.send_and_get_reply(
                    new_method_call(address, "Activate", "ii", (640, 10)), timeout=5
                )
                return done.header.message_type.name == "method_return"
    return False


class BusRecorder:
    """Messages on a session bus that match ``rule``, seen by a bus monitor (the private
    buses allow it): ``seen`` holds (monotonic time received, member, body) of each, and
    ``senders`` the (sender, destination) unique names of the same messages."""

    def __init__(self, bus_address: str, rule: str) -> None:
        import threading

        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        self.seen: list[tuple[float, str, tuple[Any, ...]]] = []
        self.senders: list[tuple[str, str]] = []
        self._connection = open_dbus_connection(bus=bus_address)
        monitoring = DBusAddress(
            "/org/freedesktop/DBus",
            bus_name="org.freedesktop.DBus",
            interface="org.freedesktop.DBus.Monitoring",
        )
        self._connection.send_and_get_reply(
            new_method_call(monitoring, "BecomeMonitor", "asu", ([rule], 0)), timeout=5
        )
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from jeepney.low_level import HeaderFields

        while not self._stop.is_set():
            try:
                message = self._connection.receive(timeout=0.2)
            except TimeoutError:
                continue
            except (OSError, ValueError):
                return
            fields = message.header.fields
            member = str(fields.get(HeaderFields.member, ""))
            self.senders.append(
                (
                    str(fields.get(HeaderFields.sender, "")),
                    str(fields.get(HeaderFields.destination, "")),
                )
            )
            self.seen.append((time.monotonic(), member, tuple(message.body)))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        with contextlib.suppress(Exception):
            self._connection.close()


class NotifyRecorder(BusRecorder):
    """Every Notify call: which notifications the app sent."""

    def __init__(self, bus_address: str) -> None:
        super().__init__(
            bus_address,
            "type='method_call',interface='org.freedesktop.Notifications',member='Notify'",
        )

    @property
    def calls(self) -> list[tuple[str, str, list[str]]]:
        """(summary, body, actions) of each Notify."""
        return [
            (str(body[3]), str(body[4]), list(body[5]))
            for _at, member, body in self.seen
            if member == "Notify" and len(body) >= 6
        ]


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
