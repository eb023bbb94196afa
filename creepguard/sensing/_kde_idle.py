"""A pywayland binding of KDE's idle protocol, ``org_kde_kwin_idle`` version 1.

pywayland bundles the protocols of wayland-protocols (ext-idle-notify-v1 among them), not
this one, which lives in KDE's plasma-wayland-protocols (``idle.xml``). It is what sway
1.7 and other compositors built on wlroots 0.15 offer instead of ext-idle-notify-v1
(Debian 12's sway among them), and KWin still offers it. This module is what
pywayland's scanner makes of that file, written out by hand: the two interfaces, their
requests and events in protocol order (the opcodes are the positions).

Imported only when the ``kde-idle`` reader is tried: pywayland is optional.
"""

from __future__ import annotations

from pywayland.protocol.wayland import WlSeat, WlSeatProxy

# From the submodules: the package re-exports them without __all__, which mypy --strict
# does not take as exported.
from pywayland.protocol_core.argument import Argument
from pywayland.protocol_core.globals import Global
from pywayland.protocol_core.interface import Interface
from pywayland.protocol_core.proxy import Proxy
from pywayland.protocol_core.resource import Resource
from pywayland.scanner.argument import ArgumentType


class OrgKdeKwinIdleTimeout(Interface):
    """A timer on one seat: ``idle`` after no input for its timeout, ``resumed`` at the
    first input after that."""

    name = "org_kde_kwin_idle_timeout"
    version = 1


class OrgKdeKwinIdle(Interface):
    """The manager: makes :class:`OrgKdeKwinIdleTimeout` objects."""

    name = "org_kde_kwin_idle"
    version = 1


class OrgKdeKwinIdleTimeoutProxy(Proxy[OrgKdeKwinIdleTimeout]):
    interface = OrgKdeKwinIdleTimeout

    @OrgKdeKwinIdleTimeout.request()
    def release(self) -> None:
        """Release the timeout object (the destructor)."""
        self._marshal(0)
        self._destroy()

    @OrgKdeKwinIdleTimeout.request()
    def simulate_user_activity(self) -> None:
        """Behave as if the person had just been active (not used by CreepGuard)."""
        self._marshal(1)


class OrgKdeKwinIdleTimeoutResource(Resource[OrgKdeKwinIdleTimeout]):
    interface = OrgKdeKwinIdleTimeout

    @OrgKdeKwinIdleTimeout.event()
    def idle(self) -> None:
        """No input for the requested time."""
        self._post_event(0)

    @OrgKdeKwinIdleTimeout.event()
    def resumed(self) -> None:
        """The first input after an ``idle`` event."""
        self._post_event(1)


class OrgKdeKwinIdleProxy(Proxy[OrgKdeKwinIdle]):
    interface = OrgKdeKwinIdle

    @OrgKdeKwinIdle.request(
        Argument(ArgumentType.NewId, interface=OrgKdeKwinIdleTimeout),
        Argument(ArgumentType.Object, interface=WlSeat),
        Argument(ArgumentType.Uint),
    )
    def get_idle_timeout(self, seat: WlSeatProxy, timeout: int) -> OrgKdeKwinIdleTimeoutProxy:
        """A timer firing after ``timeout`` ms without input on ``seat``."""
        timer: OrgKdeKwinIdleTimeoutProxy = self._marshal_constructor(
            0, OrgKdeKwinIdleTimeout, seat, timeout
        )
        return timer


class OrgKdeKwinIdleResource(Resource[OrgKdeKwinIdle]):
    interface = OrgKdeKwinIdle


class OrgKdeKwinIdleTimeoutGlobal(Global[OrgKdeKwinIdleTimeout]):
    interface = OrgKdeKwinIdleTimeout


class OrgKdeKwinIdleGlobal(Global[OrgKdeKwinIdle]):
    interface = OrgKdeKwinIdle


OrgKdeKwinIdleTimeout._gen_c()
OrgKdeKwinIdleTimeout.proxy_class = OrgKdeKwinIdleTimeoutProxy
OrgKdeKwinIdleTimeout.resource_class = OrgKdeKwinIdleTimeoutResource
OrgKdeKwinIdleTimeout.global_class = OrgKdeKwinIdleTimeoutGlobal

OrgKdeKwinIdle._gen_c()
OrgKdeKwinIdle.proxy_class = OrgKdeKwinIdleProxy
OrgKdeKwinIdle.resource_class = OrgKdeKwinIdleResource
OrgKdeKwinIdle.global_class = OrgKdeKwinIdleGlobal
