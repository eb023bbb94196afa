#!/usr/bin/env bash
# Add CreepGuard to the application menu of the current user: the desktop entry, the
# AppStream metadata and the icons go under ${XDG_DATA_HOME:-~/.local/share}. Safe to run
# again (files are replaced, nothing piles up). Needs the `creepguard` command itself
# installed separately, e.g. `pipx install .` from the repository.
#
#   packaging/linux/install.sh                        # Exec=creepguard, found on PATH
#   packaging/linux/install.sh --exec /opt/cg/creepguard   # an absolute program path
#
# Undo with packaging/linux/uninstall.sh.
set -euo pipefail
# shellcheck source=packaging/linux/_manifest.sh
source "$(dirname "${BASH_SOURCE[0]}")/_manifest.sh"

usage() {
  sed -n '2,10s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

program=""
while (($#)); do
  case "$1" in
    --exec)
      [ $# -ge 2 ] || { echo "install.sh: --exec needs a path" >&2; exit 2; }
      program="$2"
      shift 2
      ;;
    -h | --help) usage; exit 0 ;;
    *) echo "install.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done

if [ -n "$program" ]; then
  case "$program" in
    /*) ;;
    *) echo "install.sh: --exec wants an absolute path, not $program" >&2; exit 2 ;;
  esac
  case "$program" in
    # The Exec key quotes with double quotes; keep to paths that need no quoting at all.
    *[[:space:]\"\'\\\$\`%]*)
      echo "install.sh: please use a path without spaces or quotes: $program" >&2
      exit 2
      ;;
  esac
fi

while IFS=$'\t' read -r source target; do
  mkdir -p "$(dirname "$target")"
  if [ -n "$program" ] && [ "$source" = "creepguard.desktop" ]; then
    # Write to a temporary file and rename, so a menu never reads half a file.
    sed -e "s|^Exec=creepguard\\b|Exec=$program|" -e "s|^TryExec=creepguard\$|TryExec=$program|" \
      "$SOURCE_DIR/$source" >"$target.tmp"
    chmod 0644 "$target.tmp"
    mv -f "$target.tmp" "$target"
  else
    install -m 0644 "$SOURCE_DIR/$source" "$target"
  fi
  echo "installed $target"
done < <(manifest)

refresh_caches

if [ -z "$program" ] && ! command -v creepguard >/dev/null 2>&1; then
  echo "Note: no 'creepguard' command on PATH; the menu entry stays hidden until there is one" \
    "(pipx install . puts it in ~/.local/bin), or run again with --exec /path/to/creepguard."
fi
