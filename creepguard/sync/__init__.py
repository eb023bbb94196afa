"""Several computers, one sit and one history, through a folder the person shares between
them (Syncthing, Nextcloud, a network home): README rule 11 and "Several computers".

Rule: each computer writes only its own files in the folder (under
``creepguard/devices/<its id>/``), always whole (a temporary file beside it, renamed into
place), never a database, and every file says its format. The folder is a copy, never the
truth: the history file (SQLite) is, and what the folder lacks is written again from it.
Reading never blocks tracking and never misreads: the folder's work runs on a thread of
its own with a bounded wait, and a file half arrived, a conflict copy, a newer format or a
folder that is gone are told in plain words and read around. Nothing here imports the UI
(an import-linter contract in ``pyproject.toml``).
"""
