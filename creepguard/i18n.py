"""Translation for the code that runs without Qt: the command line, settings, storage.

``creepguard status`` must cost little more than starting Python, so this is the standard
library alone (``os``, ``json``): no Qt, no gettext, no babel. The texts come from the same
Qt Linguist catalogue as the windows' (``translations/creepguard_<code>.ts``);
``scripts/build_translations.sh`` writes the contexts this code uses into a small JSON file
per language (``resources/translations/creepguard_<code>.json``), and only the one needed
is read, once, at the first :func:`translate`. English reads no file at all.

Marking a text (lupdate reads these calls; arguments must be positional, because lupdate
does not read keyword arguments)::

    tr("Cli", "Tracker: not running")
    tr("Cli", "%n break(s)", None, count)          # plural: Qt's numerus form, %n = count
    tr("Cli", "Week %1", "a heading: the ISO week")  # a comment for the translator
    fill(tr("Cli", "Paused until %1."), until)       # %1, %2... as QString.arg fills them
    QT_TRANSLATE_NOOP("Settings", "Snooze for")      # a text translated later, when shown

In English a plural's "(s)" (any letters in brackets right after a word) is dropped for
one and kept for any other count, so the source text is also the English text.

Which language: :func:`set_language` (from the "language" setting), else the system's
(``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, in that order, as gettext reads
them), else English. Windows and macOS name their language elsewhere: without Qt, the
command line speaks English there unless one of these variables says otherwise.
"""

from __future__ import annotations

import itertools
import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing costs a few ms to import, and the status path counts them
    from collections.abc import Callable, Iterable, Mapping

__all__ = [
    "QT_TRANSLATE_NOOP",
    "CatalogueError",
    "available_languages",
    "catalogue_path",
    "current_language",
    "fill",
    "language_from_environment",
    "plural_index",
    "resolve_language",
    "set_language",
    "tr",
    "translate",
]

SOURCE_LANGUAGE = "en"
# The variables gettext reads, in its order; the first that is set decides (LANGUAGE may
# list several, "pt_BR:pt:en").
ENVIRONMENT_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
CATALOGUE_FORMAT = 1  # the JSON files' "format"; build_translations.sh writes it
_SEPARATOR = "\x04"  # between context, source and comment in a key (as gettext's msgctxt)


class CatalogueError(ValueError):
    """A catalogue file that cannot be used (unreadable, not JSON, a wrong shape)."""


# ---------------------------------------------------------------------- plural rules
# The numerus form Qt's lrelease picks for ``n``, per language (qtbase's
# src/corelib/kernel/qtranslator.cpp and lupdate's numerus table, checked against the
# number of <numerusform> slots `lupdate -target-language` makes: tests/test_i18n.py).


def _one_form(n: int) -> int:
    return 0


def _germanic(n: int) -> int:  # en de nl it es pt_BR...: one / other
    return 0 if n == 1 else 1


def _french(n: int) -> int:  # fr, pt_BR: 0 and 1 are singular
    return 0 if n <= 1 else 1


def _slavic(n: int) -> int:  # ru pl...: one / few / many, as Qt counts them
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def _polish(n: int) -> int:  # Polish: only 1 itself is singular (21 is "many")
    if n == 1:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def _arabic(n: int) -> int:  # zero / one / two / few (3-10) / many (11-99) / other
    if n == 0:
        return 0
    if n == 1:
        return 1
    if n == 2:
        return 2
    if 3 <= n % 100 <= 10:
        return 3
    if 11 <= n % 100 <= 99:
        return 4
    return 5


_PLURALS: dict[str, Callable[[int], int]] = {
    "en": _germanic,
    "de": _germanic,
    "nl": _germanic,
    "it": _germanic,
    "es": _germanic,
    "pt": _germanic,
    "fr": _french,
    "pt_BR": _french,  # Qt counts Brazilian Portuguese as French: 0 is singular too
    "pl": _polish,
    "ru": _slavic,
    "uk": _slavic,
    "ar": _arabic,
    "zh": _one_form,
    "ja": _one_form,
    "ko": _one_form,
}

# Numerus forms per language, as lupdate makes the slots (the completeness test checks it).
PLURAL_FORMS = {"en": 2, "de": 2, "nl": 2, "it": 2, "es": 2, "pt": 2, "fr": 2, "pl": 3,
                "ru": 3, "uk": 3, "ar": 6, "zh": 1, "ja": 1, "ko": 1}  # fmt: skip

# Each language named in itself, as the Settings window lists them; a catalogue whose code
# is not here is named by Qt (QLocale.nativeLanguageName) or by its code.
LANGUAGE_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "pt_BR": "Português (Brasil)",
    "nl": "Nederlands",
    "pl": "Polski",
    "ru": "Русский",
    "zh_CN": "简体中文",
    "ja": "日本語",
    "ar": "العربية",
}

# Languages written right to left: their windows are mirrored (Qt reads this too).
RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur"})


def _base(code: str) -> str:
    return code.split("_", maxsplit=1)[0].lower()


def plural_index(language: str, n: int) -> int:
    """Which numerus form (0-based) ``language`` uses for ``n``, as Qt chooses it.

    A language without a known rule uses the English one (one / other)."""
    rule = _PLURALS.get(language) or _PLURALS.get(_base(language), _germanic)
    return rule(abs(n))


def plural_forms(language: str) -> int:
    """How many numerus forms a message has in ``language`` (2 when unknown)."""
    return PLURAL_FORMS.get(_base(language), 2)


def is_right_to_left(language: str) -> bool:
    return _base(language) in RIGHT_TO_LEFT


# ---------------------------------------------------------------------- choosing a language


def _catalogue_dir() -> str:
    """``resources/translations``, as :func:`creepguard.paths.resource_dir` finds it
    (installed inside the package, or at the top of a checkout); ``os.path`` alone, since
    pathlib costs the status path ~5 ms."""
    here = os.path.dirname(os.path.abspath(__file__))  # noqa: PTH100, PTH120
    packaged = os.path.join(here, "resources")  # noqa: PTH118
    if os.path.isdir(os.path.join(packaged, "exercises")):  # noqa: PTH112, PTH118
        return os.path.join(packaged, "translations")  # noqa: PTH118
    return os.path.join(os.path.dirname(here), "resources", "translations")  # noqa: PTH118, PTH120


_DIRECTORY: list[str] = []  # set_catalogue_dir's answer (tests), else _catalogue_dir()


def set_catalogue_dir(path: str | None) -> None:
    """Read catalogues from ``path`` (tests use a folder of fixtures); None: the default."""
    _DIRECTORY[:] = [path] if path else []
    _STATE.clear()


def catalogue_path(language: str, suffix: str = ".json") -> str:
    folder = _DIRECTORY[0] if _DIRECTORY else _catalogue_dir()
    return os.path.join(folder, f"creepguard_{language}{suffix}")  # noqa: PTH118


def available_languages() -> list[str]:
    """English and every language with a compiled catalogue, sorted by code."""
    folder = _DIRECTORY[0] if _DIRECTORY else _catalogue_dir()
    try:
        names = os.listdir(folder)  # noqa: PTH208 (pathlib: ~5 ms on the status path)
    except OSError:
        names = []
    codes = {
        name[len("creepguard_") : -len(".json")]
        for name in names
        if name.startswith("creepguard_") and name.endswith(".json")
    }
    return sorted(codes | {SOURCE_LANGUAGE})


def _normalise(value: str) -> str:
    """ "pt_BR.UTF-8" -> "pt_BR", "de_DE@euro" -> "de_DE", "zh-cn" -> "zh_CN"."""
    code = value.split(".", maxsplit=1)[0].split("@", maxsplit=1)[0].strip().replace("-", "_")
    language, _, region = code.partition("_")
    return f"{language.lower()}_{region.upper()}" if region else language.lower()


def language_from_environment(environ: Mapping[str, str] | None = None) -> list[str]:
    """The languages the system asks for, most wanted first ("C" and "POSIX" are English).

    As gettext: the first of LANGUAGE, LC_ALL, LC_MESSAGES, LANG that is set decides;
    LANGUAGE may name several, separated by colons.
    """
    environ = os.environ if environ is None else environ
    for name in ENVIRONMENT_VARIABLES:
        value = environ.get(name, "").strip()
        if not value:
            continue
        wanted = []
        for part in value.split(":") if name == "LANGUAGE" else [value]:
            code = _normalise(part)
            if code in ("c", "posix"):
                code = SOURCE_LANGUAGE
            if code and code not in wanted:
                wanted.append(code)
        if wanted:
            return wanted
    return []


def resolve_language(wanted: Iterable[str], available: Iterable[str] | None = None) -> str:
    """The first of ``wanted`` there is a catalogue for: the code itself ("pt_BR"), else
    its language ("de" for "de_AT"); English when none is. A bare language ("zh") takes
    a catalogue of a region ("zh_CN") only when it is the one of that language."""
    have = set(available_languages() if available is None else available) | {SOURCE_LANGUAGE}
    for code in wanted:
        base = _base(code)
        if code in have:
            return code
        if base in have:
            return base
        regional = sorted(c for c in have if _base(c) == base)
        if "_" not in code and len(regional) == 1:
            return regional[0]
    return SOURCE_LANGUAGE


# ---------------------------------------------------------------------- the catalogue

# The language in use and its messages, found at the first translate() (or set_language).
_STATE: dict[str, object] = {}


def set_language(language: str | None) -> str:
    """Use ``language`` ("" or None: the system's); returns the one in use.

    An unknown code, or a catalogue that cannot be read, falls back to English; the
    reason is kept for :func:`catalogue_problem`, never raised.
    """
    _STATE.clear()
    chosen = language or ""
    if chosen:
        code = resolve_language([_normalise(chosen)])
        if code == SOURCE_LANGUAGE and _base(chosen) != SOURCE_LANGUAGE:
            _STATE["problem"] = f"no translation for the language {chosen!r}; using English"
    else:
        code = resolve_language(language_from_environment())
    _load(code)
    return current_language()


def current_language() -> str:
    """The language texts are translated into (loading it, if not done yet)."""
    if "language" not in _STATE:
        set_language(None)
    return str(_STATE["language"])


def catalogue_problem() -> str | None:
    """Why the wanted language is not in use (unknown, a broken file), or None."""
    current_language()
    problem = _STATE.get("problem")
    return str(problem) if problem else None


def _load(language: str) -> None:
    messages: dict[str, object] = {}
    if language != SOURCE_LANGUAGE:
        try:
            messages = read_catalogue(catalogue_path(language), language)
        except CatalogueError as error:
            _STATE["problem"] = f"{error}; using English"
            language = SOURCE_LANGUAGE
    _STATE["language"] = language
    _STATE["messages"] = messages


def read_catalogue(path: str, language: str) -> dict[str, object]:
    """The messages of one JSON catalogue; raises :class:`CatalogueError` with a reason."""
    import json

    try:
        with open(path, "rb") as file:  # noqa: PTH123 (pathlib: ~5 ms on the status path)
            data = json.loads(file.read())
    except (OSError, ValueError) as error:
        raise CatalogueError(f"the translation {path} cannot be read ({error})") from None
    messages = data.get("messages") if isinstance(data, dict) else None
    if (
        not isinstance(messages, dict)
        or data.get("format") != CATALOGUE_FORMAT
        or data.get("language") != language
    ):
        raise CatalogueError(f"the translation {path} is not a CreepGuard catalogue for {language}")
    return messages


def key(context: str, source: str, comment: str | None = None) -> str:
    """A message's key in a JSON catalogue: context, source and comment, as Qt tells
    messages apart."""
    return _SEPARATOR.join([context, source, comment] if comment else [context, source])


def english_plural(text: str, n: int) -> str:
    """ "%n break(s)" -> "1 break", "2 breaks": the source text as English.

    Letters in brackets right after a letter are the plural ending. (``str`` methods, not
    ``re``: the status path does not otherwise import it, and it costs ~3 ms.)"""
    parts = text.split("(")
    out = [parts[0]]
    for before, part in itertools.pairwise(parts):
        ending, closing, rest = part.partition(")")
        if closing and ending.isalpha() and before[-1:].isalpha():
            out.append(("" if abs(n) == 1 else ending) + rest)
        else:
            out.append("(" + part)
    return "".join(out)


def translate(context: str, text: str, comment: str | None = None, n: int = -1) -> str:
    """``text`` of ``context`` in the language in use; with ``n >= 0``, the plural form
    for ``n``, with ``%n`` replaced by it (QCoreApplication.translate's arguments)."""
    if "language" not in _STATE:
        current_language()
    messages = _STATE["messages"]
    found = messages.get(key(context, text, comment)) if isinstance(messages, dict) else None
    if isinstance(found, list) and found:
        index = plural_index(str(_STATE["language"]), n) if n >= 0 else 0
        result = str(found[min(index, len(found) - 1)]) or text
    elif isinstance(found, str) and found:
        result = found
    else:
        result = english_plural(text, n) if n >= 0 else text
    return result.replace("%n", str(n)) if n >= 0 else result


tr = translate


def QT_TRANSLATE_NOOP(context: str, text: str, comment: str | None = None) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark ``text`` for the catalogue, translated later (when shown) in ``context``."""
    return text


def fill(text: str, *values: object) -> str:
    """Put ``values`` in for %1 to %9, as QString.arg does, in one pass: a value holding
    "%2" stays as it is. A placeholder without a value is left in place."""
    pieces = text.split("%")
    out = [pieces[0]]
    for piece in pieces[1:]:
        number = piece[:1]
        if number.isdigit() and 0 < int(number) <= len(values):
            out.append(str(values[int(number) - 1]) + piece[1:])
        else:
            out.append("%" + piece)
    return "".join(out)


def language_setting(settings_file: str) -> str:
    """The "language" value of the settings file, "" when unset or unreadable.

    A line scan, not ``tomllib`` (~10 ms to import, and ``creepguard status`` runs every
    few seconds): the file is written by :func:`creepguard.settings.render` as
    ``language = "de"``. A hand-written form this does not read follows the system, and
    the full reading (settings.load) still reports a bad value.
    """
    try:
        with open(settings_file, encoding="utf-8") as file:  # noqa: PTH123 (see above)
            lines = file.read().splitlines()
    except (OSError, UnicodeDecodeError):
        return ""
    for line in lines:
        name, equals, value = line.partition("=")
        if equals and name.strip() == "language":
            value = value.split("#", maxsplit=1)[0].strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                return value[1:-1].strip()
            return ""
    return ""


def settings_file() -> str | None:
    """``str(AppPaths.from_environment().settings_file)`` with ``os`` alone where that is
    simple ($CREEPGUARD_HOME, Linux's XDG folders); None elsewhere (the caller then asks
    :mod:`creepguard.paths`)."""
    home = os.environ.get("CREEPGUARD_HOME")
    if home:
        return os.path.join(home, "config", "settings.toml")  # noqa: PTH118
    if not sys.platform.startswith("linux"):
        return None
    config = os.environ.get("XDG_CONFIG_HOME", "").strip() or os.path.expanduser("~/.config")  # noqa: PTH111
    return os.path.join(config, "creepguard", "settings.toml")  # noqa: PTH118
