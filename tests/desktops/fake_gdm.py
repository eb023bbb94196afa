#!/usr/bin/python3
"""A stand-in org.gnome.DisplayManager on the (private) system bus.

gnome-shell locks the screen only when a display manager answers (its ``canLock`` checks
for GDM's Version property). Run with Debian's python3 and python3-gi.
"""

from gi.repository import Gio, GLib

XML = """<node><interface name="org.gnome.DisplayManager.Manager">
<property name="Version" type="s" access="read"/>
<method name="RegisterSession"><arg name="details" type="a{sv}" direction="in"/></method>
</interface></node>"""


def _method(_conn, _sender, _path, _iface, _method, _params, invocation):
    invocation.return_value(None)


def _property(_conn, _sender, _path, _iface, _prop):
    return GLib.Variant("s", "43.0")


bus = Gio.bus_get_sync(Gio.BusType.SYSTEM)
info = Gio.DBusNodeInfo.new_for_xml(XML).interfaces[0]
bus.register_object("/org/gnome/DisplayManager/Manager", info, _method, _property, None)
Gio.bus_own_name_on_connection(bus, "org.gnome.DisplayManager", 0, None, None)
GLib.MainLoop().run()
