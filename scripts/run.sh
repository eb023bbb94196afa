#!/usr/bin/env bash
# Install CreepGuard into a private virtual environment and start it.
#   ./scripts/run.sh            # start the tracker (arguments go to `creepguard run`)
#   ./scripts/run.sh --demo     # watch a whole cycle in a minute, history untouched
source "$(dirname "$0")/_common.sh"
apt_install "${QT_RUNTIME[@]}"
python_venv
# The wayland extra (pywayland): activity on KDE Plasma, sway and other Wayland desktops.
"$VENV/bin/python" -m pip install -q "$ROOT[wayland]"
exec "$VENV/bin/creepguard" run "$@"
