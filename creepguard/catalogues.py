"""Tools for the translation catalogues: read a Qt Linguist ``.ts`` file, check it is
complete, write the JSON catalogue the code without Qt reads, and write the finished
translations into the Linux desktop entry and AppStream metadata.

Used by ``scripts/build_translations.sh`` (``python -m creepguard.catalogues build``) and
by the tests; nothing in the running app imports it. Standard library only.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from creepguard import i18n

__all__ = [
    "NO_QT_CONTEXTS",
    "Message",
    "completeness_problems",
    "json_catalogue",
    "localized_desktop",
    "localized_metainfo",
    "pseudo",
    "read_ts",
    "write_pseudo_ts",
]

ROOT = Path(__file__).resolve().parent.parent
# The contexts of the code that runs without Qt (creepguard.i18n.tr): only these go into
# the JSON catalogue, so the status path reads a few kilobytes, not every window's texts.
# tests/test_i18n.py checks every context that code uses is listed.
NO_QT_CONTEXTS = ("Cli", "Diagnose", "Settings", "StatusFormat", "Storage", "Sync")
PACKAGING_CONTEXT = "Packaging"
_PLACEHOLDER = re.compile(r"%(?:\d|n|L\d|Ln)|\{[A-Za-z_][A-Za-z0-9_]*\}")


@dataclass(frozen=True, slots=True)
class Message:
    """One message of a catalogue.

    Attributes:
        context: the context name ("Cli").
        source: the English text.
        comment: the disambiguating comment ("" if none): part of the message's identity.
        numerus: a plural message (its translation has one form per plural category).
        forms: the translation (one item), or its plural forms; empty if none.
        finished: not marked unfinished (nor vanished/obsolete) by the translator.
    """

    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]
    finished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_ts(path: Path) -> tuple[str, list[Message]]:
    """The language (the TS element's ``language``) and the messages of a ``.ts`` file;
    ValueError when it is not readable XML in that shape."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as error:
        raise ValueError(f"{path}: {error}") from error
    if root.tag != "TS":
        raise ValueError(f"{path}: not a Qt Linguist catalogue (no <TS>)")
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                kind = translation.get("type", "")
                if numerus:
                    forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    forms=forms,
                    finished=kind not in ("unfinished", "vanished", "obsolete"),
                )
            )
    return root.get("language") or "", messages


def _placeholders(text: str) -> list[str]:
    return sorted(token.replace("L", "") for token in _PLACEHOLDER.findall(text))


def completeness_problems(english: Sequence[Message], path: Path) -> list[str]:
    """Why the catalogue at ``path`` is not ready, one line each; empty when it is.

    Every English message must be there, finished and not empty, with the same
    placeholders (%1..%9, {name}; %n in at least one plural form), and a plural message
    must have exactly as many forms as the language has (i18n.PLURAL_FORMS).
    """
    try:
        language, messages = read_ts(path)
    except ValueError as error:
        return [str(error)]
    problems = []
    if f"creepguard_{language}.ts" != path.name:
        problems.append(f"{path.name}: the language attribute is {language!r}")
    by_key = {message.key: message for message in messages}
    wanted_forms = i18n.plural_forms(language)
    for source in english:
        where = f"{path.name}: {source.context}: {source.source!r}"
        found = by_key.get(source.key)
        if found is None:
            problems.append(f"{where}: missing")
            continue
        if not found.finished or not found.forms or not all(f.strip() for f in found.forms):
            problems.append(f"{where}: not finished")
            continue
        wanted = [p for p in _placeholders(source.source) if p != "%n"]
        for form in found.forms:
            if [p for p in _placeholders(form) if p != "%n"] != wanted:
                problems.append(f"{where}: placeholders {wanted} differ in {form!r}")
        if source.numerus:
            if len(found.forms) != wanted_forms:
                problems.append(
                    f"{where}: {len(found.forms)} plural forms, {language} has {wanted_forms}"
                )
            if "%n" in source.source and not any("%n" in f for f in found.forms):
                problems.append(f"{where}: %n is in no plural form")
        if source.source.endswith(";") and not all(f.endswith(";") for f in found.forms):
            problems.append(f"{where}: a list for menus ends with ';'")
        if source.source == "QT_LAYOUT_DIRECTION":
            direction = "RTL" if i18n.is_right_to_left(language) else "LTR"
            if found.forms[0] != direction:
                problems.append(f"{where}: must be {direction} for {language}")
    return problems


def finished_translations(messages: Iterable[Message]) -> dict[tuple[str, str, str], Message]:
    return {m.key: m for m in messages if m.finished and m.forms and all(m.forms)}


def json_catalogue(path: Path) -> dict[str, object]:
    """The JSON catalogue of one ``.ts`` file: its finished messages of NO_QT_CONTEXTS."""
    language, messages = read_ts(path)
    entries: dict[str, object] = {}
    for (context, source, comment), message in sorted(finished_translations(messages).items()):
        if context in NO_QT_CONTEXTS:
            value = list(message.forms) if message.numerus else message.forms[0]
            entries[i18n.key(context, source, comment or None)] = value
    return {"format": i18n.CATALOGUE_FORMAT, "language": language, "messages": entries}


def packaging_translations(paths: Iterable[Path]) -> dict[str, dict[str, str]]:
    """{language: {English text: translation}} of the Packaging context, finished only."""
    found: dict[str, dict[str, str]] = {}
    for path in paths:
        language, messages = read_ts(path)
        texts = {
            message.source: message.forms[0]
            for message in finished_translations(messages).values()
            if message.context == PACKAGING_CONTEXT and not message.numerus
        }
        if texts:
            found[language] = texts
    return found


def _collapse(text: str) -> str:
    return " ".join(text.split())


def localized_desktop(text: str, translations: Mapping[str, Mapping[str, str]]) -> str:
    """The desktop entry with ``Key[lang]=`` lines after each translatable key (those of
    creepguard.packaging_texts.DESKTOP), and no others."""
    from creepguard.packaging_texts import DESKTOP

    out: list[str] = []
    group = ""
    for line in text.splitlines():
        if line.startswith("["):
            group = line.strip("[]")
        key = line.partition("=")[0]
        if "[" in key and "=" in line and not line.startswith("["):
            continue  # a translation written before: written again below
        out.append(line)
        english = DESKTOP.get(f"{group}/{key}")
        if english is None or line != f"{key}={english}":
            continue
        for language in sorted(translations):
            value = translations[language].get(english)
            if value:
                out.append(f"{key}[{language}]={value.replace(chr(10), ' ')}")
    return "\n".join(out) + "\n"


_ELEMENT = re.compile(
    r"^(?P<indent>[ \t]*)<(?P<tag>summary|p|li|caption)>(?P<body>[^<]*)</(?P=tag)>\n",
    re.MULTILINE,
)
_LOCALIZED = re.compile(r"^[ \t]*<(summary|p|li|caption) xml:lang=\"[^\"]*\">[^<]*</\1>\n", re.M)


def localized_metainfo(text: str, translations: Mapping[str, Mapping[str, str]]) -> str:
    """The AppStream metadata with a ``xml:lang`` copy after each translatable element
    (those of creepguard.packaging_texts.METAINFO), one line each, and no others."""
    from creepguard.packaging_texts import METAINFO

    wanted = set(METAINFO)
    text = _LOCALIZED.sub("", text)

    def add(match: re.Match[str]) -> str:
        english = _collapse(match["body"])
        if english not in wanted:
            return match[0]
        lines = [match[0]]
        for language in sorted(translations):
            value = translations[language].get(english)
            if value:
                lines.append(
                    f'{match["indent"]}<{match["tag"]} xml:lang="{language}">'
                    f"{escape(_collapse(value), quote=False)}</{match['tag']}>\n"
                )
        return "".join(lines)

    return _ELEMENT.sub(add, text)


# ---------------------------------------------------------------------- pseudo-locale
# A pseudo-translation shows, without knowing any language, what a translation will do to
# the windows: every letter accented (text the catalogue does not reach stays plain
# ASCII and stands out) and ~40 % longer (German runs ~30 % longer than English).

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Kept as they are: Qt and strftime placeholders, rich-text tags and entities, {names}.
_KEEP = re.compile(r"%L?[0-9n]|%[A-Za-z]|<[^>]*>|&[a-z]+;|&&|\{[A-Za-z_]+\}")


def pseudo(text: str, expansion: float = 0.4) -> str:
    """ "Starting time" -> "[Šţàŕţîñĝ ţîɱé ~~~~]": accented, longer, bracketed."""
    if not text.strip():
        return text
    out, last = [], 0
    for match in _KEEP.finditer(text):
        out.append(text[last : match.start()].translate(_ACCENTED))
        out.append(match[0])
        last = match.end()
    out.append(text[last:].translate(_ACCENTED))
    # The padding comes in short runs: a real language's longer words still break.
    tildes = max(1, round(len(text) * expansion) - 3)
    padding = " ".join("~" * min(8, tildes - start) for start in range(0, tildes, 8))
    return f"[{''.join(out)} {padding}]"


def write_pseudo_ts(english: Path, target: Path, language: str) -> None:
    """A finished catalogue for ``language`` with every message pseudo-translated (the
    layout direction RTL for a right-to-left language), for layout tests and a look."""
    tree = ET.parse(english)
    root = tree.getroot()
    root.set("language", language)
    forms = i18n.plural_forms(language)
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(forms):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        elif source == "QT_LAYOUT_DIRECTION":
            translation.text = "RTL" if i18n.is_right_to_left(language) else "LTR"
        elif "format" in (message.findtext("comment") or "") and "%" not in source:
            translation.text = source  # a QDate format pattern, not words
        elif source == "%H:%M":  # a strftime pattern, not words
            translation.text = source
        else:
            translation.text = pseudo(source)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def english_messages(root: Path = ROOT) -> list[Message]:
    return read_ts(root / "translations" / "creepguard_en.ts")[1]


def language_catalogues(root: Path = ROOT) -> list[Path]:
    """Every translation catalogue but the English source."""
    return sorted(
        p for p in (root / "translations").glob("creepguard_*.ts") if p.name != "creepguard_en.ts"
    )


def build(root: Path = ROOT) -> list[Path]:
    """Write the JSON catalogues and the translated packaging files; the written paths."""
    out = root / "resources" / "translations"
    out.mkdir(parents=True, exist_ok=True)
    written = []
    catalogues = language_catalogues(root)
    for path in catalogues:
        target = out / f"{path.stem}.json"
        text = json.dumps(json_catalogue(path), ensure_ascii=False, indent=0, sort_keys=True)
        target.write_text(text + "\n", encoding="utf-8")
        written.append(target)
    translations = packaging_translations(catalogues)
    linux = root / "packaging" / "linux"
    for name, localize in (
        ("creepguard.desktop", localized_desktop),
        ("io.github.creepguard.CreepGuard.metainfo.xml", localized_metainfo),
    ):
        path = linux / name
        path.write_text(localize(path.read_text(encoding="utf-8"), translations), "utf-8")
        written.append(path)
    return written


def main(argv: Sequence[str]) -> int:
    if list(argv) != ["build"]:
        print("usage: python -m creepguard.catalogues build", file=sys.stderr)
        return 2
    for path in build():
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
