# D-Bus method names are CamelCase by convention, and dbusmock exports them by name.
# ruff: noqa: N802
"""python-dbusmock template: GNOME's ``org.gnome.Mutter.IdleMonitor`` (the Core monitor).

Runs inside python-dbusmock's process (Debian's ``python3-dbusmock`` with dbus-python), not
in the test process. Behaves as Mutter does where the tests care:

* ``GetIdletime() -> t`` answers the idle time the test set (``SetIdletime``).
* ``AddUserActiveWatch() -> u`` arms a one-shot watch; ``SimulateActivity()`` fires every
  armed one with ``WatchFired(u)`` sent to the connection that added it only (unicast),
  as Mutter does, and forgets it.
* ``RemoveWatch(u)`` and ``AddIdleWatch(t)`` refuse arguments of the wrong D-Bus type, as
  GDBus does for Mutter: the int32 that QtDBus sends for a Python int is an error here.

Test controls on ``org.freedesktop.DBus.Mock``: ``SetIdletime(t)``, ``SimulateActivity()``,
``ListWatches() -> a(us)``.
"""

import dbus
import dbus.lowlevel
from dbusmock import MOCK_IFACE

BUS_NAME = "org.gnome.Mutter.IdleMonitor"
MAIN_OBJ = "/org/gnome/Mutter/IdleMonitor/Core"
MAIN_IFACE = "org.gnome.Mutter.IdleMonitor"
SYSTEM_BUS = False


def load(mock, parameters):
    mock.idletime_ms = int(parameters.get("idletime", 0))
    mock.mutter_watches = {}
    mock.next_watch_id = 1


def _check_signature(message, expected):
    got = message.get_signature() or ""
    if got != expected:
        raise dbus.exceptions.DBusException(
            f"Type of message, '({got})', does not match expected type '({expected})'",
            name="org.freedesktop.DBus.Error.InvalidArgs",
        )


def _add_watch(mock, sender, kind):
    watch_id = mock.next_watch_id
    mock.next_watch_id += 1
    mock.mutter_watches[watch_id] = (sender, kind)
    return dbus.UInt32(watch_id)


@dbus.service.method(MAIN_IFACE, in_signature="", out_signature="t")
def GetIdletime(self):
    return dbus.UInt64(self.idletime_ms)


@dbus.service.method(MAIN_IFACE, in_signature="", out_signature="u", sender_keyword="sender")
def AddUserActiveWatch(self, sender=None):
    return _add_watch(self, sender, "active")


@dbus.service.method(
    MAIN_IFACE,
    in_signature="t",
    out_signature="u",
    sender_keyword="sender",
    message_keyword="message",
)
def AddIdleWatch(self, interval, sender=None, message=None):
    _check_signature(message, "t")
    return _add_watch(self, sender, f"idle {int(interval)}")


@dbus.service.method(MAIN_IFACE, in_signature="u", out_signature="", message_keyword="message")
def RemoveWatch(self, watch_id, message=None):
    _check_signature(message, "u")
    self.mutter_watches.pop(int(watch_id), None)


@dbus.service.method(MOCK_IFACE, in_signature="t", out_signature="")
def SetIdletime(self, idletime_ms):
    self.idletime_ms = int(idletime_ms)


@dbus.service.method(MOCK_IFACE, in_signature="", out_signature="")
def SimulateActivity(self):
    self.idletime_ms = 0
    for watch_id, (sender, kind) in list(self.mutter_watches.items()):
        if kind != "active":
            continue
        del self.mutter_watches[watch_id]
        signal = dbus.lowlevel.SignalMessage(MAIN_OBJ, MAIN_IFACE, "WatchFired")
        signal.append(dbus.UInt32(watch_id), signature="u")
        signal.set_destination(sender)
        self.connection.send_message(signal)


@dbus.service.method(MOCK_IFACE, in_signature="", out_signature="a(us)")
def ListWatches(self):
    return dbus.Array(
        [(dbus.UInt32(k), v[1]) for k, v in sorted(self.mutter_watches.items())],
        signature="(us)",
    )
