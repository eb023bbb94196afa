# Shared by run.sh and test.sh: install missing Debian packages and the Python venv.
# shellcheck shell=bash
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${CREEPGUARD_VENV:-$ROOT/.venv}"

apt_install() {
  # Installs only what is missing; silent when everything is there.
  local missing=()
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  ((${#missing[@]})) || return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Please install these system packages: ${missing[*]}" >&2
    return 0
  fi
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "Please install these system packages (as root: apt-get install ${missing[*]})" >&2
      return 0
    fi
    sudo=(sudo)
  fi
  echo "Installing system packages with apt-get${sudo:+ (sudo may ask for your password)}: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# What headless Qt needs, plus the xcb platform plugin's libraries.
QT_RUNTIME=(libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-randr0 libxcb-render-util0 libxcb-xinerama0 libxcb-image0 libxss1 fonts-dejavu-core)

python_venv() {
  local python="${PYTHON:-python3}"
  if [ ! -x "$VENV/bin/python" ]; then
    if ! "$python" -m venv --help >/dev/null 2>&1 || ! "$python" -c "import ensurepip" 2>/dev/null; then
      apt_install python3-venv
    fi
    "$python" -m venv "$VENV"
    quietly "$VENV/bin/python" -m pip install --disable-pip-version-check --upgrade pip
  fi
}

# Run a command with its output in $VENV/install.log; shown only when it fails.
quietly() {
  if ! "$@" >"$VENV/install.log" 2>&1; then
    cat "$VENV/install.log" >&2
    echo "Failed: $* (the output above is kept in $VENV/install.log)" >&2
    exit 1
  fi
}
