#!/usr/bin/env bash
# Remove what install.sh put in place: the desktop entry, the AppStream metadata and the
# icons under ${XDG_DATA_HOME:-~/.local/share}. Your sitting history and settings stay.
#
#   packaging/linux/uninstall.sh               # menu entry, metadata and icons only
#   packaging/linux/uninstall.sh --autostart   # also stop starting at login
#   packaging/linux/uninstall.sh --purge-data  # also delete history, settings and logs
#                                              # (asks you to type "delete" first)
#
# The `creepguard` command itself is removed by the tool that installed it
# (e.g. `pipx uninstall creepguard`).
set -euo pipefail
# shellcheck source=packaging/linux/_manifest.sh
source "$(dirname "${BASH_SOURCE[0]}")/_manifest.sh"

usage() {
  sed -n '2,11s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

autostart=0
purge=0
while (($#)); do
  case "$1" in
    --autostart) autostart=1 ;;
    --purge-data) purge=1 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "uninstall.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

# CreepGuard's own folders (platformdirs on Linux; `creepguard diagnose` prints them).
DATA_DIR="$DATA_HOME/creepguard"
CONFIG_DIR="$CONFIG_HOME/creepguard"
STATE_DIR="$STATE_HOME/creepguard"
AUTOSTART_FILE="$CONFIG_HOME/autostart/creepguard.desktop"

# Confirm before anything is removed, so a refusal leaves everything as it was.
if ((purge)); then
  echo "--purge-data deletes these folders and everything in them:"
  for folder in "$DATA_DIR" "$CONFIG_DIR" "$STATE_DIR"; do
    [ -e "$folder" ] && echo "  $folder"
  done
  if [ ! -t 0 ]; then
    echo "uninstall.sh: --purge-data asks for confirmation on a terminal; nothing was removed." >&2
    exit 1
  fi
  read -r -p 'Quit CreepGuard first. Type "delete" to delete them: ' answer
  if [ "$answer" != "delete" ]; then
    echo "Nothing was removed." >&2
    exit 1
  fi
fi

while IFS=$'\t' read -r _source target; do
  if [ -e "$target" ] || [ -L "$target" ]; then
    rm -f -- "$target"
    echo "removed $target"
  fi
done < <(manifest)

refresh_caches

if ((autostart)) && [ -e "$AUTOSTART_FILE" ]; then
  rm -f -- "$AUTOSTART_FILE"
  echo "removed $AUTOSTART_FILE (CreepGuard no longer starts at login)"
fi

if ((purge)); then
  for folder in "$DATA_DIR" "$CONFIG_DIR" "$STATE_DIR"; do
    # A last guard against a mangled variable: only ever a folder named creepguard.
    if [ "$(basename -- "$folder")" = "creepguard" ] && [ -d "$folder" ]; then
      rm -rf -- "$folder"
      echo "deleted $folder"
    fi
  done
else
  echo "Your history and settings were kept:"
  echo "  data folder:     $DATA_DIR"
  echo "  settings folder: $CONFIG_DIR"
  echo "  log folder:      $STATE_DIR/log"
  echo "('creepguard diagnose' lists them too; uninstall.sh --purge-data deletes them.)"
fi
if ((!autostart)) && [ -e "$AUTOSTART_FILE" ]; then
  echo "CreepGuard still starts at login ($AUTOSTART_FILE): run 'creepguard autostart off'" \
    "first, or uninstall.sh --autostart."
fi
