# The files install.sh puts in place and uninstall.sh removes: one list, kept here so the
# two scripts can never disagree. Sourced, not run.
# shellcheck shell=bash
# The variables are used by the scripts that source this file.
# shellcheck disable=SC2034

APP_ID="io.github.creepguard.CreepGuard"
ICON_SIZES=(16 22 24 32 48 64 128 256 512)
SOURCE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

xdg_dir() {
  # $1: the variable's value, $2: the default. The XDG Base Directory specification says
  # a relative or empty value is invalid and must be ignored.
  case "${1:-}" in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s\n' "$2" ;;
  esac
}

DATA_HOME="$(xdg_dir "${XDG_DATA_HOME:-}" "$HOME/.local/share")"
CONFIG_HOME="$(xdg_dir "${XDG_CONFIG_HOME:-}" "$HOME/.config")"
STATE_HOME="$(xdg_dir "${XDG_STATE_HOME:-}" "$HOME/.local/state")"

# Lines of "source<TAB>target", source relative to this folder.
manifest() {
  printf '%s\t%s\n' "creepguard.desktop" "$DATA_HOME/applications/creepguard.desktop"
  printf '%s\t%s\n' "$APP_ID.metainfo.xml" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
  local size
  for size in "${ICON_SIZES[@]}"; do
    printf '%s\t%s\n' "icons/hicolor/${size}x${size}/apps/creepguard.png" \
      "$DATA_HOME/icons/hicolor/${size}x${size}/apps/creepguard.png"
  done
  printf '%s\t%s\n' "icons/hicolor/scalable/apps/creepguard.svg" \
    "$DATA_HOME/icons/hicolor/scalable/apps/creepguard.svg"
}

refresh_caches() {
  # Menus and icon themes notice new files by themselves on most desktops; these caches
  # only speed that up, so a missing tool or a failure is not an error.
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA_HOME/applications" >/dev/null 2>&1 || true
  fi
  # Only refresh an icon cache that already exists: creating one would leave a file
  # behind that uninstall.sh did not put there, and GTK ignores a stale cache anyway.
  if [ -f "$DATA_HOME/icons/hicolor/icon-theme.cache" ] \
    && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$DATA_HOME/icons/hicolor" >/dev/null 2>&1 || true
  fi
}
