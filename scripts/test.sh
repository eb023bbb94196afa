#!/usr/bin/env bash
# Install everything the tests need and run the whole suite headless:
# lint (ruff), types (mypy), layer contracts (import-linter) and pytest, whose display
# tests start their own Xvfb and whose D-Bus tests start their own buses. The real-desktop
# tier (tests/desktops, marker desktop_real) starts headless Wayland compositors: mutter,
# gnome-shell, kwin_wayland (with plasmashell, for Plasma's tray), sway and weston (about
# two minutes to install, once). sway refuses to run as root: as root, this script creates
# the unprivileged system user creepguard-sway, once, and the tests run sway as that user.
# The several-computers tier (tests/sync_real, marker sync_real) runs two Syncthing
# instances on loopback only, each beside a real tracker (about two minutes).
source "$(dirname "$0")/_common.sh"
apt_install "${QT_RUNTIME[@]}" xvfb xauth xdotool x11-utils dbus dbus-x11 python3-dbusmock \
  openbox trayer dunst imagemagick desktop-file-utils appstream x11-xserver-utils \
  haskell-gtk-sni-tray-utils libfaketime \
  mutter gnome-shell gnome-shell-extension-appindicator kwin-wayland weston \
  plasma-workspace plasma-desktop qtwayland5 sway swaylock wtype grim \
  plasma-wayland-protocols libglib2.0-bin python3-gi \
  libwayland-client0 libwayland-cursor0 libwayland-egl1
apt_install syncthing # two instances on loopback only: tests/sync_real (marker sync_real)
apt_install zsh fish # the completion scripts are run by each shell
if [ "$(id -u)" -eq 0 ] && ! id creepguard-sway >/dev/null 2>&1; then
  echo "Creating the system user creepguard-sway: sway refuses to run as root, so the sway tests run it as this user"
  useradd --system --user-group --no-create-home --home-dir /nonexistent \
    --shell /usr/sbin/nologin creepguard-sway
fi
python_venv
echo "Installing CreepGuard (editable) and its test tools into $VENV"
quietly "$VENV/bin/python" -m pip install --disable-pip-version-check -e "$ROOT[test,wayland]"
export PATH="$VENV/bin:$PATH" # pyside6-lupdate and the other tools
cd "$ROOT"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
echo "== ruff" && "$VENV/bin/ruff" check . && "$VENV/bin/ruff" format --check .
echo "== mypy" && "$VENV/bin/mypy"
echo "== import contracts" && "$VENV/bin/lint-imports"
echo "== pytest" && exec "$VENV/bin/python" -m pytest -p no:cacheprovider "$@"
