#!/usr/bin/env bash
# Install CreepGuard into a private virtual environment and start it.
#   ./scripts/run.sh            # start the tracker (arguments go to `creepguard run`)
#   ./scripts/run.sh --demo     # watch a short day play itself, history untouched
# The first run installs (the Debian packages it lacks, then the venv, editable: a change
# to the code needs no new install); later runs start at once and install again only when
# pyproject.toml, the package list or the interpreter changed.
source "$(dirname "$0")/_common.sh"

install_stamp() {
  {
    printf '%s\n' "${QT_RUNTIME[@]}"
    "${PYTHON:-python3}" --version 2>&1
    cat "$ROOT/pyproject.toml"
  } | sha256sum | cut -d' ' -f1
}

# `creepguard` on PATH: a link in ~/.local/bin, made (and said) once; an existing command
# of that name is left alone.
link_command() {
  local bin="$HOME/.local/bin" target="$VENV/bin/creepguard"
  [ -e "$bin/creepguard" ] || [ -L "$bin/creepguard" ] && return 0
  mkdir -p "$bin" && ln -s "$target" "$bin/creepguard" || {
    echo "To use the creepguard command, run: pipx install \"$ROOT\"" >&2
    return 0
  }
  echo "The creepguard command is now in $bin (a link to $target)."
  case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "Add $bin to your PATH to use it (for example in ~/.profile)." ;;
  esac
}

stamp="$(install_stamp)"
if [ ! -x "$VENV/bin/creepguard" ] || [ "$(cat "$VENV/.creepguard-installed" 2>/dev/null)" != "$stamp" ]; then
  apt_install "${QT_RUNTIME[@]}"
  python_venv
  echo "Installing CreepGuard into $VENV (the first time takes a minute or two)..."
  # The wayland extra (pywayland): activity on KDE Plasma, sway and other Wayland desktops.
  quietly "$VENV/bin/python" -m pip install --disable-pip-version-check -e "$ROOT[wayland]"
  echo "$stamp" >"$VENV/.creepguard-installed"
fi
link_command
exec "$VENV/bin/creepguard" run "$@"
