"""Two Syncthing instances on this machine, talking over loopback only, sharing one
folder (after /work/shared/tools/syncthing/pair.sh, in Python, on free ports).

Nothing leaves the machine: global and local discovery, relays, NAT traversal, usage
reporting, crash reporting and upgrades are off, and each instance knows the other only
at 127.0.0.1. Needs Debian's ``syncthing`` (1.19 in Debian 12).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

FOLDER_ID = "creepguard-test"


class SyncthingUnavailable(RuntimeError):
    pass


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Instance:
    name: str
    home: Path
    folder: Path
    device_id: str
    port: int
    gui_port: int
    api_key: str = ""
    process: subprocess.Popen[bytes] | None = None

    def api(self, path: str) -> object:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}", headers={"X-API-Key": self.api_key}
        )
        with urllib.request.urlopen(request, timeout=5) as reply:
            return json.loads(reply.read())

    def post(self, path: str) -> None:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}",
            method="POST",
            headers={"X-API-Key": self.api_key},
        )
        with urllib.request.urlopen(request, timeout=5) as reply:
            reply.read()

    def scan(self) -> None:
        """Scan the folder now (what the file watcher would do within a second)."""
        self.post(f"/rest/db/scan?folder={FOLDER_ID}")

    def resume(self) -> None:
        """SIGCONT, after a SIGSTOP."""
        assert self.process is not None
        self.process.send_signal(signal.SIGCONT)


class Pair:
    """``a`` and ``b``, each with its own home and its copy of the shared folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.a = self._generate("a")
        self.b = self._generate("b")

    def _generate(self, name: str) -> Instance:
        home, folder = self.root / name / "home", self.root / name / "folder"
        home.mkdir(parents=True)
        folder.mkdir(parents=True)
        try:
            done = subprocess.run(
                ["syncthing", "generate", f"--home={home}", "--no-default-folder"],
                capture_output=True,
                text=True,
                timeout=60,
                check=True,
            )
        except FileNotFoundError as error:
            missing = "syncthing is not installed (apt install syncthing)"
            raise SyncthingUnavailable(missing) from error
        match = re.search(r"Device ID:\s*(\S+)", done.stdout + done.stderr)
        if match is None:
            raise SyncthingUnavailable(f"syncthing generate said: {done.stdout}{done.stderr}")
        return Instance(name, home, folder, match[1], _free_port(), _free_port())

    def _configure(self, me: Instance, other: Instance) -> None:
        path = me.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        options = root.find("options")
        assert options is not None

        def option(key: str, value: str) -> None:
            for element in options.findall(key):
                options.remove(element)
            ET.SubElement(options, key).text = value

        option("listenAddress", f"tcp://127.0.0.1:{me.port}")
        for key, value in (
            ("globalAnnounceEnabled", "false"),
            ("localAnnounceEnabled", "false"),
            ("relaysEnabled", "false"),
            ("natEnabled", "false"),
            ("urAccepted", "-1"),
            ("startBrowser", "false"),
            ("crashReportingEnabled", "false"),
            ("autoUpgradeIntervalH", "0"),
        ):
            option(key, value)
        gui = root.find("gui")
        assert gui is not None
        address = gui.find("address")
        assert address is not None
        address.text = f"127.0.0.1:{me.gui_port}"
        key = gui.find("apikey")
        assert key is not None and key.text
        me.api_key = key.text
        for device in root.findall("device"):
            if device.get("id") != me.device_id:
                root.remove(device)
        device = ET.SubElement(root, "device", id=other.device_id, name=other.name,
                               compression="metadata", introducer="false")  # fmt: skip
        ET.SubElement(device, "address").text = f"tcp://127.0.0.1:{other.port}"
        folder = ET.SubElement(root, "folder", id=FOLDER_ID, label=FOLDER_ID,
                               path=str(me.folder), type="sendreceive", rescanIntervalS="3600",
                               fsWatcherEnabled="true", fsWatcherDelayS="1")  # fmt: skip
        ET.SubElement(folder, "device", id=me.device_id)
        ET.SubElement(folder, "device", id=other.device_id)
        # Without it the folder reads as 0: no conflict copies at all (the GUI writes 10).
        ET.SubElement(folder, "maxConflicts").text = "10"
        tree.write(path)

    def start(self, timeout_s: float = 60) -> None:
        for me, other in ((self.a, self.b), (self.b, self.a)):
            self._configure(me, other)
        env = {**os.environ, "STNOUPGRADE": "1", "STNORESTART": "1"}
        for me in (self.a, self.b):
            log = (me.home.parent / "syncthing.log").open("ab")
            me.process = subprocess.Popen(
                ["syncthing", "serve", f"--home={me.home}", "--no-browser", "--no-restart",
                 f"--logfile={me.home.parent / 'st.log'}"],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env,
            )  # fmt: skip
            log.close()
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._connected():
                return
            for me in (self.a, self.b):
                if me.process is not None and me.process.poll() is not None:
                    raise SyncthingUnavailable(f"syncthing {me.name} exited: see {me.home}")
            time.sleep(0.25)
        raise SyncthingUnavailable(f"the two syncthing instances did not connect in {timeout_s} s")

    def _connected(self) -> bool:
        try:
            answer = self.a.api("/rest/system/connections")
        except OSError:
            return False
        assert isinstance(answer, dict)
        peer = answer.get("connections", {}).get(self.b.device_id, {})
        return bool(peer.get("connected"))

    def disconnect(self) -> None:
        """Each stops talking to the other (two computers offline)."""
        self.a.post(f"/rest/system/pause?device={self.b.device_id}")
        self.b.post(f"/rest/system/pause?device={self.a.device_id}")

    def reconnect(self, timeout_s: float = 30) -> None:
        self.a.post(f"/rest/system/resume?device={self.b.device_id}")
        self.b.post(f"/rest/system/resume?device={self.a.device_id}")
        deadline = time.monotonic() + timeout_s
        while not self._connected():
            if time.monotonic() > deadline:
                raise SyncthingUnavailable("the two syncthing instances did not reconnect")
            time.sleep(0.2)

    def stop(self) -> None:
        for me in (self.a, self.b):
            if me.process is not None and me.process.poll() is None:
                with contextlib.suppress(OSError):
                    me.resume()
                me.process.terminate()
                try:
                    me.process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    me.process.kill()
                    me.process.wait(timeout=5)
